/**
 * The replay report: one self-contained HTML file with inline SVG charts and tables. It loads
 * nothing (no fonts, scripts, images or styles from elsewhere) and runs no script.
 * @module
 */
import type { PolicyComparison } from '../compare.js';
import type { ResearchFigures } from '../research-figures.js';
import type { ReplayFigures } from '../replay-result.js';
import { capacitySection, channelSection, comparisonSection, funnelSection, pipelineSection, researchSection } from './sections.js';
import { escapeXml } from './svg.js';

/** What goes into a report. @category Report */
export interface ReportInput {
  /** The replay under the (first) policy. */
  readonly replay: ReplayFigures;
  /** A comparison with a second policy, when one was made (its first side is `replay`). */
  readonly comparison?: PolicyComparison;
  /** The researchers' figures, when the sample has outcomes. */
  readonly research?: ResearchFigures;
  /** Title (default "Replay report"). */
  readonly title?: string;
  /** What the sample is, e.g. its file name; say "synthetic" when it is. */
  readonly sampleLabel?: string;
  /** The replay date. */
  readonly asOf: string;
}

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:820px;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.4}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{border-bottom:2px solid #0072B2;padding-bottom:.2rem;margin-top:2.2rem}h3{margin-top:1.4rem}
table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f6fa}td:not(:first-child){font-variant-numeric:tabular-nums}.chart{display:block;margin:.8rem 0;max-width:100%;height:auto}
.note{color:#555;font-size:.9rem}.meta{color:#444}.synthetic{background:#fff4d6;border:1px solid #e6c200;padding:.4rem .6rem}`;

/**
 * Build the report as one HTML text: funnel, channels, capacity, the comparison (when given),
 * outcomes and return after close (when the sample has outcomes), and the pipeline's labels,
 * register checks and deadlines. Write it to a file; it opens offline in any browser.
 * @example
 * const html = buildReport({ replay: result.figures, research: researchFigures(sample), asOf: '2024-01-31',
 *   sampleLabel: 'sample-signals.jsonl (synthetic)' });
 * @category Report
 */
export function buildReport(input: ReportInput): string {
  const f = input.replay;
  const title = input.title ?? 'Replay report';
  const synthetic = /synthetic|synthetisch/i.test(input.sampleLabel ?? '');
  const sides = input.comparison ? [f, input.comparison.sides[1].replay.figures] : [f];
  const sections = [
    funnelSection(f, input.research, input.comparison),
    channelSection(f, input.comparison),
    capacitySection(sides),
    input.comparison ? comparisonSection(input.comparison) : '',
    input.research && input.research.casesWithOutcome > 0 ? researchSection(input.research, f) : '',
    pipelineSection(f),
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeXml(title)}</title><style>${STYLE}</style></head><body>
<h1>${escapeXml(title)}</h1>
<p class="meta">Sample: ${escapeXml(input.sampleLabel ?? 'sample')} · ${f.signals.toLocaleString('en-GB')} signals, ${escapeXml(f.months[0] ?? '')} to ${escapeXml(f.months[f.months.length - 1] ?? '')} · policy ${escapeXml(f.policy)}${input.comparison ? ` compared with ${escapeXml(input.comparison.sides[1].replay.figures.policy)}` : ''} · as of ${escapeXml(input.asOf)}</p>
${synthetic ? '<p class="synthetic">This report is made from a SYNTHETIC sample: invented residents and outcomes, shaped after De signaalreis (2023). It shows how the library works, not how any municipality performs.</p>' : ''}
${sections.join('\n')}
<p class="note">Made with the vroegsignalering library (research replay). Sources: De signaalreis (Divosa/NVVK/VNG, 2023), Landelijk Convenant Vroegsignalering, Divosa monitor.</p>
</body></html>
`;
}
