import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

interface CaseLine {
  caseId: string;
  state: string;
  due: { key: string; due: string; status: string }[];
  feedbackToSend: { code: string; creditors: { code: string }[] }[];
}

describe('vroegsignalering feedback', () => {
  it("prints each case's state, due actions and feedback to send; refused records first, exit 1", () => {
    const run = runCli(['feedback', 'examples/data/feedback-events-invalid.jsonl', '--as-of', '2025-05-07']);
    expect(run.status).toBe(1);
    const [notAllowed, naive, badJson, ...cases] = run.lines as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>, ...CaseLine[]];
    expect(notAllowed).toMatchObject({ line: 4, ok: false, issues: [{ code: 'transition_not_allowed', state: 'closed', allowed: ['feedback-sent'] }] });
    expect(naive).toMatchObject({ line: 5, ok: false, issues: [{ code: 'invalid_instant', field: 'at' }] });
    expect(badJson).toMatchObject({ line: 6, ok: false, issues: [{ code: 'invalid_json' }] });
    expect(cases.map((c) => [c.caseId, c.state])).toEqual([['Z-A', 'closed'], ['Z-B', 'received']]);
    expect(cases[0]!.feedbackToSend).toMatchObject([{ code: 'unjustified', creditors: [{ code: 'unjustified' }] }]);
    expect(cases[1]!.due.map((d) => [d.key, d.due, d.status])).toEqual([
      ['firstConversation', '2025-05-20', 'due'], ['firstConversationLatest', '2025-06-03', 'due'], ['autoClose', '2025-06-03', 'due'],
    ]);
    expect(run.stderr).toContain('7 records, 2 cases, 3 refused');
  });

  it('reads the bundled month and exits 0 when every record is accepted', () => {
    const run = runCli(['feedback', 'examples/data/feedback-events.jsonl', '--as-of', '2025-06-01']);
    expect(run.status).toBe(0);
    expect(run.lines).toHaveLength(24);
    const lines = run.lines as CaseLine[];
    expect(lines.some((c) => c.feedbackToSend.some((f) => f.creditors.some((x) => x.code === 'no-help-or-not-picked-up')))).toBe(true);
  });

  it('refuses an invalid --as-of date', () => {
    const run = runCli(['feedback', 'examples/data/feedback-events.jsonl', '--as-of', '2025-02-30']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--as-of');
  });
});
