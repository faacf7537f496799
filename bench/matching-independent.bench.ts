/**
 * Register matching on the INDEPENDENT evaluation set (issue 13, docs/matching-evaluation.md):
 * a register of Haal Centraal BRP records and creditor signals written separately from the
 * project's own generator, thirteen failure modes in equal shares, matched through the public
 * API as a vendor would (tools/evaluation/matcher-adapter.ts). Never tune the matcher on it.
 * The `matching` bench line carries the same figures as `sets.independent`; this line runs the
 * set alone (quick, without the 1,000,000-record synthetic register).
 *
 * Default size: 200,000 persons, 20,000 signals. Smaller runs:
 *   MATCH_INDEPENDENT_REGISTER=20000 MATCH_INDEPENDENT_SIGNALS=2600 npx tsx bench/run.ts --json --only matching-independent
 * (MATCH_INDEPENDENT_SEED changes the seed; the figures in the docs use the default.)
 *
 * autoLinkRecall: automatic links (decision match) to the right person over the signals whose
 * person is in the register and identifiable from the signal's facts; reviews do not count.
 * reviewShare: signals sent to review over all signals; reviewShareIdentifiable: reviews of
 * signals whose person is identifiable, over all signals (the reviews the matcher could have
 * avoided); reviewsUnidentifiable: reviews of namesakes the facts do not tell apart and of people
 * not in the register. precision: right automatic links over all automatic links. wrongLinks:
 * automatic links to another person, or to anyone for a person not in the register.
 * registerRecordsAdapted: Haal Centraal records the register parser refused as the API writes
 * them and took after the adapter's workaround.
 */
import { buildEvaluationSet, evaluate, type ModeFigures } from '../tools/evaluation/index.js';
import { indexRegister, matchParsed, parseSignals } from '../tools/evaluation/matcher-adapter.js';
import { now, round, type Bench } from './harness.js';

/** A ratio for the JSON line; null stays null (no signals of that kind). */
const ratio = (value: number | null): number | null => (value === null ? null : round(value));

/** Size and seed of an independent run. */
export interface IndependentRun {
  readonly persons: number;
  readonly signals: number;
  readonly seed: number;
}

/** The run the bench lines use: 200,000 persons and 20,000 signals unless the environment says otherwise. */
export const INDEPENDENT_RUN: IndependentRun = {
  persons: Number(process.env['MATCH_INDEPENDENT_REGISTER'] ?? 200_000),
  signals: Number(process.env['MATCH_INDEPENDENT_SIGNALS'] ?? 20_000),
  seed: Number(process.env['MATCH_INDEPENDENT_SEED'] ?? 20260413),
};

/** The issue-13 figures of the independent set (see the module comment); timings go to stderr. */
export function independentFigures(run: IndependentRun = INDEPENDENT_RUN) {
  const started = now();
  const set = buildEvaluationSet({ persons: run.persons, signals: run.signals, seed: run.seed });
  const generated = now();
  const register = indexRegister(set.register);
  const signals = parseSignals(set.signals);
  const indexed = now();
  const outcomes = matchParsed(register, set.signals, signals.parsed);
  const matched = now();
  const figures = evaluate(set.truth, outcomes);
  const identifiableReviews = outcomes.filter((o, i) => o.decision === 'review' && set.truth[i]!.identifiable).length;
  process.stderr.write(
    `matching-independent: ${figures.links} automatic links (${figures.wrongLinks} wrong), ${figures.reviews} reviews of ${figures.signals} signals; ` +
      `${register.adapted} register records needed the date workaround (${register.refusedFields.join(', ') || 'none'}), ${register.rejected} refused, ` +
      `${signals.rejected} signals refused; generate ${Math.round(generated - started)} ms, parse+index ${Math.round(indexed - generated)} ms, match ${Math.round(matched - indexed)} ms\n`,
  );
  const byMode = Object.fromEntries(
    Object.entries(figures.byMode).map(([mode, f]: [string, ModeFigures]) => [
      mode,
      { autoLinkRecall: ratio(f.autoLinkRecall), reviewShare: ratio(f.reviewShare), wrongLinks: f.wrongLinks },
    ]),
  );
  return {
    registerSize: run.persons,
    signals: figures.signals,
    autoLinkRecall: ratio(figures.autoLinkRecall),
    reviewShare: ratio(figures.reviewShare),
    reviewShareIdentifiable: ratio(identifiableReviews / figures.signals),
    reviewsUnidentifiable: figures.reviews - identifiableReviews,
    precision: ratio(figures.precision),
    wrongLinks: figures.wrongLinks,
    registerRecordsAdapted: register.adapted,
    byMode,
  };
}

const bench: Bench = {
  name: 'matching-independent',
  run: () => independentFigures(),
};

export default bench;
