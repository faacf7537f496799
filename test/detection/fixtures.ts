import { parseSignal, type SignalKind, type Sector } from '../../src/model/index.js';
import type { DetectableSignal } from '../../src/detection/index.js';

/** A compact description of a synthetic signal for detection tests. */
export interface SignalSpec {
  readonly id: string;
  readonly date: string;
  readonly creditor: string;
  readonly sector?: Sector;
  readonly person?: string;
  readonly household?: string;
  readonly kind?: SignalKind;
  readonly amount?: string;
  readonly due?: string;
  readonly surname?: string;
  readonly initials?: string;
  readonly birthDate?: string;
  readonly postcode?: string;
  readonly houseNumber?: number;
}

const SECTOR_OF: Readonly<Record<string, Sector>> = { ZV: 'health-insurance', EN: 'energy', WA: 'water', WO: 'housing' };

/** A parsed, synthetic signal (through the model's own parser) with optional register and household ids. */
export function signal(spec: SignalSpec): DetectableSignal {
  const parsed = parseSignal({
    id: spec.id,
    kind: spec.kind ?? 'early',
    creditor: { id: spec.creditor, sector: spec.sector ?? SECTOR_OF[spec.creditor.slice(0, 2)] ?? 'other' },
    receivedDate: spec.date,
    debtor: {
      name: { initials: spec.initials ?? 'A.', surname: spec.surname ?? 'Jansen' },
      ...(spec.birthDate === undefined ? {} : { birthDate: spec.birthDate }),
    },
    address: { postcode: spec.postcode ?? '2011AB', houseNumber: spec.houseNumber ?? 12 },
    arrears: { total: spec.amount ?? '150.00', ...(spec.due === undefined ? {} : { oldestDueDate: spec.due }) },
  });
  if (!parsed.ok) throw new Error(`bad test signal ${spec.id}: ${parsed.issues.map((e) => e.message).join('; ')}`);
  return {
    ...parsed.value,
    ...(spec.person === undefined ? {} : { personId: spec.person }),
    ...(spec.household === undefined ? {} : { householdId: spec.household }),
  };
}

/** ISO date of the `n`-th month after `start` (`YYYY-MM`), on day `day`. */
export function monthDate(start: string, n: number, day = 15): string {
  const [y, m] = start.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
