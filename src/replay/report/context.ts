/**
 * What every section of the report shares: the language, the figure book, the months (with the
 * incomplete ones), tables, and the expectations a policy's channels give under the assumptions.
 * @module
 */
import { toDayNumber } from '../../model/internal.js';
import { CHANNEL_NAMES, CHANNELS, type Channel } from '../../triage/index.js';
import type { RateAssumption, ReachAssumptions } from '../reach-assumptions.js';
import type { ChannelCounts, ReplayFigures } from '../replay-result.js';
import { FigureBook, wilsonInterval } from './figures.js';
import { formatNumber, formatPercent, monthLabel, words, type ReportLanguage, type WordKey } from './i18n.js';
import { escapeXml, type ChartFrame } from './svg.js';

/** The first and last signal date of the sample: the period its months cover. @category Report */
export interface SamplePeriod {
  readonly first: string;
  readonly last: string;
}

/** What the sections of one report share. */
export interface ReportContext {
  readonly lang: ReportLanguage;
  readonly w: (key: WordKey, values?: Readonly<Record<string, string | number>>) => string;
  readonly book: FigureBook;
  /** Indexes of the replay's months that the sample period covers for less than 90% of their days. */
  readonly partial: ReadonlySet<number>;
  readonly assumptions: ReachAssumptions;
}

/** A new context for a report in `lang`. */
export function createContext(lang: ReportLanguage, months: readonly string[], period: SamplePeriod | undefined, assumptions: ReachAssumptions): ReportContext {
  const w = words(lang);
  return { lang, w, book: new FigureBook(lang, w('ci')), partial: partialMonths(months, period), assumptions };
}

/** Months covered for less than 90% of their days by the period (none when the period is unknown). */
export function partialMonths(months: readonly string[], period: SamplePeriod | undefined): Set<number> {
  const out = new Set<number>();
  if (!period) return out;
  const first = toDayNumber(period.first);
  const last = toDayNumber(period.last);
  months.forEach((m, i) => {
    const start = toDayNumber(`${m}-01`);
    const [y, mo] = [Number(m.slice(0, 4)), Number(m.slice(5, 7))];
    const next = toDayNumber(mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, '0')}-01`);
    const covered = Math.max(0, Math.min(next - 1, last) - Math.max(start, first) + 1);
    if (covered < 0.9 * (next - start)) out.add(i);
  });
  return out;
}

/** Month labels for a chart axis, and which are incomplete. */
export function monthAxis(ctx: ReportContext, months: readonly string[]): { labels: string[]; partial: ReadonlySet<number> } {
  return { labels: months.map((m) => monthLabel(ctx.lang, m)), partial: ctx.partial };
}

/** A chart frame whose ticks are counts or percentages in the report's language. */
export function frame(ctx: ReportContext, title: string, xTitle: string, yTitle: string, unit: 'count' | 'share'): ChartFrame {
  return { title, xTitle, yTitle, format: unit === 'share' ? (v) => formatPercent(ctx.lang, v) : (v) => formatNumber(ctx.lang, v) };
}

/** Escaped text for a table cell or paragraph. */
export function esc(text: string): string {
  return escapeXml(text);
}

/** A table whose cells are HTML (escape text with {@link esc}); `caption` says what it shows. */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, options: { caption?: string; className?: string } = {}): string {
  const cls = options.className ? ` class="${options.className}"` : '';
  const caption = options.caption ? `<caption>${esc(options.caption)}</caption>` : '';
  return `<table${cls}>${caption}<thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/** A channel's name in the report's language. */
export function channelName(ctx: ReportContext, channel: Channel): string {
  return CHANNEL_NAMES[channel][ctx.lang];
}

/** Channels that seek contact with the resident (all but "not picked up" and "already known at debt help"). */
export const CONTACT_CHANNELS: readonly Channel[] = CHANNELS.filter((c) => c !== 'not-picked-up' && c !== 'known-at-debt-help');

/** Channels used in any of the counts, in the library's order. */
export function usedChannels(...counts: ChannelCounts[]): Channel[] {
  return CHANNELS.filter((c) => counts.some((x) => (x[c] ?? 0) > 0));
}

/** An assumed rate with its interval: Wilson on its count (plus added points), else an assumed band of ×0.5–×1.5. */
export interface RateBand {
  readonly rate: number;
  readonly lower: number;
  readonly upper: number;
  readonly method: 'wilson' | 'assumed';
  readonly n?: number;
}

/** The interval of an assumed rate. */
export function rateBand(r: RateAssumption): RateBand {
  const e = r.evidence;
  if (!e) return { rate: r.rate, lower: r.rate / 2, upper: Math.min(1, r.rate * 1.5), method: 'assumed' };
  const [lo, hi] = wilsonInterval(e.successes, e.n);
  const added = e.added ?? 0;
  return { rate: r.rate, lower: Math.min(1, lo + added), upper: Math.min(1, hi + added), method: 'wilson', n: e.n };
}

/** What a policy's channels lead one to expect: contacted, reached and accepted, each with its sensitivity band. */
export interface Expectation {
  /** Signals in a channel that seeks contact. */
  readonly contacted: number;
  readonly reached: readonly [number, number, number];
  readonly accepted: readonly [number, number, number];
  /** The n of the literature reach rates used, and of the acceptance rate too (for the `n` text). */
  readonly reachNs: readonly number[];
  readonly acceptNs: readonly number[];
}

/** Expected reached and accepted for a policy's final channels: Σ signals × rate, at the rates and at their bounds. */
export function expectation(f: ReplayFigures, a: ReachAssumptions): Expectation {
  let contacted = 0;
  const reached: [number, number, number] = [0, 0, 0];
  const ns = new Set<number>();
  for (const c of CONTACT_CHANNELS) {
    const count = f.channels[c] ?? 0;
    contacted += count;
    const assumed = a.reach[c];
    if (!assumed || count === 0) continue;
    const band = rateBand(assumed);
    if (band.n !== undefined) ns.add(band.n);
    reached[0] += count * band.rate;
    reached[1] += count * band.lower;
    reached[2] += count * band.upper;
  }
  const acc = rateBand(a.acceptance);
  const reachNs = [...ns].sort((x, y) => x - y);
  if (acc.n !== undefined) ns.add(acc.n);
  return {
    contacted,
    reached,
    accepted: [reached[0] * acc.rate, reached[1] * acc.lower, reached[2] * acc.upper],
    reachNs,
    acceptNs: [...ns].sort((x, y) => x - y),
  };
}

/** `n = 12, 23, 48 (literature)`: the counts the expectation rests on. */
export function literatureN(ctx: ReportContext, ns: readonly number[]): string {
  return ns.length === 0 ? ctx.w('nNotStated') : `n = ${ns.map((n) => formatNumber(ctx.lang, n)).join(', ')} (${ctx.w('literature')})`;
}

/** A section with its heading, id and note. */
export function section(id: string, heading: string, note: string, body: string): string {
  return `<section id="${id}"><h2>${esc(heading)}</h2>${note ? `<p class="note">${esc(note)}</p>` : ''}${body}</section>`;
}
