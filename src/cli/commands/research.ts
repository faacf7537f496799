import type { Command } from 'commander';
import { isIsoDate } from '../../model/index.js';
import { comparePolicies, replay, researchFigures, wilsonInterval, type ResearchFigures } from '../../replay/index.js';
import type { Capacities } from '../../triage/index.js';
import { capacityOption, policyOption } from '../options.js';
import { samplePeriod, writeReportFiles, type ReportFileOptions } from '../report-files.js';
import { loadSample } from '../research-input.js';

interface ResearchCliOptions extends ReportFileOptions {
  policy: string;
  compare?: string;
  capacity?: Capacities;
  asOf?: string;
  format?: string;
}

/** `k of n = 35% (95% CI 33–37%)`. */
function rateLine(k: number, n: number): string {
  const [lo, hi] = wilsonInterval(k, n);
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return `${k.toLocaleString('en-GB')} of ${n.toLocaleString('en-GB')} = ${pct(n === 0 ? 0 : k / n)} (95% CI ${pct(lo)}–${pct(hi)})`;
}

/** The observed answers in a few lines. */
function observedLines(r: ResearchFigures): string[] {
  const o = r.outcomes;
  const n = r.casesWithOutcome;
  if (n === 0) return ['  the sample has no outcomes: only simulated figures'];
  return [
    `  observed, per case with an outcome: picked up ${rateLine(n - o['not-picked-up'].count, n)}`,
    `  reached ${rateLine(o['reached-no-help'].count + o['help-accepted'].count, n)}; help accepted ${rateLine(o['help-accepted'].count, n)}`,
  ];
}

/**
 * `vroegsignalering research SAMPLE|EXPORT --report r.html`: the researchers' figures on a sample
 * with outcomes, or on the xxllnc export directly (an .xlsx workbook or a folder of CSV sheets),
 * set beside a replay under a policy (M4 unless `--policy`), and the report with every figure
 * (`--figures-json`, `--figures-csv`), in Dutch or English (`--lang`).
 */
export function registerResearch(program: Command): void {
  program
    .command('research')
    .description('observed outcomes of a sample or the xxllnc export, beside a simulated policy; writes the report and its figures')
    .argument('<sample>', 'sample records as JSONL or CSV, or the xxllnc export (.xlsx, or a folder of CSV sheets)')
    .option('--policy <policy>', 'the policy to simulate: a preset (any case) or a policy JSON file', 'M4')
    .option('--compare <policy>', 'a second policy to compare with')
    .option('--capacity <channel=number,…>', 'monthly capacities overriding the policies, e.g. home-visit=20,phone=50 (repeatable)', capacityOption)
    .option('--as-of <date>', 'date of the figures, YYYY-MM-DD (default: the latest signal date)')
    .option('--report <file>', 'write the HTML report to this file')
    .option('--format <format>', 'format of a sample file: jsonl or csv (default: from the file extension)')
    .action(async (file: string, options: ResearchCliOptions) => {
      const sample = await loadSample(file, options.format);
      const period = samplePeriod(sample.records)!;
      const asOf = options.asOf ?? period.last;
      if (!isIsoDate(asOf)) throw new Error('--as-of must be a real date YYYY-MM-DD');
      const policy = policyOption(options.policy);
      const capacities = options.capacity;
      const comparison = options.compare
        ? comparePolicies(sample.records, [policy, policyOption(options.compare)], { asOf, ...(capacities ? { capacities: [capacities, capacities] } : {}) })
        : undefined;
      const figures = comparison?.sides[0].replay.figures ?? replay(sample.records, { asOf, policy, ...(capacities ? { capacities } : {}) }).figures;
      const research = researchFigures(sample.records, { asOf });
      const lines = [
        `Research on ${sample.records.length.toLocaleString('en-GB')} ${sample.synthetic ? 'SYNTHETIC ' : ''}signals, ${research.cases.toLocaleString('en-GB')} cases (${period.first} to ${period.last}), as of ${asOf}`,
        ...observedLines(research),
        `  simulated under ${figures.policy}${comparison ? ` and ${comparison.sides[1].replay.figures.policy}` : ''} (not observed; see the report)`,
        ...writeReportFiles(options, {
          replay: figures, research, asOf, period, sampleLabel: sample.label,
          ...(comparison ? { comparison } : {}), ...(sample.imported ? { xxllnc: sample.imported } : {}),
        }),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
