/**
 * The lifecycle's golden cases, written as data in test/fixtures/feedback/*.jsonl: a case log in,
 * and what the module derives from it as of a date (see the comment at the top of the fixture).
 */
import {
  caseAt, caseDeadlines, collectionPauses, feedbackFor, replayCaseLog, type FeedbackOptions,
} from '../../src/feedback/index.js';
import { ddasCase, ddasResult, ddasSignal, ddasSignalStatus } from '../../src/feedback/ddas-map.js';
import { runGoldenCases } from '../support/golden.js';

runGoldenCases('feedback', (golden) => {
  const records = (golden.input as Record<string, unknown>[]).map((r) => (r['type'] === 'case-opened' ? r : { caseId: 'Z1', actor: 'staff:7', ...r }));
  const { cases, items } = replayCaseLog(records);
  const asOf = golden.asOf!;
  const c = caseAt(cases[0]!, { asOf });
  const last = items.filter((i) => i.ok).at(-1);
  return {
    refused: items.flatMap((i) => (i.ok ? [] : [{ index: i.index, ...i.issues[0]! }])),
    state: c.state,
    outcome: c.outcome,
    lastStep: last?.ok ? last.value.reasons.map((r) => r.code) : [],
    effects: last?.ok ? last.value.effects : [],
    deadlines: Object.fromEntries(caseDeadlines(c).map((d) => [d.key, d])),
    deadlineKeys: caseDeadlines(c).map((d) => d.key),
    pauses: collectionPauses(c),
    feedback: feedbackFor(c, { ...(golden.options?.['feedback'] as Partial<FeedbackOptions> | undefined), asOf }).items,
    notes: feedbackFor(c, { asOf }).notes,
    ddas: {
      status: ddasSignalStatus(c), result: ddasResult(c) ?? null, case: ddasCase(c),
      signals: c.signals.map((signal) => ddasSignal(signal, ddasSignalStatus(c))),
    },
  };
});
