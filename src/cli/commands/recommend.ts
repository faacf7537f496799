import { existsSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  parseSampleRecord, recommendPolicy, validateTimeSplit,
  type Interval, type LearnableChannel, type PolicyRef, type Recommendation, type SampleRecord, type TimeSplitValidation,
} from '../../replay/index.js';
import { CHANNEL_NAMES, CHANNELS, type Capacities, type Channel } from '../../triage/index.js';
import { detectFormat, readAllRecords, readJsonFile } from '../io.js';

interface RecommendCliOptions {
  current: string;
  capacity: string[];
  policyOut?: string;
  historicPolicy?: string;
  objective?: string;
  maxReachLoss?: string;
  untried?: string;
  draws?: string;
  seed?: string;
  figuresJson?: string;
  timeSplit?: string | boolean;
  asOf?: string;
  format?: string;
}

/** A preset name as given, or the parsed JSON of a policy file. */
function policyRef(value: string): PolicyRef {
  return (existsSync(value) ? readJsonFile(value, 'Policy') : value) as PolicyRef;
}

/** Every `--capacity` value (repeatable, or comma-separated): `home-visit=20,phone=50`. */
function capacities(values: readonly string[]): Capacities {
  const out: Record<string, number> = {};
  for (const pair of values.flatMap((v) => v.split(','))) {
    const m = /^\s*([a-z-]+)\s*=\s*(\d+)\s*$/.exec(pair);
    if (!m || !CHANNELS.includes(m[1] as Channel)) throw new Error(`--capacity expects CHANNEL=NUMBER, channels: ${CHANNELS.join(', ')}`);
    out[m[1]!] = Number(m[2]);
  }
  return out as Capacities;
}

/** The sample's valid records; invalid ones are counted on stderr with their line (exit code 1), never dropped silently. */
async function sampleOf(file: string, format: string | undefined): Promise<SampleRecord[]> {
  const valid: SampleRecord[] = [];
  const problems: string[] = [];
  for (const row of await readAllRecords(file, detectFormat(file, format))) {
    const result = row.readError ? null : parseSampleRecord(row.value);
    if (result?.ok) valid.push(result.value);
    else problems.push(`line ${row.line}: ${row.readError ?? result!.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
  }
  if (problems.length > 0) {
    process.stderr.write(`${problems.length} record(s) of ${file} are invalid and left out:\n${problems.slice(0, 10).map((p) => `  ${p}\n`).join('')}`);
    process.exitCode = 1;
  }
  return valid;
}

const num = (x: number, digits = 1): string => x.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const pct = (x: number): string => `${num(x * 100)}%`;
const interval = (i: Interval, show: (x: number) => string = num): string => `${show(i.mean)} [${show(i.lo)}, ${show(i.hi)}]`;
const channelName = (c: string): string => CHANNEL_NAMES[c as Channel]?.en ?? c;

/** The summary printed after a recommendation. */
function summary(rec: Recommendation, synthetic: boolean): string[] {
  const { tradeOff: t, guards: g, outcomes: o } = rec;
  const months = o.population.months;
  const lines = [
    `Learned from ${o.population.cases.toLocaleString('en-GB')} ${synthetic ? 'SYNTHETIC ' : ''}cases (${months[0]} to ${months[months.length - 1]}); adjustment: ${o.adjustment.method}${o.adjustment.policy ? ` (${o.adjustment.policy})` : ''}`,
    `  residents helped per month: current ${interval(t.helped.current)} -> recommended ${interval(t.helped.recommended)}; difference ${interval(t.helped.difference)}, better in ${pct(t.helped.probabilityBetter)} of ${t.draws} draws`,
    `  residents reached per month: current ${interval(t.reached.current)} -> recommended ${interval(t.reached.recommended)}`,
  ];
  for (const c of t.channels.filter((x) => x.capacityPerMonth !== null)) {
    lines.push(`  ${channelName(c.channel)}: ${num(c.current.perMonth)} -> ${num(c.recommended.perMonth)} a month of ${c.capacityPerMonth} (busiest month ${c.recommended.busiestMonth}; ${c.recommended.overflow} moved on when full; one more a month adds ${num(c.shadowPrice, 3)})`);
  }
  lines.push(
    `  guards: kept routes ${g.keptRoutes.signals} (${g.keptRoutes.changed} changed); reach floors ${g.floors.filter((f) => f.holds).length} of ${g.floors.length} hold (at most ${g.maxReachLoss} points lost); legal persons and ineligible signals without a channel: ${g.lawful.legalPersons + g.lawful.ineligible}`,
    `  ${t.changes.length} groups change channel; largest gains:`,
    ...t.changes.slice(0, 5).map((c) => `    ${c.label.en}: +${num(c.gainPerMonth, 2)} a month; ${c.why.en}`),
  );
  if (t.coverage.extrapolated.current + t.coverage.extrapolated.recommended > 0) {
    lines.push(`  valued by prediction (channel never tried in the group): current ${t.coverage.extrapolated.current}, recommended ${t.coverage.extrapolated.recommended} signals`);
  }
  return lines;
}

/** The time split printed per channel. */
function splitLines(v: TimeSplitValidation): string[] {
  const lines = [`Time split at ${v.splitDate}: learned on ${v.pastCases} cases (${v.pastMonths[0]} to ${v.pastMonths[v.pastMonths.length - 1]}), tested on ${v.futureCases}`];
  for (const c of v.channels.filter((x) => x.futureCases > 0)) {
    const h = c.helpAccepted;
    lines.push(`  ${channelName(c.channel as LearnableChannel)}: help accepted learned ${interval(h.learned!, pct)}, observed ${interval(h.observed!, pct)} in ${c.futureCases} cases${h.consistent ? '' : ' (outside the prediction)'}`);
  }
  return lines;
}

/**
 * `vroegsignalering recommend SAMPLE --current M4 --capacity home-visit=20,phone=50 --policy-out recommended.json`:
 * learn outcome rates from a sample's history, recommend the policy that helps the most residents
 * within capacity, write it, and print the trade-off.
 */
export function registerRecommend(program: Command): void {
  program
    .command('recommend')
    .description('learn outcome rates from a research sample and recommend the triage policy that helps the most residents within capacity')
    .argument('<sample>', 'sample records with outcomes, as JSONL or CSV (see docs/replay.md)')
    .requiredOption('--current <policy>', 'the current policy: preset name (M1–M6, above-500-home-visit) or a policy JSON file')
    .option('--capacity <list>', 'monthly capacities, e.g. home-visit=20,phone=50 (repeatable)', (v: string, acc: string[]) => [...acc, v], [])
    .option('--policy-out <file>', 'write the recommended policy (triage JSON format) to this file')
    .option('--historic-policy <policy>', 'the policy the history ran under, when known (preset or file)')
    .option('--objective <objective>', 'help-accepted (default) or reach')
    .option('--max-reach-loss <points>', 'largest loss of expected reach any age band, sector or amount band may take (default 5)')
    .option('--untried <mode>', 'predict (default) or exclude: channels never tried in a group')
    .option('--draws <n>', 'posterior draws for the intervals (default 1000)')
    .option('--seed <n>', 'seed of the draws (default 1)')
    .option('--figures-json <file>', 'write the trade-off, guards, plan and learned rates as JSON')
    .option('--time-split [date]', 'also learn on the months before DATE (default: the middle month) and compare with what happened after')
    .option('--as-of <date>', 'date for detection YYYY-MM-DD (default: the latest signal date)')
    .option('--format <format>', 'jsonl or csv (default: from the file extension)')
    .action(async (file: string, options: RecommendCliOptions) => {
      const sample = await sampleOf(file, options.format);
      if (sample.length === 0) throw new Error('the sample has no valid records');
      const learn = {
        ...(options.historicPolicy ? { historicPolicy: policyRef(options.historicPolicy) } : {}),
        ...(options.asOf ? { asOf: options.asOf } : {}),
      };
      const rec = recommendPolicy(sample, {
        ...learn,
        current: policyRef(options.current),
        capacities: capacities(options.capacity),
        ...(options.objective ? { objective: options.objective as 'help-accepted' | 'reach' } : {}),
        ...(options.untried ? { untried: options.untried as 'predict' | 'exclude' } : {}),
        ...(options.maxReachLoss ? { guards: { maxReachLoss: Number(options.maxReachLoss) } } : {}),
        simulation: { draws: Number(options.draws ?? 1000), seed: Number(options.seed ?? 1) },
      });
      const lines = summary(rec, sample.every((r) => r.synthetic === true));
      if (options.timeSplit) {
        lines.push(...splitLines(validateTimeSplit(sample, { ...learn, ...(typeof options.timeSplit === 'string' ? { splitDate: options.timeSplit } : {}) })));
      }
      if (options.policyOut) {
        writeFileSync(options.policyOut, `${JSON.stringify(rec.policy, null, 2)}\n`);
        lines.push(`Policy: ${options.policyOut} (${rec.policy.rules.length} rules; check it with: vroegsignalering policy check ${options.policyOut})`);
      }
      if (options.figuresJson) {
        const { tradeOff, guards, optimisation, plan, outcomes } = rec;
        writeFileSync(options.figuresJson, `${JSON.stringify({ tradeOff, guards, optimisation, plan, outcomes }, null, 2)}\n`);
        lines.push(`Figures: ${options.figuresJson}`);
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
