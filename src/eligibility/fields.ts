import { z } from 'zod';
import { IsoDateField } from '../model/index.js';

/**
 * Field schemas the arrears case needs beyond the shared ones in `model`: yes/no answers and
 * lists of dates, in the forms JSON and CSV exports write them.
 * @module
 */

const TRUE_WORDS = new Set(['true', 'ja', 'j', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'nee', 'n', 'no', '0']);

/**
 * A yes/no answer, in: `true`/`false`, `1`/`0`, `"ja"`/`"nee"`, `"yes"`/`"no"` (any case);
 * out: a boolean. CSV cells arrive as text, so text forms are accepted.
 * @category Schemas
 */
export const YesNoField = z.union([z.boolean(), z.number(), z.string()]).transform((value, ctx) => {
  if (typeof value === 'boolean') return value;
  const word = String(value).trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  ctx.addIssue({ code: 'custom', message: 'Expected yes or no (true/false, ja/nee, 1/0)', params: { code: 'invalid_yes_no' }, input: value });
  return z.NEVER;
});

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
