import { z } from 'zod';
import { IsoDateField } from '../model/internal.js';

/**
 * Field schemas the arrears case needs beyond the shared ones in `model`: lists of dates, in the forms JSON and CSV exports write them.
 * @module
 */

/**
 * A list of calendar dates, as an array or as one text with spaces, `|`, `;` or `,` between the
 * dates (in a CSV cell use spaces or `|`: the CSV reader also splits on `;`); out: ISO dates, earliest first.
 * @category Schemas
 */
export const DateListField = z
  .union([z.array(z.string()), z.string()])
  .transform((value) => (typeof value === 'string' ? value.split(/[;,|\s]+/).filter((s) => s !== '') : value))
  .pipe(z.array(IsoDateField))
  .transform((dates) => [...dates].sort());
