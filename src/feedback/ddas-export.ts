import { z } from 'zod';
import { IsoDateField, parseOrThrow } from '../model/internal.js';
import type { Case } from './case.js';
import { snapshotAt } from './case-at.js';
import { caseFacts } from './case-facts.js';
import { ddasCase, ddasSignal, ddasSignalStatus } from './ddas-map.js';
import type { DdasDelivery, Uitwisselmodel } from './ddas-types.js';
import { InstantField } from './events.js';

const OrganisationSchema = z
  .object({
    naam: z.string().min(1).optional(),
    'kvk-nummer': z.string().regex(/^\d{8}$/, { message: 'Expected an 8-digit KvK number' }).optional(),
    contactpersonen: z
      .array(z.object({
        naam: z.string().optional(), telefoonnummer: z.string().optional(), email: z.email().optional(), functietitel: z.string().optional(),
      }).strict())
      .min(1)
      .optional(),
  })
  .strict();

/**
 * Options of {@link toDdas}: the reporting period, the supplier code, the delivery instant (the
 * library has no clock) and the organisation that delivers for each municipality.
 * @category DDAS
 */
export const DdasOptionsSchema = z.object({
  period: z
    .object({ start: IsoDateField, end: IsoDateField })
    .refine((p) => p.start <= p.end, { message: 'The period must not end before it starts', path: ['end'] }),
  supplierCode: z.string().trim().min(1),
  deliveredAt: InstantField,
  organisation: OrganisationSchema.optional(),
  organisations: z.record(z.string(), OrganisationSchema).optional(),
});
/** The input form of the DDAS options. @category DDAS */
export type DdasOptions = z.input<typeof DdasOptionsSchema>;

const LABELS = {
  'period.start': 'startdatumLevering', 'period.end': 'einddatumLevering', supplierCode: 'codeGegevensleverancier',
  deliveredAt: 'aanleverdatumEnTijd', organisation: 'aanleverendeOrganisatie', organisations: 'aanleverendeOrganisatie',
};

/** Whether a case (as it stood at the end of the period) was open at some time in the period. */
function activeIn(c: Case, start: string, end: string): boolean {
  if (c.signals[0].receivedDate > end) return false;
  if (c.outcome === null) return true;
  const closed = caseFacts(c).closedDate;
  return closed === null || closed >= start;
}

/**
 * Export cases as a DDAS Vroegsignalering v1.2 delivery (`Uitwisselmodel`) for CBS: one
 * `levering` per municipality with its signals (`vroegsignalen`) and cases
 * (`vroegsignaalzaken`). Each case is exported as it stood at the end of the period, and only if
 * it was open at some time in the period (received on or before the end, not closed before the
 * start). Amounts are whole euros; a client is a BSN or a postcode and house number, never both.
 * Throws `UsageError` (from `vroegsignalering/model`) when the options are invalid.
 * @example
 * const delivery = toDdas(cases, { period: { start: '2025-05-01', end: '2025-05-31' }, supplierCode: 'XXLLNC',
 *   deliveredAt: '2025-06-02T06:00:00Z', organisation: { naam: 'Gemeente Leiden' } });
 * @category DDAS
 */
export function toDdas(cases: readonly Case[], options: DdasOptions): Uitwisselmodel {
  const o = parseOrThrow(DdasOptionsSchema, options, 'DDAS options', LABELS);
  const { start, end } = o.period;
  const byMunicipality = new Map<string, Case[]>();
  for (const c of cases) {
    const snapshot = snapshotAt(c, end);
    if (!activeIn(snapshot, start, end)) continue;
    const list = byMunicipality.get(c.municipalityCode);
    if (list) list.push(snapshot);
    else byMunicipality.set(c.municipalityCode, [snapshot]);
  }
  const leveringen: DdasDelivery[] = [...byMunicipality].map(([gemeentecode, list], i) => ({
    teller: i + 1,
    gemeentecode,
    aanleverendeOrganisatie: o.organisations?.[gemeentecode] ?? o.organisation ?? {},
    vroegsignalen: list.flatMap((c) => {
      const status = ddasSignalStatus(c);
      return c.signals.map((s) => ddasSignal(s, status));
    }),
    vroegsignaalzaken: list.map((c) => ddasCase(c)),
  }));
  return {
    startdatumLevering: start,
    einddatumLevering: end,
    aanleverdatumEnTijd: o.deliveredAt.replace(/\.\d{3}Z$/, 'Z'),
    codeGegevensleverancier: o.supplierCode,
    ...(leveringen.length > 0 ? { leveringen } : {}),
  };
}
