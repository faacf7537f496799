/**
 * Small inline-SVG chart builders for the report: horizontal bars (one or more series), monthly
 * columns with a capacity line, and step lines. Text only, no fonts or scripts to load.
 * @module
 */

/** Escape text for HTML and SVG. @category Report */
export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One series of values, with its name and colour. @category Report */
export interface Series {
  readonly name: string;
  readonly values: readonly number[];
  readonly color: string;
}

/** The report's palette (colour-blind safe, Okabe–Ito). @category Report */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';

function svgOpen(width: number, height: number, title: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT} font-size="12"><title>${escapeXml(title)}</title>`;
}

function legend(series: ReadonlyArray<{ readonly name: string; readonly color: string }>, x: number, y: number): string {
  let at = x;
  let out = '';
  for (const s of series) {
    out += `<rect x="${at}" y="${y - 9}" width="10" height="10" fill="${s.color}"/><text x="${at + 14}" y="${y}">${escapeXml(s.name)}</text>`;
    at += 14 + s.name.length * 7 + 18; // about 7 px per character at 12 px
  }
  return out;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-GB') : n.toFixed(1);
}

/**
 * Horizontal bars: one row per category, one bar per series, the value written after it.
 * @example
 * barChart('Channels', ['letter', 'phone'], [{ name: 'M4', values: [729, 600], color: PALETTE[0] }])
 * @category Report
 */
export function barChart(title: string, categories: readonly string[], series: readonly Series[], width = 720): string {
  const labelWidth = 230;
  const barHeight = 14;
  const rowHeight = series.length * (barHeight + 2) + 10;
  const top = 28;
  const height = top + categories.length * rowHeight + 10;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const scale = (width - labelWidth - 70) / max;
  let body = legend(series, labelWidth, 16);
  categories.forEach((category, c) => {
    const y = top + c * rowHeight;
    body += `<text x="${labelWidth - 8}" y="${y + rowHeight / 2}" text-anchor="end" dominant-baseline="middle">${escapeXml(category)}</text>`;
    series.forEach((s, k) => {
      const v = s.values[c] ?? 0;
      const by = y + k * (barHeight + 2);
      body += `<rect x="${labelWidth}" y="${by}" width="${Math.max(1, v * scale).toFixed(1)}" height="${barHeight}" fill="${s.color}"><title>${escapeXml(`${s.name}: ${category} ${fmt(v)}`)}</title></rect>`;
      body += `<text x="${labelWidth + v * scale + 4}" y="${by + barHeight - 3}" font-size="11">${fmt(v)}</text>`;
    });
  });
  return `${svgOpen(width, height, title)}${body}</svg>`;
}

/**
 * Monthly columns (e.g. demand and use of a channel) with a dashed horizontal capacity line.
 * @category Report
 */
export function monthlyChart(title: string, months: readonly string[], series: readonly Series[], capacity: number, width = 720): string {
  const left = 44;
  const top = 28;
  const plotHeight = 170;
  const height = top + plotHeight + 40;
  const max = Math.max(capacity, 1, ...series.flatMap((s) => s.values)) * 1.1;
  const slot = (width - left - 10) / Math.max(1, months.length);
  const barWidth = Math.max(2, (slot - 6) / series.length);
  const y = (v: number): number => top + plotHeight - (v / max) * plotHeight;
  let body = legend([...series, { name: `capacity ${fmt(capacity)}/month`, values: [], color: '#333' }], left, 16);
  body += `<line x1="${left}" y1="${top + plotHeight}" x2="${width - 10}" y2="${top + plotHeight}" stroke="#999"/>`;
  for (const tick of [0, max / 2, max]) body += `<text x="${left - 6}" y="${y(tick) + 4}" text-anchor="end" font-size="10">${Math.round(tick)}</text>`;
  months.forEach((m, i) => {
    const x = left + i * slot + 3;
    series.forEach((s, k) => {
      const v = s.values[i] ?? 0;
      body += `<rect x="${(x + k * barWidth).toFixed(1)}" y="${y(v).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(top + plotHeight - y(v)).toFixed(1)}" fill="${s.color}"><title>${escapeXml(`${s.name} ${m}: ${fmt(v)}`)}</title></rect>`;
    });
    body += `<text x="${(x + slot / 2 - 3).toFixed(1)}" y="${top + plotHeight + 14}" text-anchor="middle" font-size="10">${escapeXml(m.slice(2))}</text>`;
  });
  body += `<line x1="${left}" y1="${y(capacity).toFixed(1)}" x2="${width - 10}" y2="${y(capacity).toFixed(1)}" stroke="#333" stroke-dasharray="5 3"/>`;
  return `${svgOpen(width, height, title)}${body}</svg>`;
}

/** One step line: points (x, y) in order. @category Report */
export interface LineSeries {
  readonly name: string;
  readonly points: ReadonlyArray<readonly [number, number]>;
  readonly color: string;
}

/**
 * Step lines (cumulative curves) on shared axes, y as a percentage of 0–1 values.
 * @category Report
 */
export function stepChart(title: string, series: readonly LineSeries[], xMax: number, xLabel: string, width = 720): string {
  const left = 44;
  const top = 28;
  const plotWidth = width - left - 20;
  const plotHeight = 180;
  const height = top + plotHeight + 44;
  const yMax = Math.min(1, Math.max(0.05, ...series.flatMap((s) => s.points.map((p) => p[1]))) * 1.15);
  const x = (v: number): number => left + (Math.min(v, xMax) / xMax) * plotWidth;
  const y = (v: number): number => top + plotHeight - (v / yMax) * plotHeight;
  let body = legend(series, left, 16);
  body += `<path d="M${left} ${top}V${top + plotHeight}H${left + plotWidth}" fill="none" stroke="#999"/>`;
  for (const t of [0, 0.5, 1]) body += `<text x="${left - 6}" y="${y(t * yMax) + 4}" text-anchor="end" font-size="10">${Math.round(t * yMax * 100)}%</text>`;
  for (let d = 0; d <= xMax; d += xMax >= 300 ? 90 : 30) body += `<text x="${x(d)}" y="${top + plotHeight + 14}" text-anchor="middle" font-size="10">${d}</text>`;
  body += `<text x="${left + plotWidth / 2}" y="${top + plotHeight + 32}" text-anchor="middle">${escapeXml(xLabel)}</text>`;
  for (const s of series) {
    let d = `M${x(0)} ${y(0)}`;
    let last = 0;
    for (const [px, py] of s.points) {
      if (px > xMax) break;
      d += `H${x(px).toFixed(1)}V${y(py).toFixed(1)}`;
      last = py;
    }
    d += `H${x(xMax).toFixed(1)}`;
    body += `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"><title>${escapeXml(`${s.name}: ${Math.round(last * 100)}% by day ${xMax}`)}</title></path>`;
  }
  return `${svgOpen(width, height, title)}${body}</svg>`;
}
