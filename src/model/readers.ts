import { z } from 'zod';
import { isValidBsn } from './bsn.js';
import { parseBirthDate, parseDateInput, type BirthDate } from './dates.js';
import { parseEuro, readEuro, type Euro } from './money.js';
import type { IsoDate } from './date.js';

/**
 * How one field is read from the forms real exports use: the normaliser, and the stable code
 * and plain message of the issue when it cannot read the value. The message never quotes the
 * value. Readers are shared by the standalone field schemas (`EuroField`, …) and the record
 * sections built with `section()`, so each rule is written once.
 * @category Schemas
 */
export interface FieldReader<I, O> {
  /** The raw types accepted before normalisation (checked by zod). */
  readonly input: z.ZodType<I>;
  /** Whether numbers are accepted besides text (e.g. amounts, house numbers). */
  readonly acceptsNumbers: boolean;
  /** Stable issue code, e.g. `invalid_postcode`. */
  readonly code: string;
  /** Plain English message for an unreadable value. */
  readonly message: string;
  /**
   * The longest text accepted: longer text is refused with `too_long` before it is read, so that
   * no reader spends time on megabytes of a malformed cell. See {@link TEXT_LIMITS}.
   */
  readonly maxLength?: number;
  /** Normalise a value, or return `null` when it cannot be read. */
  read(value: I): O | null;
  /** Why a value could not be read, when there is a more specific issue than {@link code} (e.g. `amount_too_large`). */
  explain?(value: I): { readonly code: string; readonly message: string } | null;
  /** An extra check on the normalised value: an issue, or `null` when it passes. */
  check?(value: O): { readonly code: string; readonly message: string } | null;
}

/**
 * The longest text each kind of field accepts, generous for any real export: identifiers 200
 * characters, names (and name parts) 200, address lines (street, city) 200, e-mail addresses 254
 * (the limit of RFC 5321), free text 2,000, and coded values (postcodes, house numbers, dates,
 * amounts, BSNs, counts) 64. Longer text is refused with the issue code `too_long`.
 * @category Schemas
 */
export const TEXT_LIMITS = { id: 200, name: 200, addressLine: 200, email: 254, text: 2000, code: 64 } as const;

const STRING = z.string();
const STRING_OR_NUMBER = z.union([z.string(), z.number()]);

const POSTCODE_RE = /^([1-9][0-9]{3})\s?([A-Za-z]{2})$/;
const DIGITS_RE = /^\s*\d+\s*$/;
const WHITESPACE_RE = /\s/;
const LETTER_RE = /^[A-Za-z]$/;
const ADDITION_RE = /^[A-Za-z0-9 -]{1,4}$/;

/**
 * Whether a text is a plausible `name@domain.tld`: one `@` with text before it, a dot in the
 * domain with text on both sides, no whitespace. Checked by positions, in linear time.
 */
function isPlausibleEmail(v: string): boolean {
  const at = v.indexOf('@');
  if (at <= 0 || at !== v.lastIndexOf('@')) return false;
  return v.lastIndexOf('.', v.length - 2) >= at + 2 && !WHITESPACE_RE.test(v);
}

/** Whether the character at `i` is an ASCII letter. */
function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i) | 32;
  return c >= 97 && c <= 122;
}

/**
 * `1234AB`, `1234ab`, `1234 AB`, `1234 ab`, read without a regular expression: the postcode
 * (given back as it is when already in that form), or `undefined` for any other text (left to
 * {@link POSTCODE_RE}, which gives the same answer for these).
 */
function readPlainPostcode(s: string): string | undefined {
  const n = s.length;
  if ((n !== 6 && !(n === 7 && s.charCodeAt(4) === 32)) || !isLetterAt(s, n - 2) || !isLetterAt(s, n - 1)) return undefined;
  const first = s.charCodeAt(0);
  if (first < 49 || first > 57) return undefined;
  for (let i = 1; i < 4; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  const a = s.charCodeAt(n - 2);
  const b = s.charCodeAt(n - 1);
  if (n === 6 && a <= 90 && b <= 90) return s;
  return `${s.slice(0, 4)}${String.fromCharCode(a & ~32, b & ~32)}`;
}

function wholeNumber(value: string | number): number {
  return typeof value === 'number' ? value : DIGITS_RE.test(value) ? Number(value) : Number.NaN;
}

/** Calendar dates: `2023-03-15`, `15-03-2023`, `15/03/2023`, `20230315` → ISO. @category Schemas */
export const dateReader: FieldReader<string, IsoDate> = {
  input: STRING,
  acceptsNumbers: false,
  maxLength: TEXT_LIMITS.code,
  code: 'invalid_date',
  message: 'Expected a real date as YYYY-MM-DD or DD-MM-YYYY',
  read: parseDateInput,
};

/** Euro amounts: `1234.56`, `1.234,56`, numbers → `"1234.56"`; never negative. @category Schemas */
export const euroReader: FieldReader<string | number, Euro> = {
  input: STRING_OR_NUMBER,
  acceptsNumbers: true,
  maxLength: TEXT_LIMITS.code,
  code: 'invalid_amount',
  message: 'Expected an amount in euros such as 1234.56 or 1.234,56',
  read: parseEuro,
  explain: (value) => {
    const read = readEuro(value);
    return read.ok ? null : read.issues[0]!;
  },
  check: (euro) => (euro.startsWith('-') ? { code: 'negative_amount', message: 'Amount must not be negative' } : null),
};

/** Dutch postcodes: `1234AB`, `1234 ab` → `1234AB`. @category Schemas */
export const postcodeReader: FieldReader<string, string> = {
  input: STRING,
  acceptsNumbers: false,
  maxLength: TEXT_LIMITS.code,
  code: 'invalid_postcode',
  message: 'Expected a Dutch postcode such as 1234 AB',
  read: (value) => {
    const plain = readPlainPostcode(value);
    if (plain !== undefined) return plain;
    const m = POSTCODE_RE.exec(value.trim());
    return m ? `${m[1]}${m[2]!.toUpperCase()}` : null;
  },
};

/** House numbers 1–99999 (BRP `huisnummer`), from a number or digits. @category Schemas */
export const houseNumberReader: FieldReader<string | number, number> = {
  input: STRING_OR_NUMBER,
  acceptsNumbers: true,
  maxLength: TEXT_LIMITS.code,
  code: 'invalid_house_number',
  message: 'Expected a whole house number from 1 to 99999',
  read: (value) => {
    const n = wholeNumber(value);
    return Number.isInteger(n) && n >= 1 && n <= 99999 ? n : null;
  },
};

/** House letters (BRP `huisletter`): one letter, upper-cased. @category Schemas */
export const houseLetterReader: FieldReader<string, string> = {
  input: STRING,
  acceptsNumbers: false,
  maxLength: TEXT_LIMITS.code,
  code: 'invalid_house_letter',
  message: 'Expected one letter',
  read: (value) => {
    const v = value.trim();
    return LETTER_RE.test(v) ? v.toUpperCase() : null;
  },
};

/** House-number additions (BRP `huisnummertoevoeging`): up to 4 letters, digits, spaces or hyphens. @category Schemas */
export const houseNumberAdditionReader: FieldReader<string, string> = {
  input: STRING,
  acceptsNumbers: false,
  maxLength: TEXT_LIMITS.code,
  code: 'invalid_house_number_addition',
  message: 'Expected up to 4 letters, digits, spaces or hyphens',
  read: (value) => {
    const v = value.trim();
    return ADDITION_RE.test(v) ? v : null;
  },
};

/** Birth dates, complete or not; see `parseBirthDate`. @category Schemas */
export const birthDateReader: FieldReader<string, BirthDate> = {
  input: STRING,
  acceptsNumbers: false,
  maxLength: TEXT_LIMITS.code,
  code: 'invalid_birth_date',
  message: 'Expected a birth date as YYYY-MM-DD, DD-MM-YYYY or YYYYMMDD (00 for unknown parts)',
  read: parseBirthDate,
};

/** Citizen service numbers: 9 digits (leading zeros restored) passing the eleven-test. @category Schemas */
export const bsnReader: FieldReader<string | number, string> = {
  input: STRING_OR_NUMBER,
  acceptsNumbers: true,
  maxLength: TEXT_LIMITS.code,
  code: 'invalid_bsn',
  message: 'Expected a 9-digit BSN that passes the eleven-test',
  read: (value) => {
    const s = String(value).trim().padStart(9, '0');
    return isValidBsn(s) ? s : null;
  },
};

/** Counts of whole units (terms, reminders), from a number or digits. @category Schemas */
export const countReader: FieldReader<string | number, number> = {
  input: STRING_OR_NUMBER,
  acceptsNumbers: true,
  maxLength: TEXT_LIMITS.code,
  code: 'invalid_count',
  message: 'Expected a whole number of 0 or more',
  read: (value) => {
    const n = wholeNumber(value);
    return Number.isSafeInteger(n) && n >= 0 ? n : null;
  },
};

/** Identifiers: a non-empty text or a number, as text. @category Schemas */
export const idReader: FieldReader<string | number, string> = {
  input: STRING_OR_NUMBER,
  acceptsNumbers: true,
  maxLength: TEXT_LIMITS.id,
  code: 'invalid_id',
  message: 'Expected a non-empty identifier',
  read: (value) => {
    const s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value.trim();
    return s === '' ? null : s;
  },
};

/** E-mail addresses (a plausible `name@domain.tld`), trimmed. @category Schemas */
export const emailReader: FieldReader<string, string> = {
  input: STRING,
  acceptsNumbers: false,
  maxLength: TEXT_LIMITS.email,
  code: 'invalid_email',
  message: 'Expected an e-mail address',
  read: (value) => {
    const v = value.trim();
    return isPlausibleEmail(v) ? v : null;
  },
};

/**
 * The issue for text holding U+FFFD, the character a decoder puts where bytes are not valid in the
 * encoding it was told: `Müller` saved by Excel in Windows-1252 and read as UTF-8 becomes
 * `M\uFFFDller` (issue 14, item 3). No real name or address holds it, so the text is refused
 * rather than matched, stored and sent on misspelt.
 */
const WRONG_ENCODING = {
  code: 'wrong_encoding',
  message: 'Text holds the replacement character U+FFFD: the file was read in the wrong encoding (read it as Windows-1252, or save it as UTF-8)',
} as const;

function trimmedText(maxLength: number, message: string): FieldReader<string, string> {
  return {
    input: STRING,
    acceptsNumbers: false,
    maxLength,
    code: 'invalid_text',
    message,
    read: (value) => value.trim(),
    check: (value) => (value.includes('\uFFFD') ? WRONG_ENCODING : null),
  };
}

/** Free text (a phone number, a note), trimmed; up to {@link TEXT_LIMITS}`.text` characters; refused (`wrong_encoding`) when it holds U+FFFD. @category Schemas */
export const textReader: FieldReader<string, string> = trimmedText(TEXT_LIMITS.text, 'Expected text');

/** A name or a part of one (given names, surname, a creditor's name), trimmed; up to {@link TEXT_LIMITS}`.name` characters; refused (`wrong_encoding`) when it holds U+FFFD. @category Schemas */
export const nameReader: FieldReader<string, string> = trimmedText(TEXT_LIMITS.name, 'Expected a name');

/** An address line (street, city), trimmed; up to {@link TEXT_LIMITS}`.addressLine` characters; refused (`wrong_encoding`) when it holds U+FFFD. @category Schemas */
export const addressLineReader: FieldReader<string, string> = trimmedText(TEXT_LIMITS.addressLine, 'Expected an address line');

/**
 * One of a fixed list of values (an enumeration), e.g. sectors or signal kinds.
 * @example
 * choiceReader(['housing', 'energy'] as const).read('energy') // 'energy'
 * @category Schemas
 */
export function choiceReader<const T extends readonly [string, ...string[]]>(values: T): FieldReader<T[number], T[number]> {
  const allowed = new Set<string>(values);
  return {
    input: z.enum(values) as unknown as z.ZodType<T[number]>,
    acceptsNumbers: false,
    code: 'invalid_value',
    message: `Expected one of: ${values.join(', ')}`,
    read: (value) => (allowed.has(value) ? value : null),
  };
}
