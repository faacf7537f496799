import { z } from 'zod';
import {
  addressLineReader, birthDateReader, bsnReader, choiceReader, countReader, dateReader, emailReader, euroReader,
  houseLetterReader, houseNumberAdditionReader, houseNumberReader, idReader, nameReader, postcodeReader, textReader,
} from './readers.js';
import { isBirthDateAfter } from './dates.js';
import { splitHouseNumberField } from './house-number.js';
import { optional, optionalSection, required, section, withDefault } from './section.js';
/**
 * Kinds of signal a municipality receives (DOMAIN.md §1 and §3).
 * - `early`: an early signal of arrears (vroegsignaal);
 * - `end-of-supply`: energy or water contract is ending (eindeleveringssignaal);
 * - `warm-referral`: the creditor referred the customer in person (warme doorverwijzing);
 * - `eviction-notice`: a landlord's notice of an eviction (aanzegging ontruiming);
 * - `cak-list`: an entry on the CAK defaulters' list (wanbetalersregeling).
 * @category Signals
 */
export const SIGNAL_KINDS = ['early', 'end-of-supply', 'warm-referral', 'eviction-notice', 'cak-list'] as const;
/** A signal kind. @category Signals */
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/**
 * Sectors of creditors (vastelastenpartners).
 * @category Signals
 */
export const SECTORS = ['housing', 'energy', 'water', 'health-insurance', 'mortgage', 'other'] as const;
/** A creditor's sector. @category Signals */
export type Sector = (typeof SECTORS)[number];

/**
 * Legal forms of the debtor. Natural persons, including sole traders (eenmanszaak), maatschap,
 * vof and commanditaire vennootschap (cv), may be signalled; a bv or nv (legal persons) may not
 * (De signaalreis, 003).
 * @category Signals
 */
export const LEGAL_FORMS = [
  'natural-person', 'sole-trader', 'maatschap', 'vof', 'cv', 'bv', 'nv', 'foundation', 'association', 'other',
] as const;
/** A legal form. @category Signals */
export type LegalForm = (typeof LEGAL_FORMS)[number];

const NameSection = section(
  {
    givenNames: optional(nameReader),
    initials: optional(nameReader),
    surnamePrefix: optional(nameReader),
    surname: optional(nameReader),
    fullName: optional(nameReader),
  },
  {
    check: (name) =>
      name.surname === undefined && name.fullName === undefined
        ? { path: ['surname'], code: 'missing_name', message: 'Give the surname, or the whole name as fullName' }
        : null,
  },
);

const HealthArrearsSection = section({
  premium: optional(euroReader),
  deductible: optional(euroReader),
  ownContribution: optional(euroReader),
});

/**
 * Signal schema: accepts real export forms, outputs a normalised {@link Signal}. Built from
 * sections that normalise their fields in one pass each (see `section`). A birth date after the
 * signal date is refused (`birth_date_after_signal`).
 * @category Signals
 */
export const SignalSchema = section({
  id: required(idReader),
  kind: withDefault(choiceReader(SIGNAL_KINDS), 'early'),
  creditor: section({
    id: required(idReader),
    name: optional(nameReader),
    sector: required(choiceReader(SECTORS)),
  }),
  receivedDate: required(dateReader),
  debtor: section({
    name: NameSection,
    birthDate: optional(birthDateReader),
    legalForm: withDefault(choiceReader(LEGAL_FORMS), 'natural-person'),
    bsn: optional(bsnReader),
    phone: optional(textReader),
    email: optional(emailReader),
  }),
  address: section(
    {
      postcode: required(postcodeReader),
      houseNumber: required(houseNumberReader),
      houseLetter: optional(houseLetterReader),
      houseNumberAddition: optional(houseNumberAdditionReader),
      street: optional(addressLineReader),
      city: optional(addressLineReader),
    },
    { prepare: splitHouseNumberField },
  ),
  arrears: section({
    total: required(euroReader),
    termAmount: optional(euroReader),
    unpaidTerms: optional(countReader),
    oldestDueDate: optional(dateReader),
    newestDueDate: optional(dateReader),
    health: optionalSection(HealthArrearsSection),
  }),
}, {
  check: (signal) =>
    signal.debtor.birthDate !== undefined && isBirthDateAfter(signal.debtor.birthDate, signal.receivedDate)
      ? { path: ['debtor', 'birthDate'], code: 'birth_date_after_signal', message: 'Birth date lies after the signal date' }
      : null,
});

/** The input form of a signal (what `parseSignal` accepts). @category Signals */
export type SignalInput = z.input<typeof SignalSchema>;
/** A parsed, normalised signal. @category Signals */
export type Signal = z.output<typeof SignalSchema>;

/**
 * Dutch field labels, as they appear in RIS/VPS and DDAS exports, keyed by dotted path.
 * Error messages end with the label so that staff recognise the field.
 * @category Signals
 */
export const SIGNAL_FIELD_LABELS: Readonly<Record<string, string>> = {
  id: 'signaal-ID',
  kind: 'soort signaal',
  creditor: 'signaalpartner',
  'creditor.id': 'signaalpartner-ID',
  'creditor.name': 'naam signaalpartner',
  'creditor.sector': 'type signaalpartner',
  receivedDate: 'signaaldatum',
  debtor: 'inwoner',
  'debtor.name': 'naam',
  'debtor.name.givenNames': 'voornamen',
  'debtor.name.initials': 'voorletters',
  'debtor.name.surnamePrefix': 'voorvoegsel',
  'debtor.name.surname': 'geslachtsnaam',
  'debtor.name.fullName': 'volledige naam',
  'debtor.birthDate': 'geboortedatum',
  'debtor.legalForm': 'rechtsvorm',
  'debtor.bsn': 'BSN',
  'debtor.phone': 'telefoonnummer',
  'debtor.email': 'e-mailadres',
  address: 'adres',
  'address.postcode': 'postcode',
  'address.houseNumber': 'huisnummer',
  'address.houseLetter': 'huisletter',
  'address.houseNumberAddition': 'huisnummertoevoeging',
  'address.street': 'straat',
  'address.city': 'woonplaats',
  arrears: 'achterstand',
  'arrears.total': 'achterstandsbedrag',
  'arrears.termAmount': 'termijnbedrag',
  'arrears.unpaidTerms': 'aantal onbetaalde termijnen',
  'arrears.oldestDueDate': 'oudste vervaldatum',
  'arrears.newestDueDate': 'jongste vervaldatum',
  'arrears.health': 'zorgachterstand',
  'arrears.health.premium': 'premieachterstand',
  'arrears.health.deductible': 'achterstand eigen risico',
  'arrears.health.ownContribution': 'achterstand eigen bijdrage',
};
