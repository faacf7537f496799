import { isIsoDate, type IsoDate } from '../calendar/index.js';
import { InputError } from '../model/index.js';

/**
 * Check an `asOf` date given to a public function; throws {@link InputError} with the field path.
 * @category Deadlines
 */
export function assertAsOf(asOf: IsoDate, field = 'asOf'): void {
  if (!isIsoDate(asOf)) {
    throw new InputError(field, [{ code: 'invalid_date', path: [field], field, message: 'Expected a date as YYYY-MM-DD' }]);
  }
}
