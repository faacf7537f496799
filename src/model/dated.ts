import type { IsoDate } from './date.js';
import { UsageError } from './result.js';
import { validationIssue } from './issues.js';

/**
 * The period a rule, code or policy version is in force: from `from` (inclusive) until
 * `until` (exclusive), or open-ended.
 * @category Dated rules
 */
export interface EffectivePeriod {
  /** First day in force (ISO date). */
  readonly from: IsoDate;
  /** First day no longer in force (ISO date), when it ends. */
  readonly until?: IsoDate;
}

/** One version of a dated value with the period it is in force. @category Dated rules */
export interface DatedVersion<T> extends EffectivePeriod {
  /** The value in force during the period. */
  readonly value: T;
}

/**
 * A value that changes on known dates (a rule's threshold, a feedback code, a policy): its
 * versions, sorted and not overlapping, and `at(date)` for the version in force on a day.
 * @example
 * const floor = dated([{ from: '2021-01-01', until: '2022-12-08', value: 50 }, { from: '2022-12-08', value: 0 }]);
 * floor.at('2022-12-07') // 50
 * @category Dated rules
 */
export interface Dated<T> {
  /** The versions, oldest first. */
  readonly versions: readonly DatedVersion<T>[];
  /** The value in force on `date`, or `undefined` when none is. */
  at(date: IsoDate): T | undefined;
  /** The version (value and period) in force on `date`, or `undefined` when none is. */
  versionAt(date: IsoDate): DatedVersion<T> | undefined;
}

/** Whether `date` falls in `period` (from inclusive, until exclusive). @category Dated rules */
export function inEffect(period: EffectivePeriod, date: IsoDate): boolean {
  return date >= period.from && (period.until === undefined || date < period.until);
}

/**
 * Build a {@link Dated} value from its versions. Throws a {@link UsageError} when versions are
 * out of order, overlap, or end before they start.
 * @category Dated rules
 */
export function dated<T>(versions: readonly DatedVersion<T>[]): Dated<T> {
  const sorted = Object.freeze(versions.map((v) => Object.freeze({ ...v })));
  const issues = [];
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i]!;
    if (v.until !== undefined && v.until <= v.from) {
      issues.push(validationIssue('empty_period', [i, 'until'], 'A version must end after it starts'));
    }
    const prev = sorted[i - 1];
    if (prev && (prev.until === undefined || prev.until > v.from)) {
      issues.push(validationIssue('overlapping_period', [i, 'from'], 'Versions must be in date order and must not overlap'));
    }
  }
  if (issues.length) throw new UsageError('dated versions', issues);
  const versionAt = (date: IsoDate): DatedVersion<T> | undefined => {
    for (let i = sorted.length - 1; i >= 0; i--) {
      const v = sorted[i]!;
      if (v.from <= date) return inEffect(v, date) ? v : undefined;
    }
    return undefined;
  };
  return Object.freeze({ versions: sorted, versionAt, at: (date: IsoDate) => versionAt(date)?.value });
}
