/**
 * Triage benchmark: single-signal evaluation of preset M4 (evaluationsPerSec), against a
 * hand-written if/else of the same rules measured in the same run (the baseline), and a
 * 1,000,000-signal batch with capacities (batchMs). Synthetic, seeded signals.
 */
import { SECTORS, type Sector, type SignalKind } from '../src/model/index.js';
import { compilePolicy, parseTriageInput, PRESETS, triage, triageBatch, type TriageInput } from '../src/triage/index.js';
import { bestRate, heapMB, now, round, seededRandom, type Bench } from './harness.js';

const SIGNALS = 1_000_000;

/** CPU milliseconds used by this process so far (user + system): less sensitive to other processes than wall time. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Synthetic signals with a mix like the study's: mostly health insurers, some matches,
 * recidivists, crises; raw records parsed once with `parseTriageInput` (outside the timed
 * part), so evaluation and batch see what a real pipeline passes.
 */
function syntheticInputs(count: number, seed: number): TriageInput[] {
  const random = seededRandom(seed);
  const sectors: Sector[] = ['health-insurance', 'health-insurance', 'energy', 'water', 'housing', 'housing', 'other'];
  const out = new Array<TriageInput>(count);
  for (let i = 0; i < count; i++) {
    const sector = sectors[Math.floor(random() * sectors.length)]!;
    const r = random();
    const kind: SignalKind = r < 0.02 ? 'eviction-notice' : r < 0.05 ? 'end-of-supply' : r < 0.07 ? 'warm-referral' : 'early';
    const cents = Math.floor(Math.exp(Math.log(1000) + random() * Math.log(500)));
    const day = 1 + Math.floor(random() * 28);
    const phone = random() < 0.85;
    const email = random() < 0.6;
    const signal = {
      id: `S${i}`,
      kind,
      creditor: { id: `C${i % 40}`, sector },
      receivedDate: `2023-03-${day < 10 ? '0' : ''}${day}`,
      debtor: { name: { surname: 'Synthetisch' }, ...(phone ? { phone: '0600000000' } : {}), ...(email ? { email: 'x@example.org' } : {}) },
      address: { postcode: '1234AB', houseNumber: 1 + (i % 200) },
      arrears: { total: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}` },
    };
    const isMatch = random() < 0.15;
    const context = {
      ...(isMatch ? { match: { isMatch, creditorCount: 2, sectors: [sector, SECTORS[Math.floor(random() * 6)]!], totalAmount: `${Math.floor((cents * 2) / 100)}.00` } } : {}),
      recidivismMonths: random() < 0.2 ? 1 + Math.floor(random() * 12) : null,
      knownAtDebtHelp: random() < 0.03,
    };
    const parsed = parseTriageInput({ signal, context });
    if (!parsed.ok) throw new Error('synthetic input does not parse');
    out[i] = parsed.value;
  }
  return out;
}

/** The baseline: M4 written by hand as if/else on the same inputs (De signaalreis, 003, Gemeente 4). */
function m4ByHand(input: TriageInput): string {
  const { signal, context } = input;
  const amount = Math.round(Number(signal.arrears.total) * 100);
  const isMatch = context?.match?.isMatch === true;
  const total = isMatch && context?.match?.totalAmount ? Math.round(Number(context.match.totalAmount) * 100) : amount;
  const recidivist = context?.recidivismMonths != null && context.recidivismMonths <= 6;
  const phone = (c: string) => (signal.debtor.phone ? c : signal.debtor.email ? 'email' : 'card');
  if (signal.kind === 'eviction-notice' || signal.kind === 'end-of-supply') return 'case-director';
  if (context?.knownAtDebtHelp) return 'known-at-debt-help';
  if (total < 10000 && signal.creditor.sector !== 'water') return 'not-picked-up';
  if (isMatch) return 'home-visit';
  if (recidivist && amount > 50000) return 'home-visit';
  if (signal.creditor.sector === 'housing') return phone('phone');
  if (recidivist && amount >= 10000 && amount <= 50000) return phone('phone');
  if (amount > 30000) return phone('phone');
  if (amount <= 30000 && !recidivist) return 'letter';
  if (recidivist && amount < 10000) return 'letter';
  return 'manual-review';
}

const bench: Bench = {
  name: 'triage',
  run() {
    const inputs = syntheticInputs(SIGNALS, 20230301);
    const m4 = compilePolicy(PRESETS.M4);
    const chunk = 200_000;
    let offset = 0;
    let sink = 0;
    const evaluationsPerSec = bestRate(() => {
      for (let i = 0; i < chunk; i++) sink += triage(inputs[(offset + i) % SIGNALS]!, m4).ruleIndex;
      offset = (offset + chunk) % SIGNALS;
      return chunk;
    }, { minMs: 3200, rounds: 8 });
    const baselinePerSec = bestRate(() => {
      for (let i = 0; i < chunk; i++) sink += m4ByHand(inputs[(offset + i) % SIGNALS]!).length;
      offset = (offset + chunk) % SIGNALS;
      return chunk;
    }, { minMs: 3200, rounds: 8 });
    const cpuStart = cpuMs();
    for (let i = 0; i < SIGNALS; i++) sink += triage(inputs[i]!, m4).ruleIndex;
    const evaluationsPerCpuSec = SIGNALS / ((cpuMs() - cpuStart) / 1000);
    const capacities = { 'home-visit': 200_000, phone: 500_000 };
    const runs: number[] = [];
    const cpuRuns: number[] = [];
    let served = 0;
    for (let r = 0; r < 4; r++) {
      const start = now();
      const cpu = cpuMs();
      const results = triageBatch(inputs, m4, { capacities });
      runs.push(now() - start);
      cpuRuns.push(cpuMs() - cpu);
      served = results.length;
    }
    if (served !== SIGNALS || sink === -1) throw new Error('batch lost results');
    return {
      signals: SIGNALS,
      evaluationsPerSec: round(evaluationsPerSec),
      batchMs: round(Math.min(...runs)),
      baselineEvaluationsPerSec: round(baselinePerSec),
      ratioToBaseline: round(evaluationsPerSec / baselinePerSec, 3),
      batchRunsMs: runs.map((x) => round(x)),
      evaluationsPerCpuSec: round(evaluationsPerCpuSec),
      batchCpuMs: round(Math.min(...cpuRuns)),
      batchCapacities: capacities,
      heapMB: round(heapMB()),
    };
  },
};

export default bench;
