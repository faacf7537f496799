import { parseSignal, type BatchItem, type Sector, type Signal, type SignalKind } from '../../src/model/index.js';
import type { TriageContext, TriageDecision, TriageInput } from '../../src/triage/index.js';

/** What a test says about a synthetic signal; everything has a default. */
export interface SignalSpec {
  id?: string;
  amount?: string;
  sector?: Sector;
  kind?: SignalKind;
  phone?: boolean;
  email?: boolean;
  receivedDate?: string;
  legalForm?: string;
}

/** A parsed synthetic signal (synthetic person, by default with phone and e-mail). */
export function signal(spec: SignalSpec = {}): Signal {
  const result = parseSignal({
    id: spec.id ?? 'S1',
    kind: spec.kind ?? 'early',
    creditor: { id: 'C1', sector: spec.sector ?? 'energy' },
    receivedDate: spec.receivedDate ?? '2023-03-15',
    debtor: {
      name: { surname: 'Testpersoon' },
      ...(spec.phone === false ? {} : { phone: '0600000000' }),
      ...(spec.email === false ? {} : { email: 'inwoner@example.org' }),
      ...(spec.legalForm ? { legalForm: spec.legalForm } : {}),
    },
    address: { postcode: '1234AB', houseNumber: 1 },
    arrears: { total: spec.amount ?? '150.00' },
  });
  if (!result.ok) throw new Error(`bad test signal: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** A triage input from a signal spec and a context. */
export function input(spec: SignalSpec = {}, context?: TriageContext): TriageInput {
  return context === undefined ? { signal: signal(spec) } : { signal: signal(spec), context };
}

/** The context of a match of two creditors (optionally with its sectors and total). */
export function matchOf(sectors: Sector[] = ['energy', 'water'], totalAmount?: string): TriageContext['match'] {
  return { isMatch: true, creditorCount: sectors.length, sectors, ...(totalAmount ? { totalAmount } : {}) };
}

/** The decisions of a batch whose inputs all parse (fails the test otherwise). */
export function decisionsOf(items: readonly BatchItem<TriageDecision>[]): TriageDecision[] {
  return items.map((item) => {
    if (!item.ok) throw new Error(`input ${item.index} did not parse: ${JSON.stringify(item.issues)}`);
    return item.value;
  });
}
