/**
 * A sample record as the other modules take it: the model's {@link Signal} (for register
 * matching, detection and triage), its age for triage, and whether it carries enough personal
 * data to be checked against a register.
 * @module
 */
import type { DetectableSignal } from '../detection/index.js';
import { AGE_BANDS } from './age-bands.js';
import type { SampleRecord } from './sample-schema.js';

/**
 * Letters put after a four-digit postcode area so that modules which need a full postcode accept
 * a pseudonymised record. Harmless: replay always passes the sample's person and household keys,
 * so no module groups or compares on this placeholder.
 */
const AREA_PLACEHOLDER = 'ZZ';
/** Stands in for a phone number or e-mail address the sample only says is known (`hasPhone`). */
const KNOWN_CONTACT = '(known)';

/** Whether a record has the name and full address register matching needs. @category Replay */
export function hasPersonalData(record: SampleRecord): boolean {
  const a = record.address;
  const n = record.debtor.name;
  return a !== undefined && a.postcode.length === 6 && a.houseNumber !== undefined && n !== undefined && (n.surname ?? n.fullName) !== undefined;
}

/** The person key of a record: `person`, else `household`, else its id. @category Replay */
export function personKey(record: SampleRecord): string {
  return record.person ?? record.household ?? `signal:${record.id}`;
}

/**
 * The model signal of a sample record, with the person and household keys detection groups on
 * (see the module note on placeholders).
 * @category Replay
 */
export function toModelSignal(record: SampleRecord): DetectableSignal {
  const d = record.debtor;
  const a = record.address;
  const person = personKey(record);
  // Plain assignments rather than conditional spreads: this runs once per signal of a large sample.
  const debtor: Record<string, unknown> = { name: d.name ?? { surname: person }, legalForm: d.legalForm };
  if (d.birthDate) debtor['birthDate'] = d.birthDate;
  const phone = d.phone ?? (d.hasPhone ? KNOWN_CONTACT : undefined);
  if (phone) debtor['phone'] = phone;
  const email = d.email ?? (d.hasEmail ? KNOWN_CONTACT : undefined);
  if (email) debtor['email'] = email;
  const address: Record<string, unknown> = {
    postcode: a === undefined ? `9999${AREA_PLACEHOLDER}` : a.postcode.length === 4 ? `${a.postcode}${AREA_PLACEHOLDER}` : a.postcode,
    houseNumber: a?.houseNumber ?? 1,
  };
  if (a?.houseLetter) address['houseLetter'] = a.houseLetter;
  if (a?.houseNumberAddition) address['houseNumberAddition'] = a.houseNumberAddition;
  return {
    id: record.id,
    kind: record.kind,
    creditor: record.creditor,
    receivedDate: record.receivedDate,
    debtor,
    address,
    arrears: record.arrears,
    personId: person,
    householdId: record.household ?? person,
  } as unknown as DetectableSignal;
}

/**
 * Age in whole years on a date, from the birth date (year, month, day as known) or else the
 * age band (its lowest age, or 17 for the under-18 band, so that band rules like 18–27 hold).
 * `undefined` when neither is known.
 * @category Replay
 */
export function ageOn(record: SampleRecord, date: string): number | undefined {
  const b = record.debtor.birthDate;
  if (b?.year) {
    const year = Number(date.slice(0, 4));
    const monthDay = Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
    const birthdayPassed = b.month === null ? true : monthDay >= b.month * 100 + (b.day ?? 1);
    return year - b.year - (birthdayPassed ? 0 : 1);
  }
  const band = AGE_BANDS.find((x) => x.label === record.debtor.ageBand);
  if (!band) return undefined;
  return band.min === 0 ? band.max : band.min;
}
