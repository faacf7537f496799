import { describe, expect, it } from 'vitest';
import {
  createDetectionState, DEFAULT_DETECTION_OPTIONS, DETECTION_PARAMETERS, detectIncremental, detectMatches, triageFacts,
} from '../../src/detection/index.js';
import { tamper } from '../feedback/tamper.js';
import { signal } from './fixtures.js';

const inputs = [
  signal({ id: 'A', date: '2023-01-10', creditor: 'ZV-A', person: 'P1', due: '2022-12-01' }),
  signal({ id: 'B', date: '2023-02-10', creditor: 'ZV-A', person: 'P1', due: '2022-12-01' }),
  signal({ id: 'C', date: '2023-03-01', creditor: 'WO-A', person: 'P1' }),
  signal({ id: 'D', date: '2023-03-02', creditor: 'EN-A', surname: 'Kluijt', birthDate: '1980-05-17' }),
  { id: 'broken' },
];

function everything(): string {
  const items = detectMatches(inputs);
  const incremental = detectIncremental(inputs, { state: createDetectionState() });
  return JSON.stringify({ items, incremental, facts: [...items].flatMap((i) => (i.ok ? [triageFacts(i.value)] : [])), DETECTION_PARAMETERS, DEFAULT_DETECTION_OPTIONS });
}

describe('no state shared between callers', () => {
  it('a caller who changes every item, label list, fact, reason and parameter it gets changes nothing for the next call', () => {
    const before = everything();
    const items = detectMatches(inputs);
    tamper(items);
    tamper(detectIncremental(inputs, { state: createDetectionState() }));
    for (const item of detectMatches(inputs)) if (item.ok) tamper(triageFacts(item.value));
    tamper({ DETECTION_PARAMETERS, DEFAULT_DETECTION_OPTIONS });
    expect(everything()).toBe(before);
  });

  it('the inputs are read, never changed', () => {
    const copy = JSON.stringify(inputs);
    detectMatches(inputs);
    expect(JSON.stringify(inputs)).toBe(copy);
  });
});
