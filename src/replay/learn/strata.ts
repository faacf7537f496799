/**
 * Strata: the groups of signals the outcome learner estimates rates for and the recommender
 * assigns a channel to. Each dimension is a feature a triage policy can test (amount band,
 * single or match, returning resident, sector, age band, contact data known), so that every
 * stratum, and every union of strata the policy writer merges, is a rule condition.
 * @module
 */
import { SECTORS, type LocalizedText } from '../../model/index.js';
import { fromCents, text, toCents } from '../../model/internal.js';
import type { PolicyInput, TriageInput } from '../../triage/index.js';
import { SECTOR_NAMES_NL } from '../../triage/internal.js';

/**
 * How to cut signals into strata. Every dimension is optional; `false` (or leaving a boolean
 * dimension out) switches it off. The defaults ({@link DEFAULT_STRATA}) follow the criteria
 * municipalities use in De signaalreis (Bijlage 1): amount, match, recidivism, sector, age
 * (18–27 to a youth worker) and whether a phone number is known.
 * @category Learning
 */
export interface StrataOptions {
  /** Amount bands: cut points in euros (each starts a band, inclusive), of this signal or summed over the match. */
  readonly amount?: { readonly cuts: readonly number[]; readonly of?: 'signal' | 'match-total' } | false;
  /** Single signal versus match (two or more creditors). */
  readonly match?: boolean;
  /** Returning resident: signalled before within this many months (detection's recidivism). */
  readonly returning?: { readonly withinMonths: number } | false;
  /** The creditor's sector. */
  readonly sector?: boolean;
  /** Age bands: ages that start a band (the first band starts at 0; an unknown age is its own value). */
  readonly age?: { readonly cuts: readonly number[] } | false;
  /** Phone number known. */
  readonly phone?: boolean;
  /** E-mail address known. */
  readonly email?: boolean;
}

/**
 * The default strata: amount bands from €100, €300 and €500 (the thresholds of Gemeente 4 in
 * De signaalreis), single or match, returning within 6 months, sector, age bands 0–17, 18–27,
 * 28–44, 45–66, 67+ (and unknown), and phone number known. E-mail is off: few rules use it.
 * @category Learning
 */
export const DEFAULT_STRATA = {
  amount: { cuts: [100, 300, 500], of: 'signal' },
  match: true,
  returning: { withinMonths: 6 },
  sector: true,
  age: { cuts: [18, 28, 45, 67] },
  phone: true,
  email: false,
} as const satisfies StrataOptions;

/** A dimension of the strata. @category Learning */
export type StratumDimension = 'amount' | 'match' | 'returning' | 'sector' | 'age' | 'phone' | 'email';

/** The conditions of a policy rule, as the JSON file writes them. */
export type RuleConditions = NonNullable<PolicyInput['rules'][number]['when']>;

/** One dimension: its values (labels, in order) and how a signal and a set of values map to it. */
export interface Dimension {
  readonly key: StratumDimension;
  /** Value labels, in order (ordered dimensions merge only neighbouring values). */
  readonly values: readonly string[];
  readonly ordered: boolean;
  /** Index of the value no condition can select on its own (an unknown age), or -1. */
  readonly unknown: number;
  /** The value index of a signal. */
  valueOf(input: TriageInput): number;
  /** Conditions selecting exactly these value indexes (known values only; all values give none). */
  when(indexes: readonly number[]): RuleConditions;
  /** The value in words. */
  label(index: number): LocalizedText;
}

/** The strata of a scheme: its dimensions, and the cell (value index per dimension) of a signal. */
export interface Strata {
  readonly dimensions: readonly Dimension[];
  /** The options the scheme was built from, with every dimension resolved. */
  readonly options: StrataOptions;
}

const YES_NO = ['yes', 'no'] as const;

function flagDimension(
  key: StratumDimension,
  has: (input: TriageInput) => boolean,
  when: (value: boolean) => RuleConditions,
  words: { yes: LocalizedText; no: LocalizedText },
): Dimension {
  return {
    key,
    values: YES_NO,
    ordered: false,
    unknown: -1,
    valueOf: (input) => (has(input) ? 0 : 1),
    when: (indexes) => (indexes.length === 1 ? when(indexes[0] === 0) : {}),
    label: (index) => (index === 0 ? words.yes : words.no),
  };
}

/** Whole euros without cents, else two decimals. */
const euros = (cents: number): string => (cents % 100 === 0 ? String(cents / 100) : fromCents(cents));

function amountDimension(cutsEuro: readonly number[], of: 'signal' | 'match-total'): Dimension {
  const cuts = [...new Set(cutsEuro.map((c) => Math.round(c * 100)))].sort((a, b) => a - b);
  const labels = [...cuts, Infinity].map((hi, i) => {
    const lo = i === 0 ? null : cuts[i - 1]!;
    if (lo === null) return `<${euros(hi)}`;
    return hi === Infinity ? `${euros(lo)}+` : `${euros(lo)}-${euros(hi)}`;
  });
  return {
    key: 'amount',
    values: labels,
    ordered: true,
    unknown: -1,
    valueOf(input) {
      const m = input.context?.match;
      const cents = toCents(of === 'match-total' && m?.isMatch && m.totalAmount !== undefined ? m.totalAmount : input.signal.arrears.total);
      let band = 0;
      while (band < cuts.length && cents >= cuts[band]!) band++;
      return band;
    },
    when(indexes) {
      const lo = Math.min(...indexes);
      const hi = Math.max(...indexes);
      if (lo === 0 && hi === cuts.length) return {};
      return { amount: { of, ...(lo > 0 ? { atLeast: fromCents(cuts[lo - 1]!) } : {}), ...(hi < cuts.length ? { below: fromCents(cuts[hi]!) } : {}) } };
    },
    label: (index) => text(`bedrag €${labels[index]}`, `amount €${labels[index]}`),
  };
}

function ageDimension(cutsYears: readonly number[]): Dimension {
  const cuts = [...new Set(cutsYears.filter((c) => c > 0))].sort((a, b) => a - b);
  const labels = [...cuts.map((hi, i) => `${i === 0 ? 0 : cuts[i - 1]}-${hi - 1}`), `${cuts[cuts.length - 1] ?? 0}+`, 'unknown'];
  const unknown = labels.length - 1;
  return {
    key: 'age',
    values: labels,
    ordered: true,
    unknown,
    valueOf(input) {
      const age = input.context?.ageYears;
      if (age === undefined) return unknown;
      let band = 0;
      while (band < cuts.length && age >= cuts[band]!) band++;
      return band;
    },
    when(indexes) {
      const known = indexes.filter((i) => i !== unknown);
      if (known.length === labels.length - 1 && indexes.includes(unknown)) return {};
      const lo = Math.min(...known);
      const hi = Math.max(...known);
      return { age: { atLeast: lo === 0 ? 0 : cuts[lo - 1]!, ...(hi < cuts.length ? { atMost: cuts[hi]! - 1 } : {}) } };
    },
    label: (index) => (index === unknown ? text('leeftijd onbekend', 'age unknown') : text(`${labels[index]} jaar`, `aged ${labels[index]}`)),
  };
}

function sectorDimension(): Dimension {
  return {
    key: 'sector',
    values: SECTORS,
    ordered: false,
    unknown: -1,
    valueOf: (input) => SECTORS.indexOf(input.signal.creditor.sector),
    when: (indexes) => (indexes.length === SECTORS.length ? {} : { sector: [...indexes].sort((a, b) => a - b).map((i) => SECTORS[i]!) }),
    label: (index) => text(SECTOR_NAMES_NL[SECTORS[index]!], SECTORS[index]!),
  };
}

/**
 * Build the strata of a scheme. Throws `RangeError` for a returning window below one month.
 */
export function buildStrata(options: StrataOptions = {}): Strata {
  const o: StrataOptions = { ...DEFAULT_STRATA, ...options };
  const dims: Dimension[] = [];
  if (o.amount) dims.push(amountDimension(o.amount.cuts, o.amount.of ?? 'signal'));
  if (o.match) {
    dims.push(flagDimension('match', (i) => i.context?.match?.isMatch === true, (v) => ({ match: v }), {
      yes: text('match', 'match'), no: text('enkelvoudig', 'single'),
    }));
  }
  if (o.returning) {
    const withinMonths = o.returning.withinMonths;
    if (!(withinMonths >= 1)) throw new RangeError('strata.returning.withinMonths must be 1 or more');
    dims.push(flagDimension('returning', (i) => i.context?.recidivismMonths != null && i.context.recidivismMonths <= withinMonths, (present) => ({ recidivism: { withinMonths, present } }), {
      yes: text(`terugkerend (${withinMonths} mnd)`, `returning (${withinMonths} months)`), no: text('niet terugkerend', 'not returning'),
    }));
  }
  if (o.sector) dims.push(sectorDimension());
  if (o.age) dims.push(ageDimension(o.age.cuts));
  if (o.phone) {
    dims.push(flagDimension('phone', (i) => Boolean(i.signal.debtor.phone), (v) => ({ hasPhone: v }), {
      yes: text('telefoon bekend', 'phone known'), no: text('geen telefoon', 'no phone'),
    }));
  }
  if (o.email) {
    dims.push(flagDimension('email', (i) => Boolean(i.signal.debtor.email), (v) => ({ hasEmail: v }), {
      yes: text('e-mail bekend', 'e-mail known'), no: text('geen e-mail', 'no e-mail'),
    }));
  }
  return { dimensions: dims, options: o };
}

/** The cell of a signal: its value index per dimension. */
export function cellOf(strata: Strata, input: TriageInput): number[] {
  return strata.dimensions.map((d) => d.valueOf(input));
}

/** The stable key of a cell, e.g. `amount=300-500|match=no|sector=energy|…` (an amount band includes its lower bound, not its upper). */
export function keyOf(strata: Strata, cell: readonly number[]): string {
  return strata.dimensions.map((d, i) => `${d.key}=${d.values[cell[i]!]}`).join('|');
}

/** A cell in words, in Dutch and English. */
export function labelOf(strata: Strata, cell: readonly number[]): LocalizedText {
  const parts = strata.dimensions.map((d, i) => d.label(cell[i]!));
  return text(parts.map((p) => p.nl).join(', '), parts.map((p) => p.en).join(', '));
}

/** A cell's values by dimension, e.g. `{ amount: '300-500', sector: 'energy' }`. */
export function valuesOf(strata: Strata, cell: readonly number[]): Readonly<Partial<Record<StratumDimension, string>>> {
  return Object.fromEntries(strata.dimensions.map((d, i) => [d.key, d.values[cell[i]!]!]));
}
