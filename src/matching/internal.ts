/**
 * Helpers of the matching module that other modules of this library use (detection groups
 * signals on the same normalisers). Not part of the package's public API: import it only as
 * `../matching/internal.js` from inside `src/`.
 * @module
 */
export { foldText } from './fold.js';
export { dutchPhoneticKey } from './phonetic.js';
export { nameForm } from './normalise-name.js';
export { normaliseBirthDate, compareBirthDates, type NormalisedBirthDate } from './birth-date.js';
export { normaliseAddress, addressKey, type NormalisedAddress } from './address.js';
