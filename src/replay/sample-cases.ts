/**
 * Group sample records into cases: by `caseId` when the sample has one (an xxllnc Meldingnummer
 * groups the signals of one household), else one case per signal.
 * @module
 */
import { toDayNumber } from '../model/internal.js';
import type { Outcome, SampleRecord } from './sample-schema.js';

/** One case of a sample: its signals, its household key and its outcome. @category Figures */
export interface SampleCase {
  /** Case id (`caseId`, or the signal id). */
  readonly id: string;
  /** Household key: `household`, else `person`, else the signal id. */
  readonly household: string;
  /** Day number of the earliest signal of the case. */
  readonly startDay: number;
  /** The case's outcome, from the first of its signals that has one. */
  readonly outcome: Outcome | undefined;
  /** Indexes of its signals in the sample. */
  readonly signals: number[];
}

/** The household key of a record: `household`, else `person`, else its id. @category Figures */
export function householdKey(record: SampleRecord): string {
  return record.household ?? record.person ?? `signal:${record.id}`;
}

/**
 * Group records into cases, in order of first appearance.
 * @category Figures
 */
export function groupCases(records: readonly SampleRecord[]): SampleCase[] {
  const byId = new Map<string, { id: string; household: string; startDay: number; outcome: Outcome | undefined; signals: number[] }>();
  records.forEach((record, index) => {
    const id = record.caseId ?? `signal:${record.id}`;
    const day = toDayNumber(record.receivedDate);
    const found = byId.get(id);
    if (!found) {
      byId.set(id, { id, household: householdKey(record), startDay: day, outcome: record.outcome, signals: [index] });
      return;
    }
    found.signals.push(index);
    if (day < found.startDay) found.startDay = day;
    found.outcome ??= record.outcome;
  });
  return [...byId.values()];
}
