/**
 * The replay report: one self-contained HTML file with inline SVG charts and tables, in one
 * language. It loads nothing (no fonts, scripts, images or styles from elsewhere) and runs no
 * script. Observed and simulated figures are kept apart; every rate shows its n and interval;
 * every number is also in the figures export ({@link renderReport}).
 * @module
 */
import { SOURCES } from '../../model/index.js';
import type { PolicyComparison } from '../compare.js';
import { DEFAULT_REACH_ASSUMPTIONS, type ReachAssumptions } from '../reach-assumptions.js';
import type { ResearchFigures } from '../research-figures.js';
import type { ReplayFigures } from '../replay-result.js';
import { XXLLNC_SHEETS } from '../xxllnc-columns.js';
import type { XxllncImport } from '../xxllnc-import.js';
import { createContext, esc, section, table, type ReportContext, type SamplePeriod } from './context.js';
import type { ReportFigure } from './figures.js';
import { formatNumber, monthLabel, type ReportLanguage } from './i18n.js';
import { observedFunnelSection, outcomesSection, reconcileSection, returnSection } from './observed.js';
import { recommendationSection, type ReportRecommendation } from './recommendation.js';
import { assumptionsSection, capacitySection, channelSection, comparisonSection, pipelineSection, simulatedFunnelSection } from './simulated.js';

/** What goes into a report. @category Report */
export interface ReportInput {
  /** The replay under the (first) policy. */
  readonly replay: ReplayFigures;
  /** A comparison with a second policy, when one was made (its first side is `replay`). */
  readonly comparison?: PolicyComparison;
  /** The researchers' figures, when the sample has outcomes. */
  readonly research?: ResearchFigures;
  /** Title (default: "Onderzoeksrapport vroegsignalering" / "Early signalling research report"). */
  readonly title?: string;
  /** What the sample is, e.g. its file name; say "synthetic" when it is. */
  readonly sampleLabel?: string;
  /** The replay date. */
  readonly asOf: string;
  /** The report's language: `nl` (default) or `en`. */
  readonly lang?: ReportLanguage;
  /** The first and last signal date; months it covers for less than 90% of their days are marked incomplete. */
  readonly period?: SamplePeriod;
  /** The reach assumptions of the expectations (default: the comparison's, else {@link DEFAULT_REACH_ASSUMPTIONS}). */
  readonly assumptions?: ReachAssumptions;
  /** The xxllnc import the sample came from, for its counts per sheet and its warnings. */
  readonly xxllnc?: Pick<XxllncImport, 'counts' | 'warnings' | 'unmapped'>;
  /** A recommendation learned from the sample (`recommendPolicy`): its trade-off against the current policy (`replay`), channels, changes and guards. */
  readonly recommendation?: ReportRecommendation;
}

/** A report as HTML and as the list of every number in it. @category Report */
export interface RenderedReport {
  readonly html: string;
  /** Every number the HTML shows, with its n, interval and source: the figures export. */
  readonly figures: readonly ReportFigure[];
}

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:860px;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.4}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{border-bottom:2px solid #0072B2;padding-bottom:.2rem;margin-top:2.2rem}h3{margin-top:1.4rem}
table{border-collapse:collapse;margin:.6rem 0;font-size:.85rem}caption{text-align:left;font-weight:600;padding:.2rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f6fa}td{font-variant-numeric:tabular-nums}.chart{display:block;margin:.8rem 0;max-width:100%;height:auto}
.note{color:#555;font-size:.9rem}.meta{color:#444}.synthetic{background:#fff4d6;border:1px solid #e6c200;padding:.4rem .6rem}
.read{background:#eef5fb;border-left:4px solid #0072B2;padding:.4rem .6rem}.ci,.n{color:#555;font-size:.8rem}.rate .n::before{content:"· "}
table.crosstab caption{color:#8a3b00}.funnel.observed h3,.funnel.simulated h3{margin-bottom:0}.appendix td{font-size:.78rem}`;

/** The import's counts per sheet and its warnings by code. */
function importSection(ctx: ReportContext, imported: NonNullable<ReportInput['xxllnc']>): string {
  const { w, book } = ctx;
  const sec = 'import';
  const rows = XXLLNC_SHEETS.flatMap((sheet) => {
    const c = imported.counts[sheet];
    if (!c) return [];
    return [[esc(sheet), ...(['rows', 'mapped', 'unmapped'] as const).map((k) => book.number(`import.${sheet}.${k}`, sec, `${sheet}: ${w(k)}`, c[k], 'count'))]];
  });
  const byCode = new Map<string, number>();
  for (const warning of imported.warnings) byCode.set(warning.code, (byCode.get(warning.code) ?? 0) + 1);
  const messages = new Map(imported.warnings.map((x) => [x.code, x.message]));
  const warnings = [...byCode].map(([code, n]) => [esc(messages.get(code) ?? code), book.number(`import.warning.${code}`, sec, `${w('warning')}: ${code}`, n, 'count')]);
  return section(sec, w('importTitle'), w('importNote'), `${table([w('sheet'), w('rows'), w('mapped'), w('unmapped')], rows)}${warnings.length ? table([w('warning'), w('count')], warnings) : ''}`);
}

/** Every figure as a table: the data appendix. */
function appendixSection(ctx: ReportContext): string {
  const { w, lang } = ctx;
  const show = (f: ReportFigure, v: number | undefined): string =>
    v === undefined ? '' : f.unit === 'share' ? `${formatNumber(lang, v * 100, 1)}%` : formatNumber(lang, v, f.unit === 'count' ? 0 : 1);
  const rows = ctx.book.figures.map((f) => [
    esc(f.id), esc(f.label), esc(f.shown), f.n === undefined ? '' : esc(formatNumber(lang, f.n)),
    esc(f.lower === undefined ? '' : `${show(f, f.lower)}–${show(f, f.upper)}`), esc(f.method ?? ''), esc(f.source ?? ''),
  ]);
  return section('appendix', w('appendixTitle'), w('appendixNote'), table([w('id'), w('label'), w('value'), 'n', w('interval'), w('method'), w('source')], rows, { className: 'appendix' }));
}

/**
 * Build the report and the list of its figures: the import (for an xxllnc export), the observed
 * funnel and the simulated funnel apart, the reach assumptions with their sources, the channels
 * a policy would choose set against the observed outcomes (labelled not causal), channels,
 * capacity, the comparison, a recommendation learned from the sample, outcomes, return after close (Kaplan–Meier with Greenwood intervals
 * and numbers at risk), the pipeline, and a data appendix of every figure.
 * @example
 * const { html, figures } = renderReport({ replay: cmp.sides[0].replay.figures, comparison: cmp,
 *   research: researchFigures(sample), asOf: '2024-01-31', lang: 'en', period: { first: '2023-01-01', last: '2024-01-02' } });
 * @category Report
 */
export function renderReport(input: ReportInput): RenderedReport {
  const f = input.replay;
  const lang = input.lang ?? 'nl';
  const assumptions = input.assumptions ?? input.comparison?.assumptions ?? DEFAULT_REACH_ASSUMPTIONS;
  const ctx = createContext(lang, f.months, input.period, assumptions);
  const { w, book } = ctx;
  const title = input.title ?? w('title');
  const synthetic = /synthetic|synthetisch/i.test(input.sampleLabel ?? '');
  const sides = input.comparison ? [f, input.comparison.sides[1].replay.figures] : [f];
  const research = input.research && input.research.casesWithOutcome > 0 ? input.research : undefined;
  const sections = [
    input.xxllnc ? importSection(ctx, input.xxllnc) : '',
    research ? observedFunnelSection(ctx, research) : `<p class="note">${esc(w('noOutcomes'))}</p>`,
    simulatedFunnelSection(ctx, sides),
    assumptionsSection(ctx, sides),
    research ? reconcileSection(ctx, sides) : '',
    channelSection(ctx, sides),
    capacitySection(ctx, sides),
    input.comparison ? comparisonSection(ctx, input.comparison) : '',
    input.recommendation ? recommendationSection(ctx, input.recommendation) : '',
    research ? outcomesSection(ctx, research) : '',
    research ? returnSection(ctx, research) : '',
    pipelineSection(ctx, f),
  ];
  const signals = book.number('sample.signals', 'sample', w('signalsInSample'), f.signals, 'count');
  const cases = research ? `, ${book.number('sample.cases', 'sample', w('cases'), research.cases, 'count')} ${esc(w('cases'))}` : '';
  const first = f.months[0];
  const last = f.months[f.months.length - 1];
  const period = input.period ? `${input.period.first} – ${input.period.last}` : first && last ? `${monthLabel(lang, first)} – ${monthLabel(lang, last)}` : '';
  const policies = `${esc(w('policy'))} ${esc(f.policy)}${input.comparison ? ` ${esc(w('comparedWith'))} ${esc(input.comparison.sides[1].replay.figures.policy)}` : ''}`;
  const body = sections.join('\n');
  const appendix = appendixSection(ctx);
  const cited = new Set(book.figures.flatMap((x) => (x.source ? [x.source] : [])));
  cited.add(SOURCES.signaalreis.document);
  const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title><style>${STYLE}</style></head><body>
<h1>${esc(title)}</h1>
<p class="meta">${esc(w('sample'))}: ${esc(input.sampleLabel ?? '')} · ${signals} ${esc(w('signals'))}${cases} · ${esc(w('period'))} ${esc(period)} · ${policies} · ${esc(w('asOf'))} ${esc(input.asOf)}</p>
${synthetic ? `<p class="synthetic">${esc(w('synthetic'))}</p>` : ''}
<p class="read">${esc(w('howToRead'))}</p>
${ctx.partial.size > 0 ? `<p class="note">${esc(w('partialMonths'))}</p>` : ''}
${body}
${appendix}
<section id="sources"><h2>${esc(w('sourcesTitle'))}</h2><ul>${[...cited].sort().map((s) => `<li>${esc(s)}</li>`).join('')}</ul><p class="note">${esc(w('madeWith'))}</p></section>
</body></html>
`;
  return { html, figures: book.figures };
}

/**
 * Build the report as one HTML text (see {@link renderReport}, which also returns its figures).
 * Write it to a file; it opens offline in any browser.
 * @example
 * const html = buildReport({ replay: result.figures, research: researchFigures(sample), asOf: '2024-01-31',
 *   sampleLabel: 'sample-signals.jsonl (synthetic)', lang: 'en' });
 * @category Report
 */
export function buildReport(input: ReportInput): string {
  return renderReport(input).html;
}
