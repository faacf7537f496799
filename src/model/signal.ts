import { z } from 'zod';
import {
  BirthDateField, BsnField, CountField, EuroField, HouseNumberField, IsoDateField, OptionalText, PostcodeField, optionalField,
} from './fields.js';

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

const NameSchema = z
  .object({
    givenNames: OptionalText,
    initials: OptionalText,
    surnamePrefix: OptionalText,
    surname: OptionalText,
    fullName: OptionalText,
  })
  .superRefine((name, ctx) => {
    if (name.surname === undefined && name.fullName === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['surname'],
        message: 'Give the surname, or the whole name as fullName',
        params: { code: 'missing_name' },
      });
    }
  });

/** Signal schema: accepts real export forms, outputs a normalised {@link Signal}. @category Signals */
export const SignalSchema = z.object({
  id: z.union([z.string().trim().min(1), z.number().transform(String)]),
  kind: z.enum(SIGNAL_KINDS).default('early'),
  creditor: z.object({
    id: z.union([z.string().trim().min(1), z.number().transform(String)]),
    name: OptionalText,
    sector: z.enum(SECTORS),
  }),
  receivedDate: IsoDateField,
  debtor: z.object({
    name: NameSchema,
    birthDate: optionalField(BirthDateField),
    legalForm: z.enum(LEGAL_FORMS).default('natural-person'),
    bsn: optionalField(BsnField),
    phone: OptionalText,
    email: z
      .string()
      .optional()
      .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()))
      .pipe(z.email({ message: 'Expected an e-mail address' }).optional()),
  }),
  address: z.object({
    postcode: PostcodeField,
    houseNumber: HouseNumberField,
    houseLetter: z
      .string()
      .optional()
      .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim().toUpperCase()))
      .pipe(z.string().regex(/^[A-Z]$/, { message: 'Expected one letter' }).optional()),
    houseNumberAddition: z
      .string()
      .optional()
      .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()))
      .pipe(z.string().regex(/^[A-Za-z0-9 -]{1,4}$/, { message: 'Expected up to 4 letters, digits, spaces or hyphens' }).optional()),
    street: OptionalText,
    city: OptionalText,
  }),
  arrears: z.object({
    total: EuroField,
    termAmount: optionalField(EuroField),
    unpaidTerms: optionalField(CountField),
    oldestDueDate: optionalField(IsoDateField),
    newestDueDate: optionalField(IsoDateField),
    health: z
      .object({ premium: optionalField(EuroField), deductible: optionalField(EuroField), ownContribution: optionalField(EuroField) })
      .optional(),
  }),
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
