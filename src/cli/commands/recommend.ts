import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { isIsoDate } from '../../model/index.js';
import {
  recommendPolicy, replay, researchFigures, validateTimeSplit,
  type Interval, type LearnableChannel, type Recommendation, type TimeSplitValidation,
} from '../../replay/index.js';
import { CHANNEL_NAMES, type Capacities, type Channel } from '../../triage/index.js';
import { capacityOption, policyOption } from '../options.js';
import { samplePeriod, writeReportFiles, type ReportFileOptions } from '../report-files.js';
import { loadSample } from '../research-input.js';

interface RecommendCliOptions extends ReportFileOptions {
  current: string;
  capacity?: Capacities;
  policyOut?: string;
  historicPolicy?: string;
  objective?: string;
  maxReachLoss?: string;
  untried?: string;
  draws?: string;
  seed?: string;
  recommendationJson?: string;
  timeSplit?: string | boolean;
  asOf?: string;
  format?: string;
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
    `  guards: kept routes ${g.keptRoutes.signals} (${g.keptRoutes.changed} changed); reach floors ${g.floors.filter((f) => f.holds).length} of ${g.floors.length} hold (at most ${g.maxReachLoss} points lost); legal persons ${g.lawful.legalPersons} and ineligible signals ${g.lawful.ineligible}, given a channel: ${g.lawful.assigned}`,
    `  ${t.changes.length} groups change channel; largest gains:`,
    ...t.changes.slice(0, 5).map((c) => `    ${c.label.en}: ${c.gainPerMonth < 0 ? '' : '+'}${num(c.gainPerMonth, 2)} a month; ${c.why.en}`),
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
 * `vroegsignalering recommend SAMPLE|EXPORT --current M4 --capacity home-visit=20,phone=50 --policy-out recommended.json
 * [--report recommend.html]`: learn outcome rates from a sample's history (or the xxllnc export), recommend the policy that
 * helps the most residents within capacity, write it, print the trade-off, and write the report with its
 * recommendation section and figures (`--figures-json`, `--figures-csv`, `--lang`).
 */
export function registerRecommend(program: Command): void {
  program
    .command('recommend')
    .description('learn outcome rates from a research sample or the xxllnc export and recommend the triage policy that helps the most residents within capacity')
    .argument('<sample>', 'sample records with outcomes as JSONL or CSV (see docs/replay.md), or the xxllnc export (.xlsx, or a folder of CSV sheets)')
    .requiredOption('--current <policy>', 'the current policy: a preset (any case) or a policy JSON file')
    .option('--capacity <channel=number,…>', 'monthly capacities over the current policy\'s, e.g. home-visit=20,phone=50 (repeatable)', capacityOption)
    .option('--policy-out <file>', 'write the recommended policy (triage JSON format) to this file')
    .option('--historic-policy <policy>', 'the policy the history ran under, when known (preset or file)')
    .option('--objective <objective>', 'help-accepted (default) or reach')
    .option('--max-reach-loss <points>', 'largest loss of expected reach any age band, sector or amount band may take (default 5)')
    .option('--untried <mode>', 'predict (default) or exclude: channels never tried in a group')
    .option('--draws <n>', 'posterior draws for the intervals (default 1000)')
    .option('--seed <n>', 'seed of the draws (default 1)')
    .option('--report <file>', 'write the HTML report, with the recommendation set against the current policy, to this file')
    .option('--recommendation-json <file>', 'write the trade-off, guards, plan and learned rates as JSON')
    .option('--time-split [date]', 'also learn on the months before DATE (default: the middle month) and compare with what happened after')
    .option('--as-of <date>', 'date for detection YYYY-MM-DD (default: the latest signal date)')
    .option('--format <format>', 'format of a sample file: jsonl or csv (default: from the file extension)')
    .action(async (file: string, options: RecommendCliOptions) => {
      const loaded = await loadSample(file, options.format);
      const sample = loaded.records;
      const period = samplePeriod(sample)!;
      if (options.asOf && !isIsoDate(options.asOf)) throw new Error('--as-of must be a real date YYYY-MM-DD');
      const learn = {
        ...(options.historicPolicy ? { historicPolicy: policyOption(options.historicPolicy) } : {}),
        ...(options.asOf ? { asOf: options.asOf } : {}),
      };
      const current = policyOption(options.current);
      const capacities = options.capacity ?? {};
      const rec = recommendPolicy(sample, {
        ...learn,
        current,
        capacities,
        ...(options.objective ? { objective: options.objective as 'help-accepted' | 'reach' } : {}),
        ...(options.untried ? { untried: options.untried as 'predict' | 'exclude' } : {}),
        ...(options.maxReachLoss ? { guards: { maxReachLoss: Number(options.maxReachLoss) } } : {}),
        simulation: { draws: Number(options.draws ?? 1000), seed: Number(options.seed ?? 1) },
      });
      const lines = summary(rec, loaded.synthetic);
      if (options.timeSplit) {
        lines.push(...splitLines(validateTimeSplit(sample, { ...learn, ...(typeof options.timeSplit === 'string' ? { splitDate: options.timeSplit } : {}) })));
      }
      if (options.policyOut) {
        writeFileSync(options.policyOut, `${JSON.stringify(rec.policy, null, 2)}\n`);
        lines.push(`Policy: ${options.policyOut} (${rec.policy.rules.length} rules; check it with: vroegsignalering policy check ${options.policyOut})`);
      }
      if (options.recommendationJson) {
        const { tradeOff, guards, optimisation, plan, outcomes } = rec;
        writeFileSync(options.recommendationJson, `${JSON.stringify({ tradeOff, guards, optimisation, plan, outcomes }, null, 2)}\n`);
        lines.push(`Recommendation (JSON): ${options.recommendationJson}`);
      }
      if (options.report || options.figuresJson || options.figuresCsv) {
        const asOf = options.asOf ?? period.last;
        const figures = replay(sample, { asOf, policy: current, capacities }).figures;
        const research = sample.some((r) => r.outcome) ? researchFigures(sample, { asOf }) : undefined;
        lines.push(...writeReportFiles(options, {
          replay: figures, asOf, period, sampleLabel: loaded.label, recommendation: rec,
          ...(research ? { research } : {}), ...(loaded.imported ? { xxllnc: loaded.imported } : {}),
        }));
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
