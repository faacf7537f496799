/**
 * Small inline-SVG charts for the report: horizontal bars (with optional whiskers), monthly
 * columns with a capacity line and incomplete months hatched, and step curves with an interval
 * band. Every chart has a title and both axis titles with their unit, and ticks at round values.
 * Text only, no fonts or scripts to load.
 * @module
 */

/** Escape text for HTML and SVG. @category Report */
export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The report's palette (colour-blind safe, Okabe–Ito). @category Report */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

/** One series of values, with its name and colour, and optionally an interval per value. */
export interface Series {
  readonly name: string;
  readonly values: readonly number[];
  readonly color: string;
  /** `[lower, upper]` per value, drawn as whiskers; `null` for none. */
  readonly intervals?: readonly (readonly [number, number] | null)[];
}

/** What every chart has: a title, the axis titles (with units) and how numbers are written. */
export interface ChartFrame {
  readonly title: string;
  readonly xTitle: string;
  readonly yTitle: string;
  /** Writes a tick value (e.g. `1.234`, `20%`). */
  readonly format: (value: number) => string;
}

const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';
const WIDTH = 720;

/**
 * Round tick values from 0 covering `max`: steps of 1, 2 or 5 times a power of ten, about
 * `count` of them (`niceTicks(156)` → 0, 50, 100, 150, 200).
 */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const ticks: number[] = [];
  for (let v = 0; v < max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1]! < max) ticks.push(Number((ticks[ticks.length - 1]! + step).toPrecision(12)));
  return ticks;
}

function svgOpen(width: number, height: number, title: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT} font-size="12"><title>${escapeXml(title)}</title>`;
}

function axisTitles(frame: ChartFrame, x: { x: number; y: number }, y: { x: number; y: number }): string {
  return `<text class="axis-title axis-title-x" x="${x.x}" y="${x.y}" text-anchor="middle" font-size="12">${escapeXml(frame.xTitle)}</text>` +
    `<text class="axis-title axis-title-y" transform="translate(${y.x} ${y.y}) rotate(-90)" text-anchor="middle" font-size="12">${escapeXml(frame.yTitle)}</text>`;
}

/** The legend, wrapped onto more lines when it is wider than the chart; returns its height too. */
function legend(items: ReadonlyArray<{ readonly name: string; readonly color: string; readonly dashed?: boolean }>, x: number, y0: number): string {
  let at = x;
  let y = y0;
  let out = '';
  for (const s of items) {
    const width = 16 + s.name.length * 6.6 + 18;
    if (at > x && at + width > WIDTH) {
      at = x;
      y += 16;
    }
    out += s.dashed
      ? `<line x1="${at}" y1="${y - 4}" x2="${at + 12}" y2="${y - 4}" stroke="${s.color}" stroke-dasharray="4 2" stroke-width="2"/>`
      : `<rect x="${at}" y="${y - 9}" width="10" height="10" fill="${s.color}"/>`;
    out += `<text x="${at + 16}" y="${y}">${escapeXml(s.name)}</text>`;
    at += width; // about 6.6 px per character at 12 px
  }
  return out;
}

/** The height the legend of these items takes from `x` on. */
function legendHeight(items: ReadonlyArray<{ readonly name: string }>, x: number): number {
  let at = x;
  let lines = 1;
  for (const s of items) {
    const width = 16 + s.name.length * 6.6 + 18;
    if (at > x && at + width > WIDTH) {
      at = x;
      lines += 1;
    }
    at += width;
  }
  return lines * 16;
}

/**
 * Horizontal bars: one row per category, one bar per series, the value after it; whiskers for
 * series with intervals. The x axis is the value axis, with round ticks and gridlines.
 * @category Report
 */
export function barChart(frame: ChartFrame, categories: readonly string[], series: readonly Series[]): string {
  const left = Math.min(300, Math.max(120, 40 + Math.max(...categories.map((c) => c.length)) * 6.6));
  const right = 70;
  const barHeight = 14;
  const rowHeight = series.length * (barHeight + 3) + 10;
  const top = 14 + legendHeight(series, Math.min(left, 120));
  const plotHeight = categories.length * rowHeight;
  const height = top + plotHeight + 48;
  const max = Math.max(1, ...series.flatMap((s) => [...s.values, ...(s.intervals ?? []).flatMap((i) => (i ? [i[1]] : []))]));
  const ticks = niceTicks(max);
  const axisMax = ticks[ticks.length - 1]!;
  const plotWidth = WIDTH - left - right;
  const x = (v: number): number => left + (v / axisMax) * plotWidth;
 let body = legend(series, Math.min(left, 120), 16);
  for (const t of ticks) {
    body += `<line x1="${x(t).toFixed(1)}" y1="${top}" x2="${x(t).toFixed(1)}" y2="${top + plotHeight}" stroke="#e3e3e3"/>`;
    body += `<text class="tick" x="${x(t).toFixed(1)}" y="${top + plotHeight + 14}" text-anchor="middle" font-size="10">${escapeXml(frame.format(t))}</text>`;
  }
  body += `<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotHeight}" stroke="#999"/>`;
  categories.forEach((category, c) => {
    const y = top + c * rowHeight + 5;
    body += `<text x="${left - 8}" y="${y + (rowHeight - 10) / 2}" text-anchor="end" dominant-baseline="middle">${escapeXml(category)}</text>`;
    series.forEach((s, k) => {
      const v = s.values[c] ?? 0;
      const by = y + k * (barHeight + 3);
      body += `<rect x="${left}" y="${by}" width="${Math.max(1, x(v) - left).toFixed(1)}" height="${barHeight}" fill="${s.color}"><title>${escapeXml(`${s.name}: ${category} ${frame.format(v)}`)}</title></rect>`;
      const interval = s.intervals?.[c];
      let labelAt = x(v) + 4;
      if (interval) {
        const mid = by + barHeight / 2;
        body += `<path class="whisker" d="M${x(interval[0]).toFixed(1)} ${mid}H${x(interval[1]).toFixed(1)}M${x(interval[0]).toFixed(1)} ${mid - 4}V${mid + 4}M${x(interval[1]).toFixed(1)} ${mid - 4}V${mid + 4}" stroke="#333" fill="none"/>`;
        labelAt = x(interval[1]) + 4;
      }
      body += `<text x="${labelAt.toFixed(1)}" y="${by + barHeight - 3}" font-size="11">${escapeXml(frame.format(v))}</text>`;
    });
  });
  body += axisTitles(frame, { x: left + plotWidth / 2, y: top + plotHeight + 34 }, { x: 14, y: top + plotHeight / 2 });
  return `${svgOpen(WIDTH, height, frame.title)}${body}</svg>`;
}

/** The columns chart's months: their labels and which are incomplete. */
export interface MonthAxis {
  readonly labels: readonly string[];
  /** Indexes of incomplete months: hatched and marked `*`. */
  readonly partial: ReadonlySet<number>;
}

/**
 * Monthly columns (e.g. asked and used capacity of a channel) with a dashed capacity line;
 * incomplete months are hatched and their label marked `*`.
 * @category Report
 */
export function monthlyChart(frame: ChartFrame, months: MonthAxis, series: readonly Series[], capacity: { readonly value: number; readonly name: string }): string {
  const left = 64;
  const top = 30;
  const plotHeight = 180;
  const height = top + plotHeight + 62;
  const ticks = niceTicks(Math.max(capacity.value, 1, ...series.flatMap((s) => s.values)));
  const axisMax = ticks[ticks.length - 1]!;
  const plotWidth = WIDTH - left - 10;
  const slot = plotWidth / Math.max(1, months.labels.length);
  const barWidth = Math.max(2, (slot - 6) / series.length);
  const y = (v: number): number => top + plotHeight - (v / axisMax) * plotHeight;
  let body = `<defs><pattern id="partial-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#777" stroke-width="3"/></pattern></defs>`;
  body += legend([...series, { name: capacity.name, color: '#333', dashed: true }], left, 16);
  for (const t of ticks) {
    body += `<line x1="${left}" y1="${y(t).toFixed(1)}" x2="${left + plotWidth}" y2="${y(t).toFixed(1)}" stroke="#e3e3e3"/>`;
    body += `<text class="tick" x="${left - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end" font-size="10">${escapeXml(frame.format(t))}</text>`;
  }
  months.labels.forEach((m, i) => {
    const x = left + i * slot + 3;
    const partial = months.partial.has(i);
    series.forEach((s, k) => {
      const v = s.values[i] ?? 0;
      const fill = partial ? 'url(#partial-hatch)' : s.color;
      body += `<rect x="${(x + k * barWidth).toFixed(1)}" y="${y(v).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(top + plotHeight - y(v)).toFixed(1)}" fill="${fill}" stroke="${s.color}"${partial ? ' class="partial"' : ''}><title>${escapeXml(`${s.name} ${m}${partial ? ' *' : ''}: ${frame.format(v)}`)}</title></rect>`;
    });
    const cx = (x + slot / 2 - 3).toFixed(1);
    body += `<text class="tick" x="${cx}" y="${top + plotHeight + 14}" text-anchor="middle" font-size="9">${escapeXml(m.slice(0, 3))}${partial ? '*' : ''}</text>`;
    body += `<text x="${cx}" y="${top + plotHeight + 25}" text-anchor="middle" font-size="9">${escapeXml(m.slice(-2))}</text>`;
  });
  body += `<line x1="${left}" y1="${top + plotHeight}" x2="${left + plotWidth}" y2="${top + plotHeight}" stroke="#999"/>`;
  body += `<line x1="${left}" y1="${y(capacity.value).toFixed(1)}" x2="${left + plotWidth}" y2="${y(capacity.value).toFixed(1)}" stroke="#333" stroke-dasharray="5 3" stroke-width="1.5"/>`;
  body += axisTitles(frame, { x: left + plotWidth / 2, y: top + plotHeight + 46 }, { x: 14, y: top + plotHeight / 2 });
  return `${svgOpen(WIDTH, height, frame.title)}${body}</svg>`;
}

/** One step curve: points (x, y) in order, and optionally a band `[lower, upper]` per point. */
export interface LineSeries {
  readonly name: string;
  readonly points: ReadonlyArray<readonly [number, number]>;
  readonly band?: ReadonlyArray<readonly [number, number]>;
  readonly color: string;
  /** The last x the data cover (e.g. the longest follow-up); the line stops there. */
  readonly end?: number;
}

/**
 * Step curves (cumulative shares 0–1) on shared axes, each with its interval band shaded.
 * @category Report
 */
export function stepChart(frame: ChartFrame, series: readonly LineSeries[], xTicks: readonly number[]): string {
  const left = 64;
  const top = 30;
  const plotWidth = WIDTH - left - 20;
  const plotHeight = 190;
  const height = top + plotHeight + 50;
  const xMax = xTicks[xTicks.length - 1]!;
  const peak = Math.max(0.05, ...series.flatMap((s) => [...s.points.map((p) => p[1]), ...(s.band ?? []).map((b) => b[1])]));
  const ticks = niceTicks(Math.min(1, peak), 4);
  const yMax = Math.min(1, ticks[ticks.length - 1]!);
  const x = (v: number): number => left + (Math.min(v, xMax) / xMax) * plotWidth;
  const y = (v: number): number => top + plotHeight - (Math.min(v, yMax) / yMax) * plotHeight;
  let body = legend(series, left, 16);
  for (const t of ticks) {
    if (t > yMax + 1e-9) continue;
    body += `<line x1="${left}" y1="${y(t).toFixed(1)}" x2="${left + plotWidth}" y2="${y(t).toFixed(1)}" stroke="#e3e3e3"/>`;
    body += `<text class="tick" x="${left - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end" font-size="10">${escapeXml(frame.format(t))}</text>`;
  }
  for (const d of xTicks) body += `<text class="tick" x="${x(d).toFixed(1)}" y="${top + plotHeight + 14}" text-anchor="middle" font-size="10">${d}</text>`;
  body += `<path d="M${left} ${top}V${top + plotHeight}H${left + plotWidth}" fill="none" stroke="#999"/>`;
  const steps = (values: readonly number[], days: readonly number[]): string => {
    let d = `${x(0).toFixed(1)},${y(values[0] ?? 0).toFixed(1)}`;
    for (let i = 1; i < days.length; i++) {
      if (days[i]! > xMax) break;
      d += ` ${x(days[i]!).toFixed(1)},${y(values[i - 1]!).toFixed(1)} ${x(days[i]!).toFixed(1)},${y(values[i]!).toFixed(1)}`;
    }
    return d;
  };
  for (const s of series) {
    const end = Math.min(xMax, s.end ?? xMax);
    const days = s.points.map((p) => p[0]).filter((d) => d <= end);
    if (s.band) {
      const upper = steps(s.band.map((b) => b[1]), days);
      const lower = steps(s.band.map((b) => b[0]), days).split(' ').reverse().join(' ');
      const lastBand = s.band[days.length - 1] ?? [0, 0];
      body += `<polygon class="band" points="${upper} ${x(end).toFixed(1)},${y(lastBand[1]).toFixed(1)} ${x(end).toFixed(1)},${y(lastBand[0]).toFixed(1)} ${lower}" fill="${s.color}" fill-opacity="0.15" stroke="none"/>`;
    }
    const last = s.points[days.length - 1] ?? [0, 0];
    body += `<polyline points="${steps(s.points.map((p) => p[1]), days)} ${x(end).toFixed(1)},${y(last[1]).toFixed(1)}" fill="none" stroke="${s.color}" stroke-width="2"><title>${escapeXml(`${s.name}: ${frame.format(last[1])}`)}</title></polyline>`;
  }
  body += axisTitles(frame, { x: left + plotWidth / 2, y: top + plotHeight + 34 }, { x: 14, y: top + plotHeight / 2 });
  return `${svgOpen(WIDTH, height, frame.title)}${body}</svg>`;
}
