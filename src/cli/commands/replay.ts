import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { createRegisterIndex, parseRegisterRecords } from '../../matching/index.js';
import { UsageError } from '../../model/index.js';
import {
  buildReport, comparePolicies, parseSample, replay, researchFigures,
  type PolicyComparison, type PolicyRef, type ProgressListener, type ReplayFigures, type ResearchFigures, type SampleRecord,
} from '../../replay/index.js';
import { CHANNEL_NAMES, type Capacities, type Channel } from '../../triage/index.js';
import { detectFormat, readAllRecords } from '../io.js';

interface ReplayCliOptions {
  policy: string;
  compare?: string;
  register?: string;
  report?: string;
  asOf?: string;
  format?: string;
  capacity?: string;
}

/** A preset name, or a JSON policy file. */
function policyArg(value: string): PolicyRef {
  return existsSync(value) ? (JSON.parse(readFileSync(value, 'utf8')) as PolicyRef) : (value as PolicyRef);
}

/** `home-visit=30,phone=60` → capacities. */
function capacityArg(value: string | undefined): Capacities | undefined {
  if (!value) return undefined;
  return Object.fromEntries(value.split(',').map((pair) => {
    const [channel, n] = pair.split('=');
    return [channel!.trim(), Number(n)];
  })) as Capacities;
}

/** Read and parse the sample; invalid records are counted and their first errors shown, never dropped silently. */
async function readSample(file: string, format: string | undefined): Promise<SampleRecord[]> {
  const records = await readAllRecords(file, detectFormat(file, format));
  const sample: SampleRecord[] = [];
  const invalid: string[] = [];
  // One item per record, in order: a record that could not be read is given as undefined and reported by its read error.
  for (const item of parseSample(records.map((r) => (r.readError ? undefined : r.value)))) {
    const record = records[item.index]!;
    if (record.readError) invalid.push(`line ${record.line}: ${record.readError}`);
    else if (item.ok) sample.push(item.value);
    else invalid.push(`line ${record.line}: ${item.issues.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  }
  if (invalid.length > 0) {
    process.stderr.write(`${invalid.length} record(s) of ${file} are invalid and not replayed:\n${invalid.slice(0, 10).map((l) => `  ${l}\n`).join('')}`);
    if (invalid.length > 10) process.stderr.write(`  … and ${invalid.length - 10} more\n`);
    process.exitCode = 1;
  }
  return sample;
}

/** A progress bar over the replay's steps, on a TTY only. */
function progressBar(total: number): { listener: ProgressListener | undefined; stop: () => void } {
  if (!process.stderr.isTTY || total < 20_000) return { listener: undefined, stop: () => {} };
  const bar = new cliProgress.SingleBar({ stream: process.stderr, format: 'replay [{bar}] {percentage}% | {step}', hideCursor: true }, cliProgress.Presets.shades_classic);
  bar.start(total, 0, { step: 'reading' });
  return { listener: (step, done) => bar.update(step === 'triage' ? done : bar.getProgress() * total, { step }), stop: () => bar.stop() };
}

const n = (x: number): string => Math.round(x).toLocaleString('en-GB');
const pct = (x: number): string => `${Math.round(x * 100)}%`;
const channelName = (c: string): string => CHANNEL_NAMES[c as Channel]?.en ?? c;

/** The short summary printed after a replay. */
function summary(f: ReplayFigures, research: ResearchFigures | undefined, cmp: PolicyComparison | undefined, asOf: string, synthetic: boolean): string[] {
  const lines = [`Replayed ${n(f.signals)} ${synthetic ? 'SYNTHETIC ' : ''}signals (${f.months[0]} to ${f.months[f.months.length - 1]}) under ${f.policy}, as of ${asOf}`];
  const channels = Object.entries(f.channels).sort((a, b) => b[1] - a[1]);
  lines.push(`  channels: ${channels.map(([c, k]) => `${channelName(c)} ${n(k)}`).join(', ')}`);
  for (const c of f.capacity) {
    lines.push(`  capacity ${channelName(c.channel)}: ${n(c.perMonth)}/month; the rules chose it for up to ${n(Math.max(0, ...c.demand))} in a month; ${n(c.overflow)} moved on when it was full`);
  }
  const register = Object.entries(f.register.outcomes).map(([k, v]) => `${k} ${n(v)}`).join(', ');
  lines.push(`  matches ${n(f.matches.signals)}, crisis ${n(f.crisis.signals)}${register ? `; register: ${register}` : ''}`);
  if (research && research.casesWithOutcome > 0) {
    const back = research.returnAfterClose;
    lines.push(`  outcomes: reach ${pct(research.reachRate)}, help accepted ${pct(research.acceptanceRate)}; signalled again within 90 days of closing: not reached ${pct(back['not-reached'].at[90] ?? 0)}, no help ${pct(back['reached-no-help'].at[90] ?? 0)}, accepted ${pct(back['help-accepted'].at[90] ?? 0)}`);
  }
  if (cmp) {
    const [a, b] = cmp.sides;
    const hv = (s: typeof a) => n(s.capacityNeeded['home-visit'] ?? 0);
    lines.push(`Compared with ${b.replay.figures.policy}: ${n(cmp.changes.length)} signals change channel; expected reach ${pct(a.expected.rate)} → ${pct(b.expected.rate)} (${n(a.expected.reached)} → ${n(b.expected.reached)} residents); home visits asked in the busiest month ${hv(a)} → ${hv(b)}`);
  }
  return lines;
}

/**
 * `vroegsignalering replay SAMPLE --policy P [--compare Q] [--register R] [--report out.html] [--as-of D]`:
 * replay a research sample through the pipeline, print a short summary and write the HTML report.
 */
export function registerReplay(program: Command): void {
  program
    .command('replay')
    .description('replay a research sample (JSONL or CSV) under a policy, optionally compared with another; writes an HTML report')
    .argument('<sample>', 'sample records as JSONL or CSV (see docs/replay.md)')
    .requiredOption('--policy <policy>', 'preset name (M1–M6, above-500-home-visit) or a policy JSON file')
    .option('--compare <policy>', 'a second policy to compare with')
    .option('--register <file>', 'population register extract (JSONL or CSV) to check residents against')
    .option('--report <file>', 'write the HTML report to this file')
    .option('--as-of <date>', 'replay date YYYY-MM-DD (default: the latest signal date)')
    .option('--capacity <list>', 'monthly capacities overriding the policy, e.g. home-visit=30,phone=60')
    .option('--format <format>', 'jsonl or csv (default: from the file extension)')
    .action(async (file: string, options: ReplayCliOptions) => {
      try {
        const sample = await readSample(file, options.format);
        if (sample.length === 0) throw new Error('the sample has no valid records');
        const asOf = options.asOf ?? sample.reduce((max, r) => (r.receivedDate > max ? r.receivedDate : max), sample[0]!.receivedDate);
        const register = options.register
          ? createRegisterIndex(parseRegisterRecords((await readAllRecords(options.register, detectFormat(options.register))).map((r) => r.value)).flatMap((r) => (r.ok ? [r.value] : [])))
          : undefined;
        const progress = progressBar(sample.length);
        const pipeline = { asOf, ...(register ? { register } : {}), ...(progress.listener ? { onProgress: progress.listener } : {}) };
        const capacities = capacityArg(options.capacity);
        const comparison = options.compare
          ? comparePolicies(sample, [policyArg(options.policy), policyArg(options.compare)], { ...pipeline, ...(capacities ? { capacities: [capacities, capacities] } : {}) })
          : undefined;
        const figures = comparison?.sides[0].replay.figures ?? replay(sample, { ...pipeline, policy: policyArg(options.policy), ...(capacities ? { capacities } : {}) }).figures;
        const research = sample.some((r) => r.outcome) ? researchFigures(sample, { asOf }) : undefined;
        progress.stop();
        const synthetic = sample.every((r) => r.synthetic === true);
        const lines = summary(figures, research, comparison, asOf, synthetic);
        if (options.report) {
          writeFileSync(options.report, buildReport({ replay: figures, ...(comparison ? { comparison } : {}), ...(research ? { research } : {}), asOf, sampleLabel: synthetic ? `${file} (synthetic)` : file }));
          lines.push(`Report: ${options.report}`);
        }
        process.stdout.write(`${lines.join('\n')}\n`);
      } catch (error) {
        if (error instanceof UsageError) {
          process.stderr.write(`${error.issues.map((i) => `${i.field}: ${i.message}`).join('\n')}\n`);
          process.exitCode = 2;
          return;
        }
        throw error;
      }
    });
}
