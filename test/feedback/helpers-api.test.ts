import { describe, expect, it } from 'vitest';
import { parseSignal } from '../../src/model/index.js';
import { applyEvents, caseSignalFromSignal, explainEntry, openCase } from '../../src/feedback/index.js';
import { ev, open, reachedOn } from './helpers.js';

describe('smaller helpers', () => {
  it('caseSignalFromSignal keeps what a case needs and drops names, birth dates and contact data', () => {
    const parsed = parseSignal({
      id: 'S9', kind: 'eviction-notice', creditor: { id: 'WC', sector: 'housing' }, receivedDate: '02-05-2025',
      debtor: { name: { surname: 'Testpersoon' }, phone: '0612345678' },
      address: { postcode: '2311 ab', houseNumber: '7', houseLetter: 'b', houseNumberAddition: '2' },
      arrears: { total: '1.234,56', oldestDueDate: '2025-02-01' },
    });
    if (!parsed.ok) throw new Error('fixture');
    const s = caseSignalFromSignal(parsed.value);
    expect(s).toEqual({
      id: 'S9', kind: 'eviction-notice', creditor: { id: 'WC', sector: 'housing' }, receivedDate: '2025-05-02', amount: '1234.56',
      originDate: '2025-02-01', client: { postcode: '2311AB', houseNumber: 7, houseNumberAddition: 'B2' },
    });
    expect(openCase({ caseId: 'Z9', municipalityCode: '0546', at: '2025-05-02T09:00:00Z', actor: 'ris', signal: s }).ok).toBe(true);
  });

  it('applyEvents stops at the first refused event and says which', () => {
    const events = [...reachedOn('2025-05-07'), ev('picked-up', '2025-05-08T10:00:00Z'), ev('help-declined', '2025-05-09T10:00:00Z')];
    const { case: c, failed } = applyEvents(open(), events);
    expect(c.state).toBe('reached');
    expect(failed).toMatchObject({ index: 4, issues: [{ code: 'transition_not_allowed' }] });
  });

  it('explainEntry gives the meaning and source of each audit-trail line, and flags a step not in the table', () => {
    const { case: c } = applyEvents(open(), reachedOn('2025-05-07'));
    expect(explainEntry(c.history[0]!)).toMatchObject({
      code: 'transition.register-matched', outcome: 'pass', source: { id: 'signaalreis' }, message: { en: 'Resident found in the population register' },
      values: { rule: 'register-matched', from: 'received', to: 'screening' },
    });
    expect(explainEntry({ ...c.history[0]!, to: 'closed' })).toMatchObject({ outcome: 'fail', code: 'transition.not-in-table' });
  });
});
