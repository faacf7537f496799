import { Decimal } from 'decimal.js';
import { validationIssue } from './issues.js';
import { UsageError, type Result } from './result.js';

/**
 * An amount in euros as a decimal string with two decimals, e.g. `"1234.56"`.
 * This is the form amounts take at every public boundary of the library.
 * @category Money
 */
export type Euro = string;

/**
 * The largest amount the library reads: €10,000,000.00, far above any real payment arrears
 * (arrears of a household are thousands of euros; the largest creditor claims are hundreds of
 * thousands). Anything larger is a typing or export error, refused with `amount_too_large`.
 * @category Money
 */
export const MAX_EURO: Euro = '10000000.00';

/** {@link MAX_EURO} in cents. @category Money */
export const MAX_CENTS = 1_000_000_000;

/** Longest text read as an amount (`€ -1.234.567,89` is 15 characters). */
const MAX_AMOUNT_TEXT = 64;

const PLAIN_RE = /^-?\d+(\.\d{1,2})?$/;

type AmountCode = 'invalid_amount' | 'ambiguous_amount' | 'amount_too_large' | 'too_many_decimals';

const AMOUNT_MESSAGES: Readonly<Record<AmountCode, string>> = {
  invalid_amount: 'Expected an amount in euros such as 1234.56 or 1.234,56',
  ambiguous_amount: 'Ambiguous amount: a thousands group after a leading zero (as in 0.500 or 0,005); write it with at most two decimals, e.g. 0.50',
  amount_too_large: 'Amount is above the maximum of 10,000,000.00 euros',
  too_many_decimals: 'Amount has more than two decimals; money has cents',
};

function problem(code: AmountCode): Result<Euro> {
  return { ok: false, issues: [validationIssue(code, [], AMOUNT_MESSAGES[code])] };
}

/**
 * Read an amount as real exports write it: the {@link Euro} string, or one issue saying why it
 * cannot be read (`invalid_amount`, `ambiguous_amount`, `amount_too_large`, `too_many_decimals`).
 * The rules are those of {@link parseEuro}.
 * @example
 * readEuro('212,85') // { ok: true, value: '212.85' }
 * readEuro('0,005')  // { ok: false, issues: [{ code: 'ambiguous_amount', … }] }
 * readEuro(1e308)    // { ok: false, issues: [{ code: 'amount_too_large', … }] }
 * @category Money
 */
export function readEuro(input: string | number): Result<Euro> {
  if (typeof input === 'number') return readNumber(input);
  const everyday = typeof input === 'string' ? readEverydayAmount(input) : null;
  if (everyday !== null) return { ok: true, value: everyday };
  if (typeof input !== 'string' || input.length > MAX_AMOUNT_TEXT) return problem('invalid_amount');
  const s = stripCurrency(input);
  if (s === '') return problem('invalid_amount');
  const plain = PLAIN_RE.test(s) ? s : parseGroupedAmount(s);
  if (typeof plain !== 'string') return problem(plain.error);
  const euro = padCents(plain);
  return withinBounds(euro) ? { ok: true, value: euro } : problem('amount_too_large');
}

/**
 * Read an amount as real exports write it and return it as a {@link Euro} string, or `null`
 * when it is not an amount (the issue `parseSignal` gives for the field says why).
 *
 * Accepted: `1234.56`, `1234,56`, `1.234,56` (Dutch), `1,234.56` (English), `€ 1.234,56`,
 * `1.234` (Dutch thousands: 1234), numbers. When both `.` and `,` appear, the last one is the
 * decimal separator. A lone separator followed by exactly three digits is a thousands
 * separator (Dutch exports write `1.234` for one thousand two hundred and thirty-four), unless
 * the digits before it are a leading zero (`0.500`, `0,005`, `00.123`): those are ambiguous and
 * refused rather than guessed. More than two decimals are refused, because money has cents, and
 * so is anything above €10,000,000.00, non-finite numbers (`1e308`, `NaN`) and text longer
 * than 64 characters.
 * @example
 * parseEuro('1.234,56') // '1234.56'
 * parseEuro('1234.5')   // '1234.50'
 * parseEuro('12,3456')  // null
 * parseEuro('0.500')    // null (ambiguous)
 * @category Money
 */
export function parseEuro(input: string | number): Euro | null {
  const everyday = typeof input === 'string' ? readEverydayAmount(input) : null;
  if (everyday !== null) return everyday;
  const read = readEuro(input);
  return read.ok ? read.value : null;
}

/**
 * The amounts exports write most, read in one pass over the characters without allocating:
 * `1234.56` (given back as it is), `1234,56` and `1.234,56` (exactly two decimals, no spaces or
 * currency, no leading zero except `0,56`). Returns `null` for anything else, which the general
 * reader then judges (so this only decides what it recognises, with the same answer).
 */
function readEverydayAmount(s: string): Euro | null {
  const n = s.length;
  if (n < 4 || n > 16) return null;
  const sep = s.charCodeAt(n - 3);
  const d1 = s.charCodeAt(n - 2) - 48;
  const d2 = s.charCodeAt(n - 1) - 48;
  if ((sep !== 46 && sep !== 44) || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return null;
  if (s.charCodeAt(0) === 48 && n > 4) return null;
  let whole = 0;
  let run = 0;
  let groups = 0;
  for (let i = 0; i < n - 3; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      whole = whole * 10 + (c - 48);
      run++;
    } else if (c === 46 && sep === 44 && run > 0 && (groups === 0 ? run <= 3 : run === 3)) {
      groups++;
      run = 0;
    } else return null;
  }
  if (run === 0 || (groups > 0 && run !== 3) || whole * 100 + d1 * 10 + d2 > MAX_CENTS) return null;
  return sep === 46 ? s : `${whole}.${s.slice(n - 2)}`;
}

/** A number as an amount: finite, within bounds, and whole cents up to binary-float noise (`0.1 + 0.2`). */
function readNumber(input: number): Result<Euro> {
  if (!Number.isFinite(input)) return problem(Number.isNaN(input) ? 'invalid_amount' : 'amount_too_large');
  if (Math.abs(input) > MAX_CENTS / 100) return problem('amount_too_large');
  const cents = input * 100;
  const whole = Math.round(cents);
  if (Math.abs(cents - whole) > 1e-6) return problem('too_many_decimals');
  return { ok: true, value: fromCents(whole) };
}

/** Whether a {@link Euro} in plain form lies within ±{@link MAX_EURO}. */
function withinBounds(euro: Euro): boolean {
  const dot = euro.indexOf('.');
  const digits = dot - (euro.charCodeAt(0) === 45 ? 1 : 0);
  return digits < 8 || (digits === 8 && Math.abs(toCents(euro)) <= MAX_CENTS);
}

/** Remove spaces and a leading `€` or trailing `€`/`EUR`. */
function stripCurrency(input: string): string {
  let s = input.trim();
  if (s.startsWith('€')) s = s.slice(1);
  if (s.endsWith('€')) s = s.slice(0, -1);
  else if (/eur$/i.test(s)) s = s.slice(0, -3);
  return s.includes(' ') || s.includes('\u00a0') ? s.replace(/[\s\u00a0]/g, '') : s.trim();
}

/**
 * Read an amount with separators in one pass over its characters: find the decimal separator
 * by the rules of {@link parseEuro}, check that thousands groups have three digits, and return
 * the plain form, or why it cannot be read.
 */
function parseGroupedAmount(s: string): string | { readonly error: AmountCode } {
  const neg = s.charCodeAt(0) === 45; // '-'
  const start = neg ? 1 : 0;
  let lastDot = -1;
  let lastComma = -1;
  let dots = 0;
  let commas = 0;
  for (let i = start; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) (lastDot = i), dots++;
    else if (c === 44) (lastComma = i), commas++;
    else if (c < 48 || c > 57) return { error: 'invalid_amount' };
  }
  let decimalAt = -1;
  if (dots > 0 && commas > 0) decimalAt = Math.max(lastDot, lastComma);
  else {
    const last = Math.max(lastDot, lastComma);
    if (dots + commas === 1 && s.length - last - 1 !== 3) decimalAt = last;
  }
  const decimalChar = decimalAt >= 0 ? s.charCodeAt(decimalAt) : -1;
  if (decimalChar === 46 ? dots > 1 : decimalChar === 44 ? commas > 1 : false) return { error: 'invalid_amount' };
  const intEnd = decimalAt >= 0 ? decimalAt : s.length;
  // Thousands groups: 1–3 leading digits (not starting with 0), then groups of exactly 3.
  let digits = '';
  let groupLen = 0;
  let groups = 0;
  for (let i = start; i < intEnd; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 44) {
      if (c === decimalChar || groupLen === 0 || (groups === 0 ? groupLen > 3 : groupLen !== 3)) return { error: 'invalid_amount' };
      if (groups === 0 && s.charCodeAt(start) === 48) return { error: decimalAt < 0 ? 'ambiguous_amount' : 'invalid_amount' };
      groups++;
      groupLen = 0;
    } else {
      digits += s[i];
      groupLen++;
    }
  }
  if (groupLen === 0 || (groups > 0 && groupLen !== 3)) return { error: 'invalid_amount' };
  const frac = decimalAt >= 0 ? s.slice(decimalAt + 1) : '';
  if (decimalAt >= 0 && !/^\d{1,2}$/.test(frac)) return { error: /^\d+$/.test(frac) ? 'too_many_decimals' : 'invalid_amount' };
  return `${neg ? '-' : ''}${digits}${frac ? `.${frac}` : ''}`;
}

/** Write a plain decimal (`-?digits(.d{1,2})?`) with exactly two decimals and no leading zeros. */
function padCents(plain: string): Euro {
  const neg = plain.startsWith('-');
  const body = neg ? plain.slice(1) : plain;
  const dot = body.indexOf('.');
  let w = 0;
  const end = dot < 0 ? body.length : dot;
  while (w < end - 1 && body.charCodeAt(w) === 48) w++;
  const whole = body.slice(w, end);
  const frac = dot < 0 ? '00' : body.slice(dot + 1).padEnd(2, '0');
  const isZero = whole === '0' && frac === '00';
  return `${neg && !isZero ? '-' : ''}${whole}.${frac}`;
}

/**
 * Exact decimal value of a {@link Euro} string, for sums and comparisons.
 * @category Money
 */
export function toDecimal(amount: Euro): Decimal {
  return new Decimal(amount);
}

/**
 * Integer cents of a {@link Euro} string, exact for any amount below 90 trillion euros.
 * Hot paths (triage, eligibility) compare cents as plain integers.
 * @example
 * toCents('1234.56') // 123456
 * @category Money
 */
export function toCents(amount: Euro): number {
  // Read the characters directly: hot paths (triage, eligibility) call this per signal.
  const neg = amount.charCodeAt(0) === 45;
  let whole = 0;
  let frac = 0;
  let fracDigits = -1;
  for (let i = neg ? 1 : 0; i < amount.length; i++) {
    const code = amount.charCodeAt(i);
    if (code === 46 && fracDigits < 0) {
      fracDigits = 0;
      continue;
    }
    const digit = code - 48;
    if (fracDigits < 0) whole = whole * 10 + digit;
    else if (fracDigits < 2) {
      frac = frac * 10 + digit;
      fracDigits += 1;
    }
  }
  const cents = whole * 100 + (fracDigits === 1 ? frac * 10 : frac);
  return neg ? -cents : cents;
}

/**
 * Format integer cents as a {@link Euro} string. Takes a `bigint` for sums beyond 2^53 cents; a
 * number must be finite and is rounded to whole cents (a non-finite or unsafe number is a
 * programming error: {@link UsageError}).
 * @example
 * fromCents(123456) // '1234.56'
 * fromCents(10n ** 17n) // '1000000000000000.00'
 * @category Money
 */
export function fromCents(cents: number | bigint): Euro {
  if (typeof cents === 'number') {
    const rounded = Math.round(cents);
    if (!Number.isSafeInteger(rounded)) {
      throw new UsageError('cents', [validationIssue('invalid_cents', [], 'Expected a whole number of cents below 2^53; sum larger amounts as bigint')]);
    }
    cents = BigInt(rounded);
  }
  const neg = cents < 0n;
  const abs = neg ? -cents : cents;
  const frac = abs % 100n;
  return `${neg ? '-' : ''}${abs / 100n}.${frac < 10n ? '0' : ''}${frac}`;
}

/**
 * Exact sum of euro amounts, in integer cents (`bigint`), so that no sum loses a cent however
 * large it grows.
 * @example
 * sumEuro(['0.10', '0.20']) // '0.30'
 * @category Money
 */
export function sumEuro(amounts: readonly Euro[]): Euro {
  let total = 0n;
  for (const a of amounts) {
    const neg = a.charCodeAt(0) === 45;
    const dot = a.indexOf('.');
    const whole = a.slice(neg ? 1 : 0, dot < 0 ? a.length : dot) || '0';
    const cents = BigInt(whole) * 100n + BigInt((dot < 0 ? '' : a.slice(dot + 1, dot + 3)).padEnd(2, '0'));
    total += neg ? -cents : cents;
  }
  return fromCents(total);
}

/**
 * Whole euros, as the DDAS standard asks for `bedrag` (rounded half up).
 * @example
 * wholeEuros('212.50') // 213
 * @category Money
 */
export function wholeEuros(amount: Euro): number {
  return new Decimal(amount).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}
