import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/model/index.js';
import { applyEvent, reconcile, type Case } from '../../src/feedback/index.js';
import { ddasResult } from '../../src/feedback/ddas-map.js';
import { runGoldenCases } from '../support/golden.js';
import { ev, open, run, signal } from './helpers.js';

interface CaseSpec { caseId: string; signals: Record<string, unknown>[]; events: Record<string, unknown>[] }

/** Open a case with its first signal, add the others, then apply its events. */
function build(spec: CaseSpec): Case {
  const [first, ...rest] = spec.signals;
  const c = open({ caseId: spec.caseId, at: '2025-05-01T09:00:00+02:00', signal: first as never });
  const events = [
    ...rest.map((s) => ({ ...ev('signal-added', '2025-05-01T09:30:00+02:00', { signal: s }), caseId: spec.caseId })),
    ...spec.events.map(({ type, at, ...extra }) => ({ ...ev(type as string, at as string, extra), caseId: spec.caseId })),
  ];
  return run(c, events);
}

runGoldenCases('reconciliation', (golden) => {
  const { cases: specs, update } = golden.input as { cases: CaseSpec[]; update: unknown };
  const cases = specs.map(build);
  const r = reconcile(cases, update, { at: `${golden.asOf}T10:00:00+02:00`, actor: 'staff:7' });
  if (!r.ok) return { issues: r.issues };
  const after = cases.map((c) => {
    const item = r.value.find((i) => i.caseId === c.id && i.event !== null);
    const next = item ? applyEvent(c, item.event!) : null;
    const closed = next?.ok ? next.value : c;
    return { state: closed.state, outcome: closed.outcome, ddasResult: ddasResult(closed) ?? null };
  });
  return { items: r.value, after };
});

describe('reconcile at the boundary', () => {
  it('names what is wrong with an update, and refuses bad options as a usage error', () => {
    const r = reconcile([open()], { creditorId: 'W1', receivedOn: '5 mei', entries: [{ signalId: 'S1', status: 'betaald' }] }, { at: '2025-05-05T10:00:00+02:00', actor: 'x' });
    expect(!r.ok && r.issues.map((i) => i.field)).toEqual(['receivedOn', 'entries[0].status']);
    expect(() => reconcile([open()], { creditorId: 'W1', receivedOn: '2025-05-05', entries: [{ signalId: 'S1', status: 'paid' }] }, { at: 'today', actor: 'x' })).toThrow(UsageError);
  });

  it('a closed case is never reopened or closed again', () => {
    const closed = run(open(), [ev('unjustified', '2025-05-02T10:00:00+02:00')]);
    const r = reconcile([closed], { creditorId: 'ZV1', receivedOn: '2025-05-05', entries: [{ signalId: 'S1', status: 'paid' }] }, { at: '2025-05-05T10:00:00+02:00', actor: 'x' });
    expect(r.ok && r.value[0]!.decision).toBe('no-open-case');
  });

  it('a paid signal closes its case in screening too (after the register check), before contact', () => {
    const screening = run(open({ signal: signal() }), [ev('register-matched', '2025-05-02T10:00:00+02:00')]);
    const r = reconcile([screening], { creditorId: 'ZV1', receivedOn: '2025-05-10', entries: [{ signalId: 'S1', status: 'arrangement' }] }, { at: '2025-05-10T10:00:00+02:00', actor: 'x' });
    const item = r.ok ? r.value[0]! : null;
    expect(item?.decision).toBe('close');
    const next = applyEvent(screening, item!.event!);
    expect(next.ok && [next.value.state, next.value.outcome]).toEqual(['closed', 'own-action']);
  });
});
