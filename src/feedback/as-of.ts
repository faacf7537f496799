import { isIsoDate, type IsoDate } from '../model/index.js';
import { UsageError } from '../model/index.js';

/**
 * Check an `asOf` date given to a public function; throws {@link UsageError} with the field path.
 * @category Deadlines
 */
export function assertAsOf(asOf: IsoDate, field = 'asOf'): void {
  if (!isIsoDate(asOf)) {
    throw new UsageError(field, [{ code: 'invalid_date', path: [field], field, message: 'Expected a date as YYYY-MM-DD' }]);
  }
}
