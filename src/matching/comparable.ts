import type { Signal } from '../model/index.js';
import { compareAddresses, normaliseAddress, type NormalisedAddress } from './address.js';
import { compareBirthDates, normaliseBirthDate, type NormalisedBirthDate } from './birth-date.js';
import { compareNames } from './compare-names.js';
import { nameForm, type NormalisedName } from './normalise-name.js';
import type { FieldLevels } from './parameters.js';
import type { RegisterRecord } from './register-record.js';

/**
 * A person in comparison form: normalised name, birth date and address.
 * @category Comparison
 */
export interface ComparablePerson {
  /** Normalised name. */
  readonly name: NormalisedName;
  /** Normalised birth date. */
  readonly birthDate: NormalisedBirthDate;
  /** Normalised address. */
  readonly address: NormalisedAddress;
}

/**
 * The debtor of a signal in comparison form.
 * @category Comparison
 */
export function comparableFromSignal(signal: Signal): ComparablePerson {
  return {
    name: nameForm(signal.debtor.name),
    birthDate: normaliseBirthDate(signal.debtor.birthDate),
    address: normaliseAddress(signal.address),
  };
}

/**
 * A register record in comparison form; its name includes the first partner's surname under
 * the record's name-use code.
 * @category Comparison
 */
export function comparableFromRegister(record: RegisterRecord): ComparablePerson {
  const partner = record.partners[0]?.naam;
  const residence = record.verblijfplaats;
  return {
    name: nameForm({
      givenNames: record.naam.voornamen,
      initials: record.naam.voorletters,
      surnamePrefix: record.naam.voorvoegsel,
      surname: record.naam.geslachtsnaam,
      nameUse: record.naam.aanduidingNaamgebruik,
      partner: partner === undefined ? undefined : { surnamePrefix: partner.voorvoegsel, surname: partner.geslachtsnaam },
    }),
    birthDate: normaliseBirthDate(record.geboorte.datum),
    address: normaliseAddress({
      postcode: residence?.postcode,
      houseNumber: residence?.huisnummer,
      houseLetter: residence?.huisletter,
      houseNumberAddition: residence?.huisnummertoevoeging,
    }),
  };
}

/**
 * Compare a signal's person (`a`) with a register person (`b`) field by field and return each field's level.
 * @example
 * compareComparables(comparableFromSignal(signal), comparableFromRegister(record))
 * // { surname: 'exact', givenNames: 'initials', birthDate: 'placeholder', address: 'exact' }
 * @category Comparison
 */
export function compareComparables(a: ComparablePerson, b: ComparablePerson): FieldLevels {
  const names = compareNames(a.name, b.name);
  return {
    surname: names.surname,
    givenNames: names.givenNames,
    birthDate: compareBirthDates(a.birthDate, b.birthDate, true),
    address: compareAddresses(a.address, b.address),
  };
}
