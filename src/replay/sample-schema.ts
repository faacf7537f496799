/**
 * The research sample format: one anonymised signal per record (the model's signal fields,
 * pseudonymised) with optional outcomes. JSONL holds nested objects; CSV uses dotted headers
 * (`creditor.sector`, `outcome.attempts`) and the compact attempts text.
 * @module
 */
import { z } from 'zod';
import { LEGAL_FORMS, SECTORS, SIGNAL_KINDS } from '../model/index.js';
import { BirthDateField, CountField, EuroField, HouseNumberField, IsoDateField, optionalField, OptionalText } from '../model/internal.js';
import { AGE_BAND_LABELS } from './age-bands.js';
import { DEBT_DEVELOPMENTS, type OutcomeClass } from './outcome-classes.js';
import { AttemptsField, OptionalYesNoField, PostcodeOrAreaField } from './sample-fields.js';

/**
 * The study's outcome class of a case (De signaalreis, 003): help accepted beats reached, which
 * beats not reached; a case that was not picked up, or of which nothing is known, is
 * `not-picked-up`. "Reached" is the `reached` field, or any attempt that reached the resident.
 * @example
 * classifyOutcome({ attempts: [{ date: '2023-04-05', channel: 'phone', reached: true }] }) // 'reached-no-help'
 * @category Samples
 */
export function classifyOutcome(o: {
  pickedUp?: boolean | undefined;
  attempts: readonly { reached?: boolean | undefined }[];
  reached?: boolean | undefined;
  helpAccepted?: boolean | undefined;
}): OutcomeClass {
  if (o.pickedUp === false) return 'not-picked-up';
  if (o.helpAccepted === true) return 'help-accepted';
  if (o.reached ?? o.attempts.some((a) => a.reached === true)) return 'reached-no-help';
  if (o.pickedUp === true || o.attempts.length > 0 || o.reached === false) return 'not-reached';
  return 'not-picked-up';
}

const Id = z.union([z.string().trim().min(1, { message: 'Expected a non-empty identifier' }), z.number().transform(String)]);
const OptionalId = optionalField(Id);
const OptionalDate = optionalField(IsoDateField);
const OptionalEuro = optionalField(EuroField);

/** The outcome of a signal's case, as far as the sample knows it; `class` is derived. @category Samples */
export const OutcomeSchema = z
  .object({
    pickedUp: OptionalYesNoField,
    attempts: AttemptsField.default([]),
    reached: OptionalYesNoField,
    helpAccepted: OptionalYesNoField,
    closedDate: OptionalDate,
    debt: z.object({ afterMonths: CountField, development: z.enum(DEBT_DEVELOPMENTS) }).optional(),
  })
  .transform((o) => ({ ...o, class: classifyOutcome(o) }));

/** Sample record schema: accepts JSONL objects and unflattened CSV rows. @category Samples */
export const SampleRecordSchema = z.object({
  id: Id,
  kind: z.enum(SIGNAL_KINDS).default('early'),
  caseId: OptionalId,
  household: OptionalId,
  person: OptionalId,
  creditor: z.object({ id: Id, name: OptionalText, sector: z.enum(SECTORS) }),
  receivedDate: IsoDateField,
  debtor: z
    .object({
      name: z
        .object({ givenNames: OptionalText, initials: OptionalText, surnamePrefix: OptionalText, surname: OptionalText, fullName: OptionalText })
        .optional(),
      birthDate: optionalField(BirthDateField),
      ageBand: z.enum(AGE_BAND_LABELS).optional(),
      legalForm: z.enum(LEGAL_FORMS).default('natural-person'),
      phone: OptionalText,
      email: OptionalText,
      hasPhone: OptionalYesNoField,
      hasEmail: OptionalYesNoField,
    })
    .prefault({}),
  address: z
    .object({
      postcode: PostcodeOrAreaField,
      houseNumber: optionalField(HouseNumberField),
      houseLetter: OptionalText,
      houseNumberAddition: OptionalText,
    })
    .optional(),
  arrears: z.object({
    total: EuroField,
    termAmount: OptionalEuro,
    unpaidTerms: optionalField(CountField),
    oldestDueDate: OptionalDate,
    newestDueDate: OptionalDate,
  }),
  knownAtDebtHelp: OptionalYesNoField,
  crisis: OptionalYesNoField,
  synthetic: OptionalYesNoField,
  eligibility: z.record(z.string(), z.unknown()).optional(),
  outcome: OutcomeSchema.optional(),
});

/** The input form of a sample record. @category Samples */
export type SampleRecordInput = z.input<typeof SampleRecordSchema>;
/** A parsed sample record. @category Samples */
export type SampleRecord = z.output<typeof SampleRecordSchema>;
/** A parsed outcome. @category Samples */
export type Outcome = z.output<typeof OutcomeSchema>;

/**
 * Dutch labels of the sample fields, for error messages.
 * @category Samples
 */
export const SAMPLE_FIELD_LABELS: Readonly<Record<string, string>> = {
  id: 'signaal-ID',
  kind: 'soort signaal',
  caseId: 'meldingnummer',
  household: 'huishouden (hash)',
  person: 'persoon (hash)',
  'creditor.id': 'signaalpartner-ID',
  'creditor.sector': 'type signaalpartner',
  receivedDate: 'signaaldatum',
  'debtor.birthDate': 'geboortedatum',
  'debtor.ageBand': 'leeftijdsklasse',
  'debtor.hasPhone': 'telefoonnummer bekend',
  'debtor.hasEmail': 'e-mailadres bekend',
  'address.postcode': 'postcode',
  'address.houseNumber': 'huisnummer',
  'arrears.total': 'achterstandsbedrag',
  knownAtDebtHelp: 'bekend bij schuldhulpverlening',
  crisis: 'crisissignaal',
  synthetic: 'synthetisch',
  'outcome.pickedUp': 'opgepakt',
  'outcome.attempts': 'contactpogingen',
  'outcome.attempts.date': 'datum contactpoging',
  'outcome.attempts.channel': 'wijze van contactpoging',
  'outcome.attempts.reached': 'persoon bereikt',
  'outcome.reached': 'bereikt',
  'outcome.helpAccepted': 'wil hulp',
  'outcome.closedDate': 'afgerond d.d.',
  'outcome.debt.development': 'ontwikkeling schuld',
};
