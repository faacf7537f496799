import { z } from 'zod';
import {
  TEXT_LIMITS, birthDateReader, bsnReader, countReader, dateReader, euroReader, houseNumberReader, postcodeReader,
} from './readers.js';
import { fieldSchema } from './section.js';

/**
 * Standalone zod schemas for single fields, for the inputs of other modules (eligibility
 * cases, register records, policies). Each accepts the forms real exports use, normalises
 * them, and reports a stable code and a plain message that never quotes the input.
 * @module
 */

/** A calendar date, in: `2023-03-15`, `15-03-2023`, `15/03/2023`, `20230315`; out: ISO. @category Schemas */
export const IsoDateField = fieldSchema(dateReader);

/** An amount in euros, in: `1234.56`, `1.234,56`, a number; out: `"1234.56"`; never negative. @category Schemas */
export const EuroField = fieldSchema(euroReader);

/** A Dutch postcode, in: `1234AB`, `1234 ab`; out: `1234AB`. @category Schemas */
export const PostcodeField = fieldSchema(postcodeReader);

/** A house number 1–99999 (BRP `huisnummer`), as a number or digits. @category Schemas */
export const HouseNumberField = fieldSchema(houseNumberReader);

/** A birth date that may be incomplete or a placeholder; see `parseBirthDate`. @category Schemas */
export const BirthDateField = fieldSchema(birthDateReader);

/** A citizen service number (BSN): 9 digits passing the eleven-test. @category Schemas */
export const BsnField = fieldSchema(bsnReader);

/** A count of whole units (terms, reminders), from a number or digits. @category Schemas */
export const CountField = fieldSchema(countReader);

/** An optional text: trimmed, with empty strings treated as absent; up to `TEXT_LIMITS.text` characters. @category Schemas */
export const OptionalText = z
  .string()
  .max(TEXT_LIMITS.text, `Text is longer than ${TEXT_LIMITS.text} characters`)
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

export { isValidBsn } from './bsn.js';

const YES_WORDS = new Set(['true', 'waar', 'ja', 'j', 'yes', 'y', '1']);
const NO_WORDS = new Set(['false', 'onwaar', 'nee', 'n', 'no', '0']);

/**
 * Read a yes/no answer: a boolean, `1`/`0`, or (any case) `ja`/`nee`, `j`/`n`, `waar`/`onwaar`,
 * `true`/`false`, `yes`/`no`, `y`. Returns `null` for anything else (including an empty cell).
 * The one yes/no vocabulary of the library.
 * @example
 * readYesNo('Ja') // true
 * readYesNo('onwaar') // false
 * @category Schemas
 */
export function readYesNo(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const word = String(value).trim().toLowerCase();
  return YES_WORDS.has(word) ? true : NO_WORDS.has(word) ? false : null;
}

/** A yes/no answer read by {@link readYesNo}; out: a boolean. @category Schemas */
export const YesNoField = z.union([z.boolean(), z.number(), z.string()]).transform((value, ctx) => {
  const answer = readYesNo(value);
  if (answer !== null) return answer;
  ctx.addIssue({ code: 'custom', message: 'Expected yes or no (ja/nee, waar/onwaar, true/false, 1/0)', params: { code: 'invalid_yes_no' }, input: value });
  return z.NEVER;
});
