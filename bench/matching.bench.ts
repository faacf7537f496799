/**
 * Register matching bench (issue 4): a synthetic register with known truth, signals with one
 * failure mode each, the fuzzy matcher against a plain exact check (name + birth date + address)
 * in the same run.
 *
 * Full size (1,000,000 persons, 100,000 signals) needs a large heap and exposed GC:
 *   node --expose-gc --max-old-space-size=8192 --import tsx bench/run.ts --json --only matching
 * Smaller runs: MATCH_BENCH_REGISTER=100000 MATCH_BENCH_SIGNALS=20000 npx tsx bench/run.ts --json --only matching
 *
 * recall: true residents recovered (decision match or review with the right person among the
 * candidates) over all signals about registered people; recallByMode: the same per failure mode;
 * precision: confident links (decision match) to the right person over all confident links.
 * heapMBPerMillion: heap growth for the register records plus the index, per million records.
 *
 * sets: the issue-13 figures per evaluation set, each on signals with every failure mode in equal
 * shares (MATCH_BENCH_PER_MODE signals each, default 1,000): autoLinkRecall (decision match to the
 * right person, over signals whose person is identifiable), reviewShare (decision review over all
 * signals), reviewShareIdentifiable (reviews of signals whose person is identifiable, over all signals:
 * the reviews the matcher could have avoided) and reviewsUnidentifiable (reviews of namesakes with
 * 1-1-2000 and of people not registered), precision, wrongLinks, and per mode { autoLinkRecall,
 * reviewShare, wrongLinks } (mode `namesake-placeholder-year` labels the namesakes dated 1 January
 * of their own birth year, which that year tells apart);
 * contradictions: how often a field at a contradicting level held back a candidate whose total
 * reached the match threshold, split by whether that candidate was the right person (a link the
 * rule cost) or not (a wrong link it prevented). `synthetic` is tools/synthetic; `independent` is the
 * independent set (tools/evaluation, bench/matching-independent.bench.ts: 200,000 persons, 20,000
 * signals, its own register), never used for tuning; its own bench line runs it alone.
 * em: u from random signal–record pairs and m with EM on the unlabelled candidate pairs of the default
 * run (the generator's truth is not used), next to the defaults in docs/matching.md.
 *
 * Timing: signalsPerSec, exactBaselineSignalsPerSec and indexBuildMsPerMillion are measured in
 * CPU time of this process (process.cpuUsage, user + system, all its threads incl. GC helpers),
 * which is what "on one core" means and is far less distorted than wall time when other jobs
 * share the machine. Wall-time figures of the same runs go to stderr.
 */
import { parseSignal, type Signal } from '../src/model/index.js';
import {
  compareRecords, createRegisterIndex, DEFAULT_MATCH_PARAMETERS, estimateParameters, estimateU, LEVELS_OF, MATCH_FIELDS, matchSignals,
  type FieldLevels, type MatchField, type MatchResult, type RegisterIndex, type RegisterRecord,
} from '../src/matching/index.js';
import { foldText } from '../src/matching/internal.js';
import { generatePeople } from '../tools/synthetic/people.js';
import {
  EVALUATION_MODE_SHARES, generateSignals, toRegisterRecord, UNIDENTIFIABLE_MODES, type SyntheticSignal,
} from '../tools/synthetic/register.js';
import { heapMB, now, round, type Bench } from './harness.js';
import { independentFigures } from './matching-independent.bench.js';

/** CPU milliseconds used by this process since `since` (user + system). */
function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

const REGISTER_SIZE = Number(process.env['MATCH_BENCH_REGISTER'] ?? 1_000_000);
const SIGNAL_COUNT = Number(process.env['MATCH_BENCH_SIGNALS'] ?? 100_000);
const PER_MODE = Number(process.env['MATCH_BENCH_PER_MODE'] ?? 1_000);

/** A signal of an evaluation set: the raw record, its truth (register position or null) and its failure mode. */
export interface EvaluationSignal {
  readonly input: unknown;
  readonly truth: number | null;
  readonly mode: string;
  /** Whether the person can be told apart from everyone else (false: review or no match is right). */
  readonly identifiable: boolean;
}

const r4 = (x: number) => round(x, 4);

/** The issue-13 figures of one evaluation set against an index of its register. */
export function evaluate(index: RegisterIndex, signals: readonly EvaluationSignal[], matchThreshold = DEFAULT_MATCH_PARAMETERS.matchThreshold) {
  const items = matchSignals(signals.map((s) => s.input), index);
  type Tally = { n: number; identifiable: number; linked: number; reviews: number; identifiableReviews: number; wrong: number };
  const blank = (): Tally => ({ n: 0, identifiable: 0, linked: 0, reviews: 0, identifiableReviews: 0, wrong: 0 });
  const all = blank();
  const byMode: Record<string, Tally> = {};
  let links = 0;
  const contradictions = { heldBack: 0, rightPersonHeldBack: 0, wrongLinksPrevented: 0, byField: {} as Record<string, [right: number, wrong: number]> };
  signals.forEach((s, i) => {
    const item = items[i]!;
    if (!item.ok) throw new Error(`evaluation signal ${i} unreadable: ${item.issues[0]?.field}`);
    const r = item.value;
    const t = (byMode[s.mode] ??= blank());
    for (const x of [all, t]) {
      x.n++;
      if (s.identifiable) x.identifiable++;
      if (r.decision === 'review') x.reviews++;
      if (r.decision === 'review' && s.identifiable) x.identifiableReviews++;
      if (r.decision === 'match' && r.person?.recordIndex === s.truth && s.identifiable) x.linked++;
      if (r.decision === 'match' && r.person?.recordIndex !== s.truth) x.wrong++;
    }
    if (r.decision === 'match') links++;
    const best = r.candidates[0];
    if (r.decision === 'review' && r.outcome !== 'ambiguous' && best !== undefined && best.contradictions.length > 0 && best.weight >= matchThreshold) {
      contradictions.heldBack++;
      const right = best.recordIndex === s.truth;
      if (right) contradictions.rightPersonHeldBack++;
      else contradictions.wrongLinksPrevented++;
      const field = best.contradictions.join('+');
      const counts = (contradictions.byField[field] ??= [0, 0]);
      counts[right ? 0 : 1]++;
    }
  });
  const figures = (t: Tally) => ({
    autoLinkRecall: t.identifiable === 0 ? null : r4(t.linked / t.identifiable),
    reviewShare: r4(t.reviews / t.n),
    wrongLinks: t.wrong,
  });
  return {
    signals: signals.length,
    ...figures(all),
    // Reviews of signals the generator makes genuinely ambiguous (namesakes with 1-1-2000) or about people not registered
    // are kept apart: reviewShareIdentifiable counts only reviews of signals whose person can be told apart.
    reviewShareIdentifiable: r4(all.identifiableReviews / all.n),
    reviewsUnidentifiable: all.reviews - all.identifiableReviews,
    precision: r4(links === 0 ? 1 : (links - all.wrong) / links),
    byMode: Object.fromEntries(Object.entries(byMode).sort().map(([m, t]) => [m, figures(t)])),
    contradictions,
  };
}

/** The pairs with the fields a blocking rule selected on set to `unknown`: EM cannot learn those fields' m from them. */
function without(pairs: readonly FieldLevels[], fields: readonly MatchField[]): FieldLevels[] {
  return pairs.map((p) => ({ ...p, ...Object.fromEntries(fields.map((f) => [f, 'unknown'])) }) as FieldLevels);
}

/**
 * m and u estimated without the generator's truth, as Splink does: u from random signal–record
 * pairs (nearly all different people), then m with EM on the unlabelled candidate pairs of the run
 * (the levels of every listed candidate), u held fixed, one pass per blocking rule, each leaving out
 * the fields its pairs share by selection or by household: pairs at the signalled address (pass A:
 * given names and birth date; surname and address are shared by whole families) and pairs with the
 * same birth date (pass B: surname and address). Rounded, with the estimated share of matches.
 */
function emEstimate(signals: readonly Signal[], records: readonly RegisterRecord[], candidatePairs: readonly FieldLevels[]) {
  const randomPairs: FieldLevels[] = [];
  for (let i = 0; i < Math.min(signals.length, 5000); i++) {
    for (let k = 1; k <= 4; k++) randomPairs.push(compareRecords(signals[i]!, records[(i * 7919 + k * 104729) % records.length]!).levels);
  }
  const withU = estimateU(randomPairs);
  const atAddress = candidatePairs.filter((p) => p.address === 'exact' || p.address === 'same-house-number');
  const passA = estimateParameters(without(atAddress, ['address', 'surname']), { start: withU, fixU: MATCH_FIELDS });
  const byBirthDate = candidatePairs.filter((p) => p.birthDate === 'exact');
  const passB = estimateParameters(without(byBirthDate, ['birthDate', 'givenNames']), { start: withU, fixU: MATCH_FIELDS });
  const fromB: readonly MatchField[] = ['surname', 'address'];
  const table = Object.fromEntries(
    MATCH_FIELDS.map((field) => [
      field,
      Object.fromEntries(
        LEVELS_OF[field].filter((l) => l !== 'unknown').map((level) => {
          const from = fromB.includes(field) ? passB : passA;
          const p = (from.parameters.levels[field] as Record<string, { m: number; u: number }>)[level]!;
          return [level, { m: round(p.m, 3), u: round(p.u, 3) }];
        }),
      ),
    ]),
  );
  return {
    candidatePairs: candidatePairs.length,
    randomPairs: randomPairs.length,
    matchShareAtAddress: round(passA.matchShare, 3),
    matchShareByBirthDate: round(passB.matchShare, 3),
    converged: passA.converged && passB.converged,
    levels: table,
  };
}

/** The exact check today's automatic BRP link does: folded full name + birth date + address. */
function exactKey(name: { givenNames?: string | undefined; surnamePrefix?: string | undefined; surname?: string | undefined }, birth: string, postcode: string, houseNumber: number, addition: string): string {
  const f = (s: string | undefined) => foldText(s ?? '').trim();
  return `${f(name.givenNames)}|${f(name.surnamePrefix)}|${f(name.surname)}|${birth}|${postcode}|${houseNumber}|${f(addition)}`;
}

function recordKey(r: RegisterRecord): string {
  const d = r.geboorte.datum;
  const v = r.verblijfplaats;
  return exactKey(
    { givenNames: r.naam.voornamen, surnamePrefix: r.naam.voorvoegsel, surname: r.naam.geslachtsnaam },
    `${d.year}-${d.month}-${d.day}`,
    v?.postcode ?? '',
    Number(v?.huisnummer ?? 0),
    `${v?.huisletter ?? ''}${v?.huisnummertoevoeging ?? ''}`,
  );
}

function signalKey(s: Signal): string {
  const d = s.debtor.birthDate;
  return exactKey(s.debtor.name, d ? `${d.year}-${d.month}-${d.day}` : '', s.address.postcode, s.address.houseNumber, `${s.address.houseLetter ?? ''}${s.address.houseNumberAddition ?? ''}`);
}

function recovered(result: MatchResult, truth: number | null): boolean {
  return truth !== null && result.decision !== 'no-match' && result.candidates.some((c) => c.recordIndex === truth);
}

const bench: Bench = {
  name: 'matching',
  run() {
    const people = generatePeople({ count: REGISTER_SIZE, seed: 20260401 });
    // The generator's date typos can make an impossible date (31 April); such a signal is refused by
    // parseSignal before matching, so it is left out here and counted (`generatorSignalsRefused`).
    const generated: SyntheticSignal[] = generateSignals(people, { count: SIGNAL_COUNT, seed: 7 });
    const synthetic = generated.filter((s) => parseSignal(s.input).ok);
    const signals = synthetic.map((s) => {
      const parsed = parseSignal(s.input);
      if (!parsed.ok) throw new Error(`synthetic signal invalid: ${parsed.issues[0]?.field}`);
      return parsed.value;
    });
    const heapBefore = heapMB();
    const records = people.map(toRegisterRecord);
    heapMB(); // settle the heap (GC) so that the build is not charged for promoting the records just made
    const buildStart = now();
    const buildCpu = process.cpuUsage();
    const index = createRegisterIndex(records);
    const buildMs = cpuMs(buildCpu);
    const buildWallMs = now() - buildStart;
    const heapAfter = heapMB();
    const perMillion = REGISTER_SIZE / 1e6;

    let results: MatchResult[] = [];
    let bestRate = 0;
    let bestWallRate = 0;
    for (let round_ = 0; round_ < 3; round_++) {
      const start = now();
      const cpu = process.cpuUsage();
      results = matchSignals(signals, index).map((item) => {
        if (!item.ok) throw new Error('synthetic signal invalid');
        return item.value;
      });
      bestRate = Math.max(bestRate, signals.length / (cpuMs(cpu) / 1000));
      bestWallRate = Math.max(bestWallRate, signals.length / ((now() - start) / 1000));
    }

    const exact = new Map<string, number>();
    records.forEach((r, i) => exact.set(recordKey(r), i));
    let exactRate = 0;
    let exactWallRate = 0;
    const exactFound = new Int32Array(signals.length);
    for (let round_ = 0; round_ < 3; round_++) {
      const start = now();
      const cpu = process.cpuUsage();
      for (let i = 0; i < signals.length; i++) exactFound[i] = exact.get(signalKey(signals[i]!)) ?? -1;
      exactRate = Math.max(exactRate, signals.length / (cpuMs(cpu) / 1000));
      exactWallRate = Math.max(exactWallRate, signals.length / ((now() - start) / 1000));
    }

    const evaluationGenerated = generateSignals(people, { count: PER_MODE * Object.keys(EVALUATION_MODE_SHARES).length, seed: 13, shares: EVALUATION_MODE_SHARES });
    const evaluationSignals: EvaluationSignal[] = evaluationGenerated
      .filter((s) => parseSignal(s.input).ok)
      .map((s) => ({ input: s.input, truth: s.truth, mode: s.mode, identifiable: s.truth !== null && !UNIDENTIFIABLE_MODES.includes(s.mode) }));
    const sets = { synthetic: evaluate(index, evaluationSignals), independent: independentFigures() };
    const em = emEstimate(signals, records, results.flatMap((r) => r.candidates.map((c) => c.levels)));

    const byMode: Record<string, [number, number]> = {};
    let identifiable = 0;
    let found = 0;
    let exactFoundCount = 0;
    let links = 0;
    let rightLinks = 0;
    let reviews = 0;
    synthetic.forEach((s, i) => {
      const r = results[i]!;
      if (r.decision === 'review') reviews++;
      if (r.decision === 'match') {
        links++;
        if (r.person?.recordIndex === s.truth) rightLinks++;
      }
      if (s.truth === null) return;
      identifiable++;
      const ok = recovered(r, s.truth);
      if (ok) found++;
      if (exactFound[i] === s.truth) exactFoundCount++;
      const e = (byMode[s.mode] ??= [0, 0]);
      e[1]++;
      if (ok) e[0]++;
    });
    process.stderr.write(
      `matching: ${reviews} of ${signals.length} signals to review, ${links} confident links; wall time: ` +
        `${Math.round(bestWallRate)} signals/s (exact baseline ${Math.round(exactWallRate)}/s), index build ${Math.round(buildWallMs)} ms\n`,
    );
    return {
      registerSize: REGISTER_SIZE,
      signals: signals.length,
      generatorSignalsRefused: generated.length - synthetic.length + evaluationGenerated.length - evaluationSignals.length,
      recall: round(found / identifiable),
      precision: round(links === 0 ? 1 : rightLinks / links),
      recallByMode: Object.fromEntries(Object.entries(byMode).sort().map(([m, [a, b]]) => [m, round(a / b)])),
      exactBaselineRecall: round(exactFoundCount / identifiable),
      signalsPerSec: Math.round(bestRate),
      exactBaselineSignalsPerSec: Math.round(exactRate),
      indexBuildMsPerMillion: Math.round(buildMs / perMillion),
      heapMBPerMillion: Math.round((heapAfter - heapBefore) / perMillion),
      sets,
      em,
    };
  },
};

export default bench;
