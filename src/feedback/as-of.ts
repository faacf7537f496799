import { isIsoDate, UsageError, type IsoDate } from '../model/index.js';

/**
 * The `asOf` date of a public function's options, checked: a real date `YYYY-MM-DD`, or a
 * `UsageError` (from `vroegsignalering/model`) with the field path (a missing or invalid date is a programmer's mistake).
 */
export function asOfOf(options: { readonly asOf?: unknown } | undefined): IsoDate {
  const asOf = options?.asOf;
  if (typeof asOf !== 'string' || !isIsoDate(asOf)) {
    throw new UsageError('asOf', [{ code: 'invalid_date', path: ['asOf'], field: 'asOf', message: 'Expected a date as YYYY-MM-DD' }]);
  }
  return asOf;
}
