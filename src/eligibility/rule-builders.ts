import { type EffectivePeriod } from '../model/index.js';
import { text } from '../model/internal.js';
import type { EligibilityKind, EligibilitySector } from './arrears-case.js';
import type { RuleSpecInput, RuleType } from './rule-spec.js';

/**
 * A small constructor for rules, so that a rulebook written in TypeScript reads as a table:
 * each version is written flat (`{ from, until?, title, source, ...parameters }`) and becomes
 * the dated shape `{ from, until?, value }` of the JSON format.
 * @module
 */

/** Where a rule applies: sectors and signal kinds (default: early signals only). @internal */
export interface RuleScope {
  readonly sectors: readonly EligibilitySector[];
  readonly kinds?: readonly EligibilityKind[];
  /** In a creditor policy: the code of the rulebook rule this rule takes the place of. */
  readonly replaces?: string;
}

type VersionsInput<T extends RuleType> = Extract<RuleSpecInput, { type: T }>['versions'][number];

/** One version of a rule of type `T`, written flat. @internal */
export type FlatVersion<T extends RuleType> = EffectivePeriod & VersionsInput<T>['value'];

/** A bilingual rule title: Dutch first, then English. @internal */
export const title = text;

/**
 * A rule of type `type` with its dated versions.
 * @example
 * rule('window', 'window.water', { sectors: ['water'] }, [{ from: '2021-01-01', title, source, minDays: 30, maxDays: 100 }])
 * @internal
 */
export function rule<T extends RuleType>(type: T, code: string, scope: RuleScope, versions: readonly FlatVersion<T>[]): RuleSpecInput {
  return {
    code,
    type,
    sectors: [...scope.sectors],
    kinds: [...(scope.kinds ?? ['early'])],
    ...(scope.replaces === undefined ? {} : { replaces: scope.replaces }),
    versions: versions.map(({ from, until, ...value }) => ({ from, ...(until === undefined ? {} : { until }), value })),
  } as RuleSpecInput;
}
