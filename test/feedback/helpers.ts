/** Small builders for the feedback tests. Every person and id is SYNTHETIC. */
import {
  applyEvent, openCase, parseEvent, type Case, type CaseEvent, type CaseSignalInput, type OpenCaseInput,
} from '../../src/feedback/index.js';

/** A synthetic signal; override any field. */
export function signal(overrides: Partial<CaseSignalInput> = {}): CaseSignalInput {
  return {
    id: 'S1', kind: 'early', creditor: { id: 'ZV1', sector: 'health-insurance' }, receivedDate: '2025-05-02',
    amount: '212.50', client: { postcode: '2311AB', houseNumber: 7 }, ...overrides,
  };
}

/** Open a case (throws when the input is refused, so tests fail loudly). */
export function open(overrides: Partial<OpenCaseInput> = {}): Case {
  const r = openCase({ caseId: 'Z1', municipalityCode: '0546', at: '2025-05-02T09:00:00+02:00', actor: 'ris', signal: signal(), ...overrides });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** A validated event for case Z1 (throws when invalid). */
export function ev(type: string, at: string, extra: Record<string, unknown> = {}): CaseEvent {
  const r = parseEvent({ type, caseId: 'Z1', at, actor: 'staff:7', ...extra });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** Apply events in order (throws at the first refused one). */
export function run(c: Case, events: readonly CaseEvent[]): Case {
  let current = c;
  for (const e of events) {
    const r = applyEvent(current, e);
    if (!r.ok) throw new Error(`${e.type}: ${r.issues[0]!.message}`);
    current = r.value;
  }
  return current;
}

/** The usual road to a reached resident: matched, picked up, one miss, then reached (Amsterdam summer time). */
export function reachedOn(day: string): CaseEvent[] {
  return [
    ev('register-matched', '2025-05-02T10:00:00+02:00'),
    ev('picked-up', '2025-05-06T09:00:00+02:00'),
    ev('contact-not-reached', '2025-05-06T13:00:00+02:00', { channel: 'phone' }),
    ev('contact-reached', `${day}T19:00:00+02:00`, { channel: 'phone' }),
  ];
}
