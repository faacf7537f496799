/**
 * Every number a report shows, kept once: the HTML shows it from here (each on the page marked
 * with its id), and the figures export (JSON or CSV) lists the same records, so that the page and
 * the export cannot disagree.
 * @module
 */
import { escapeXml } from './svg.js';
import { formatNumber, formatPercent, type ReportLanguage } from './i18n.js';

/** How a figure's interval was made (`posterior`: central 95% of a simulation over learned rates). @category Report */
export type IntervalMethod = 'wilson' | 'greenwood' | 'sensitivity' | 'assumed' | 'posterior';

/** The unit of a figure. @category Report */
export type FigureUnit = 'count' | 'share' | 'days' | 'attempts' | 'expected-count';

/** One number of a report, as the page shows it and with what a reader needs to judge it. @category Report */
export interface ReportFigure {
  /** Stable id, e.g. `observed.reached.of-previous`; the page marks the number with it (`data-figure`). */
  readonly id: string;
  /** The report section it belongs to. */
  readonly section: string;
  /** What it is, in the report's language. */
  readonly label: string;
  /** The value: a count, or a share from 0 to 1. */
  readonly value: number;
  readonly unit: FigureUnit;
  /** The number of cases, signals or households a share or statistic is computed over. */
  readonly n?: number;
  /** The 95% interval (or sensitivity band) of the value. */
  readonly lower?: number;
  readonly upper?: number;
  /** How the interval was made. */
  readonly method?: IntervalMethod;
  /** The document a literature figure comes from, by title. */
  readonly source?: string;
  /** The value as the page shows it. */
  readonly shown: string;
}

const Z95 = 1.959964;

/**
 * The Wilson score interval (95%) of `k` successes in `n`: unlike the normal approximation it
 * stays within 0–1 and behaves for small `n` and for shares near 0 or 1. `[0, 1]` when `n` is 0.
 * @category Report
 */
export function wilsonInterval(k: number, n: number): readonly [number, number] {
  if (n <= 0) return [0, 1];
  const p = k / n;
  const z2 = Z95 * Z95;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Options of a figure beyond its value. */
export interface FigureOptions {
  readonly n?: number;
  readonly lower?: number;
  readonly upper?: number;
  readonly method?: IntervalMethod;
  readonly source?: string;
  /** Text in place of `n = …` (e.g. the n of the literature rates an expectation rests on). */
  readonly nText?: string;
  /** Decimals shown (counts 0, statistics 1). */
  readonly decimals?: number;
}

/** Collects the figures of one report and writes each as HTML. */
export class FigureBook {
  readonly figures: ReportFigure[] = [];
  private readonly byId = new Map<string, ReportFigure>();

  constructor(
    readonly lang: ReportLanguage,
    private readonly ciLabel: string,
  ) {}

  /** A count or statistic: the number, marked with its id. */
  number(id: string, section: string, label: string, value: number, unit: FigureUnit, options: FigureOptions = {}): string {
    const shown = formatNumber(this.lang, value, options.decimals ?? (unit === 'count' || unit === 'expected-count' ? 0 : 1));
    const f = this.add({ id, section, label, value, unit, shown, ...this.extra(options) });
    const interval = f.lower !== undefined && f.upper !== undefined ? ` <span class="ci">(${escapeXml(this.intervalText(f, options))})</span>` : '';
    const n = options.nText !== undefined || f.n !== undefined ? ` <span class="n">${escapeXml(options.nText ?? `n = ${formatNumber(this.lang, f.n!)}`)}</span>` : '';
    const cls = interval ? 'rate' : 'fig';
    return `<span class="${cls}" data-figure="${escapeXml(id)}"><span class="value">${escapeXml(shown)}</span>${interval}${n}</span>`;
  }

  /** A share `k / n` with its Wilson interval and its n. */
  proportion(id: string, section: string, label: string, k: number, n: number, decimals = 0): string {
    const [lower, upper] = wilsonInterval(k, n);
    return this.share(id, section, label, n === 0 ? 0 : k / n, { n, lower, upper, method: 'wilson', decimals });
  }

  /** A share with the interval and n given (Greenwood, sensitivity band, assumed band). */
  share(id: string, section: string, label: string, value: number, options: FigureOptions): string {
    const decimals = options.decimals ?? 0;
    const shown = formatPercent(this.lang, value, decimals);
    const f = this.add({ id, section, label, value, unit: 'share', shown, ...this.extra(options) });
    const n = options.nText ?? (f.n !== undefined ? `n = ${formatNumber(this.lang, f.n)}` : '');
    return `<span class="rate" data-figure="${escapeXml(id)}"><span class="value">${escapeXml(shown)}</span> <span class="ci">(${escapeXml(this.intervalText(f, options))})</span> <span class="n">${escapeXml(n)}</span></span>`;
  }

  private extra(options: FigureOptions): Partial<ReportFigure> {
    return {
      ...(options.n !== undefined ? { n: options.n } : {}),
      ...(options.lower !== undefined ? { lower: options.lower } : {}),
      ...(options.upper !== undefined ? { upper: options.upper } : {}),
      ...(options.method ? { method: options.method } : {}),
      ...(options.source ? { source: options.source } : {}),
    };
  }

  private intervalText(f: ReportFigure, options: FigureOptions): string {
    const label = f.method === 'sensitivity' || f.method === 'assumed' ? 'band' : this.ciLabel;
    const show = (v: number) => (f.unit === 'share' ? formatPercent(this.lang, v, options.decimals ?? 0) : formatNumber(this.lang, v, options.decimals ?? (f.unit === 'count' || f.unit === 'expected-count' ? 0 : 1)));
    return `${label} ${show(f.lower ?? 0)}–${show(f.upper ?? 0)}`;
  }

  private add(figure: ReportFigure): ReportFigure {
    const known = this.byId.get(figure.id);
    if (known) {
      if (known.value !== figure.value) throw new Error(`report figure ${figure.id} given twice with different values`);
      return known;
    }
    this.byId.set(figure.id, figure);
    this.figures.push(figure);
    return figure;
  }
}
