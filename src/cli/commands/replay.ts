import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import {
  comparePolicies, replay, researchFigures, type PolicyComparison, type ContactFigures, type ProgressListener, type ReplayFigures, type ResearchFigures,
} from '../../replay/index.js';
import { CHANNEL_NAMES, type Capacities, type Channel } from '../../triage/index.js';
import { capacityOption, policyOption } from '../options.js';
import { samplePeriod, writeReportFiles, type ReportFileOptions } from '../report-files.js';
import { readRegister } from '../register-input.js';
import { loadSample } from '../research-input.js';

interface ReplayCliOptions extends ReportFileOptions {
  policy: string;
  compare?: string;
  register?: string;
  asOf?: string;
  format?: string;
  capacity?: Capacities;
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

/**
 * The contact plan's lines of the summary: attempts per channel and day (on the days with any:
 * the average and the busiest, against the daily limit), then per channel triage chose the
 * share of plans not completed within capacity.
 */
function contactLines(c: ContactFigures): string[] {
  const lines = [`  contact attempts: ${n(c.attempts)} for ${n(c.signals)} signals${c.fromPolicy ? '' : ' (no contact plan in the policy: one attempt each)'}`];
  for (const l of c.load) {
    const limit = l.perDay === null ? '' : ` (limit ${n(l.perDay)}, reached on ${n(l.fullDays)} days)`;
    lines.push(`    ${channelName(l.channel)}: ${n(l.attempts)} attempts on ${n(l.byDay.length)} days, ${(l.attempts / Math.max(1, l.byDay.length)).toFixed(1)} a day on average, up to ${n(l.busiestDay)} a day${limit}`);
  }
  lines.push(`  plans not completed within capacity: ${c.completion.map((p) => `${channelName(p.channel)} ${pct(p.shareNotWithinCapacity)} of ${n(p.signals)}`).join(', ') || 'none'}`);
  return lines;
}

/** The short summary printed after a replay. */
function summary(f: ReplayFigures, research: ResearchFigures | undefined, cmp: PolicyComparison | undefined, asOf: string, synthetic: boolean): string[] {
  const lines = [`Replayed ${n(f.signals)} ${synthetic ? 'SYNTHETIC ' : ''}signals (${f.months[0]} to ${f.months[f.months.length - 1]}) under ${f.policy}, as of ${asOf}`];
  const channels = Object.entries(f.channels).sort((a, b) => b[1] - a[1]);
  lines.push(`  channels: ${channels.map(([c, k]) => `${channelName(c)} ${n(k)}`).join(', ')}`);
  for (const c of f.capacity) {
    lines.push(`  capacity ${channelName(c.channel)}: ${n(c.perMonth)}/month; the rules chose it for up to ${n(Math.max(0, ...c.demand))} in a month; ${n(c.overflow)} moved on when it was full`);
  }
  lines.push(...contactLines(f.contacts));
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
 * Rejected register records are reported like `match` does (line and field, never the value);
 * a register in which no record can be read is an error (exit 2).
 */
export function registerReplay(program: Command): void {
  program
    .command('replay')
    .description('replay a research sample (JSONL or CSV) under a policy, optionally compared with another; writes an HTML report')
    .argument('<sample>', 'sample records as JSONL or CSV (see docs/replay.md), or the xxllnc export (.xlsx, or a folder of CSV sheets)')
    .requiredOption('--policy <policy>', 'preset name in any case (M1–M6, above-500-home-visit) or a policy JSON file')
    .option('--compare <policy>', 'a second policy to compare with')
    .option('--register <file>', 'population register extract (JSONL or CSV) to check residents against')
    .option('--report <file>', 'write the HTML report to this file')
    .option('--as-of <date>', 'replay date YYYY-MM-DD (default: the latest signal date)')
    .option('--capacity <channel=number,…>', 'monthly capacities overriding the policy, e.g. home-visit=30,phone=60 (repeatable)', capacityOption)
    .option('--format <format>', 'jsonl or csv (default: from the file extension)')
    .action(async (file: string, options: ReplayCliOptions) => {
      const loaded = await loadSample(file, options.format);
      const sample = loaded.records;
      const period = samplePeriod(sample)!;
      const asOf = options.asOf ?? period.last;
      const registerInput = options.register ? await readRegister(options.register) : undefined;
      const register = registerInput?.index;
      const progress = progressBar(sample.length);
      const pipeline = { asOf, ...(register ? { register } : {}), ...(progress.listener ? { onProgress: progress.listener } : {}) };
      const capacities = options.capacity;
      const comparison = options.compare
        ? comparePolicies(sample, [policyOption(options.policy), policyOption(options.compare)], { ...pipeline, ...(capacities ? { capacities: [capacities, capacities] } : {}) })
        : undefined;
      const figures = comparison?.sides[0].replay.figures ?? replay(sample, { ...pipeline, policy: policyOption(options.policy), ...(capacities ? { capacities } : {}) }).figures;
      const research = sample.some((r) => r.outcome) ? researchFigures(sample, { asOf }) : undefined;
      progress.stop();
      const lines = summary(figures, research, comparison, asOf, loaded.synthetic);
      if (registerInput) lines.push(`  register: ${n(registerInput.records)} records read, ${n(registerInput.rejected)} rejected${registerInput.rejected ? ' (listed on stderr)' : ''}`);
      lines.push(...writeReportFiles(options, {
        replay: figures, asOf, period, sampleLabel: loaded.label,
        ...(comparison ? { comparison } : {}), ...(research ? { research } : {}), ...(loaded.imported ? { xxllnc: loaded.imported } : {}),
      }));
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
