import { z } from 'zod';
import { parseBirthDate, parseDateInput } from './dates.js';
import { parseEuro } from './money.js';

/**
 * Reusable zod field schemas that accept the forms real exports use and normalise them.
 * Each adds a custom issue with a stable code and a plain message that never quotes the input.
 * @module
 */

function fail(ctx: { addIssue: (i: z.core.$ZodRawIssue) => void; value: unknown }, code: string, message: string): void {
  ctx.addIssue({ code: 'custom', message, params: { code }, input: ctx.value });
}

/**
 * A calendar date, in: `2023-03-15`, `15-03-2023`, `15/03/2023`, `20230315`; out: ISO `YYYY-MM-DD`.
 * @category Schemas
 */
export const IsoDateField = z.string().transform((value, ctx) => {
  const iso = parseDateInput(value);
  if (iso === null) {
    fail({ addIssue: ctx.addIssue, value }, 'invalid_date', 'Expected a real date as YYYY-MM-DD or DD-MM-YYYY');
    return z.NEVER;
  }
  return iso;
});

/**
 * An amount in euros, in: `1234.56`, `1.234,56`, `1234,56`, a number; out: `"1234.56"`.
 * Negative amounts are rejected (arrears are never negative).
 * @category Schemas
 */
export const EuroField = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const euro = parseEuro(value);
  if (euro === null) {
    fail({ addIssue: ctx.addIssue, value }, 'invalid_amount', 'Expected an amount in euros such as 1234.56 or 1.234,56');
    return z.NEVER;
  }
  if (euro.startsWith('-')) {
    fail({ addIssue: ctx.addIssue, value }, 'negative_amount', 'Amount must not be negative');
    return z.NEVER;
  }
  return euro;
});

const POSTCODE_RE = /^([1-9][0-9]{3})\s?([A-Za-z]{2})$/;

/**
 * A Dutch postcode, in: `1234AB`, `1234 ab`; out: `1234AB` (BRP pattern `^[1-9][0-9]{3} ?[A-Za-z]{2}$`).
 * The letter pairs SA, SD and SS are not issued but are accepted, since registers hold old ones.
 * @category Schemas
 */
export const PostcodeField = z.string().transform((value, ctx) => {
  const m = POSTCODE_RE.exec(value.trim());
  if (!m) {
    fail({ addIssue: ctx.addIssue, value }, 'invalid_postcode', 'Expected a Dutch postcode such as 1234 AB');
    return z.NEVER;
  }
  return `${m[1]}${m[2]!.toUpperCase()}`;
});

/**
 * A house number 1–99999 (BRP `huisnummer`), as a number or digits.
 * @category Schemas
 */
export const HouseNumberField = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const n = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > 99999) {
    fail({ addIssue: ctx.addIssue, value }, 'invalid_house_number', 'Expected a whole house number from 1 to 99999');
    return z.NEVER;
  }
  return n;
});

/**
 * A birth date that may be incomplete or a placeholder; see {@link parseBirthDate}.
 * @category Schemas
 */
export const BirthDateField = z.string().transform((value, ctx) => {
  const date = parseBirthDate(value);
  if (date === null) {
    fail(
      { addIssue: ctx.addIssue, value },
      'invalid_birth_date',
      'Expected a birth date as YYYY-MM-DD, DD-MM-YYYY or YYYYMMDD (00 for unknown parts)',
    );
    return z.NEVER;
  }
  return date;
});

/** Whether a 9-digit string passes the BSN eleven-test (elfproef). */
export function isValidBsn(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (bsn.charCodeAt(i) - 48);
  sum -= bsn.charCodeAt(8) - 48;
  return sum % 11 === 0 && bsn !== '000000000';
}

/**
 * A citizen service number (BSN): 9 digits (leading zeros kept) passing the eleven-test.
 * @category Schemas
 */
export const BsnField = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const s = String(value).trim().padStart(9, '0');
  if (!isValidBsn(s)) {
    fail({ addIssue: ctx.addIssue, value }, 'invalid_bsn', 'Expected a 9-digit BSN that passes the eleven-test');
    return z.NEVER;
  }
  return s;
});

/**
 * A count of whole units (terms, reminders), from a number or digits.
 * @category Schemas
 */
export const CountField = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const n = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < 0) {
    fail({ addIssue: ctx.addIssue, value }, 'invalid_count', 'Expected a whole number of 0 or more');
    return z.NEVER;
  }
  return n;
});

/** An optional text: trimmed, with empty strings treated as absent. @category Schemas */
export const OptionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/**
 * Make a field optional, treating an empty string or `null` (an empty cell in an export) as absent.
 * @example
 * optionalField(EuroField).parse('') // undefined
 * @category Schemas
 */
export function optionalField<S extends z.ZodType>(schema: S) {
  return z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());
}
