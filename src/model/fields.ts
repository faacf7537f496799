import { z } from 'zod';
import {
  birthDateReader, bsnReader, countReader, dateReader, euroReader, houseNumberReader, postcodeReader,
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

export { isValidBsn } from './bsn.js';
