import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  comparePolicies, parseSampleRecord, renderReport, researchFigures, wilsonInterval,
  type ReportFigure, type SampleRecord,
} from '../../src/replay/index.js';
import { groupCases, returnAfterClose } from '../../src/replay/internal.js';
import { writeCsvFolder } from '../cli/xxllnc-fixtures.js';
import { bundledSample } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the statistics the report rests on', () => {
  it('Wilson intervals match the published values', () => {
    const [lo0, hi0] = wilsonInterval(0, 10);
    expect([lo0, hi0].map((x) => Number(x.toFixed(4)))).toEqual([0, 0.2775]);
    const [lo5, hi5] = wilsonInterval(5, 10);
    expect([lo5, hi5].map((x) => Number(x.toFixed(4)))).toEqual([0.2366, 0.7634]);
  });

  it('return after close is Kaplan–Meier with numbers at risk and Greenwood intervals (log−log)', () => {
    const record = (id: string, household: string, date: string, closed?: string): SampleRecord => {
      const parsed = parseSampleRecord({
        id, caseId: id, household, creditor: { id: 'C', sector: 'water' }, receivedDate: date, arrears: { total: '100' },
        outcome: closed ? { attempts: [{ date, channel: 'phone', reached: false }], closedDate: closed } : undefined,
      });
      if (!parsed.ok) throw new Error(parsed.issues[0]!.message);
      return parsed.value;
    };
    const records = [
      record('A', 'H1', '2023-01-01', '2023-01-10'), record('A2', 'H1', '2023-01-11'),
      record('C', 'H2', '2023-01-01', '2023-01-12'), // followed 2 days, not seen again
      record('D', 'H3', '2023-01-01', '2023-01-10'), record('D2', 'H3', '2023-01-13'),
      record('E', 'H4', '2023-01-01', '2023-01-10'), record('E2', 'H4', '2023-01-14'),
    ];
    const curve = returnAfterClose(records, groupCases(records), { asOf: '2023-01-14', checkpoints: [1, 2, 3] })['not-reached'];
    expect(curve.curve.map((p) => [p.day, p.share, p.atRisk])).toEqual([[0, 0, 4], [1, 0.25, 4], [3, 0.625, 2], [4, 1, 1]]);
    // Day 1: S = 3/4, Greenwood Σ d/(n(n−d)) = 1/12; on the log(−log S) scale, se = √(1/12) / |ln 0.75|.
    const se = Math.sqrt(1 / 12) / Math.abs(Math.log(0.75));
    expect(curve.curve[1]!.lower).toBeCloseTo(1 - 0.75 ** Math.exp(-1.959964 * se), 10);
    expect(curve.curve[1]!.lower).toBeCloseTo(0.0394, 3);
    expect(curve.curve[1]!.upper).toBeCloseTo(0.872, 2);
    expect(curve.checkpoints.map((p) => [p.day, p.share, p.atRisk])).toEqual([[1, 0.25, 4], [2, 0.25, 3], [3, 0.625, 2]]);
    expect(curve.followedUpTo).toBe(4);
  });
});

describe('the HTML report (issue 15)', () => {
  const sample = bundledSample();
  const asOf = '2024-01-31';
  const cmp = comparePolicies(sample, ['M4', 'M6'], { asOf });
  const input = {
    replay: cmp.sides[0].replay.figures, comparison: cmp, research: researchFigures(sample, { asOf }), asOf,
    sampleLabel: 'examples/data/sample-signals.jsonl (synthetic)', period: { first: '2023-01-01', last: '2024-01-02' },
  };
  const nl = renderReport(input);
  const en = renderReport({ ...input, lang: 'en' });

  it('is self-contained: no external URL, script, font or stylesheet link', () => {
    expect(nl.html).not.toMatch(/<script|<link|@import|url\((?!#)|src=|href="http/i);
    expect(nl.html).toContain('SYNTHETISCHE');
    expect(nl.html.match(/<svg /g)!.length).toBeGreaterThanOrEqual(8);
  });

  it('is in one language: Dutch by default, English on request; channels named once', () => {
    expect(nl.html).toContain('<html lang="nl">');
    expect(en.html).toContain('<html lang="en">');
    for (const english of ['Observed funnel', 'Reached', 'home visit', 'not causal', 'Signals in the sample']) expect(nl.html).not.toContain(english);
    // Dutch stays only in the titles and passages of the Dutch documents cited.
    for (const dutch of ['Waargenomen', 'huisbezoek', 'niet causaal', 'signalen per maand', 'beleid']) expect(en.html).not.toContain(dutch);
    expect(en.html).not.toContain('(regisseur (crisis))');
    expect(en.html).toContain('from e-mail to letter');
    expect(nl.html).toContain('van e-mail naar brief');
  });

  it('cites documents by title, never an internal file', () => {
    for (const report of [nl, en]) {
      expect(report.html).not.toMatch(/DOMAIN\.md|\.txt\b|seed/);
      expect(JSON.stringify(report.figures)).not.toMatch(/DOMAIN\.md|\.txt\b/);
    }
    expect(en.html).toContain('Divosa/NVVK/VNG, De signaalreis (2023)');
    expect(en.html).toContain('Divosa, Monitor vroegsignalering (2022–2023)');
  });

  it('gives every share its n (or the literature n) and an interval, and names the method', () => {
    const shares = en.figures.filter((f) => f.unit === 'share');
    expect(shares.length).toBeGreaterThan(60);
    for (const f of shares) {
      expect(f.lower, f.id).toBeLessThanOrEqual(f.value + 1e-12);
      expect(f.upper, f.id).toBeGreaterThanOrEqual(f.value - 1e-12);
      expect(f.method, f.id).toMatch(/^(wilson|greenwood|sensitivity|assumed)$/);
    }
    expect(new Set(en.figures.map((f) => f.id)).size).toBe(en.figures.length);
    const visit = en.figures.find((f) => f.id === 'assumptions.home-visit')!;
    expect(visit).toMatchObject({ n: 48, method: 'wilson', source: 'Divosa, Monitor vroegsignalering (2022–2023)' });
  });

  it('keeps the observed and the simulated funnel apart, each never widening', () => {
    const steps = (report: string, cls: string): number[][] =>
      [...report.matchAll(new RegExp(`<div class="funnel ${cls}"[\\s\\S]*?</table></div>`, 'g'))].map((m) => [...m[0].matchAll(/data-step="([\d.]+)"/g)].map((x) => Number(x[1])));
    const observed = steps(en.html, 'observed');
    const simulated = steps(en.html, 'simulated');
    expect(observed).toHaveLength(1);
    expect(simulated).toHaveLength(2);
    for (const funnel of [...observed, ...simulated]) {
      expect(funnel).toHaveLength(4);
      for (let i = 1; i < funnel.length; i++) expect(funnel[i]!).toBeLessThanOrEqual(funnel[i - 1]!);
    }
    expect(observed[0]).toEqual([3000, 2730, 1047, 365]);
  });

  it('labels every cross-tab of simulated channel × observed outcome as not causal', () => {
    const captions = [...en.html.matchAll(/<table class="crosstab"><caption>([^<]*)<\/caption>/g)].map((m) => m[1]);
    expect(captions).toHaveLength(2);
    for (const c of captions) expect(c).toContain('not causal');
  });

  it('says when the rules fill spare capacity and marks the incomplete month', () => {
    expect(en.html).toMatch(/Used exceeds asked in \d+ month\(s\): this policy fills spare capacity with other signals \(115 signals/);
    expect(en.html).toContain('Jan*');
    expect(en.html).toContain('Incomplete months');
  });
});

/** Run the CLI from source in the repo root. */
function cli(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!existsSync(CHROMIUM))('`research` on the xxllnc export, read in headless Chromium (issue 15, done-when)', () => {
  it('writes a report where every rate shows n and interval, every chart has axis titles, funnels are apart and never widen, and the figures export equals the page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vs-report-'));
    const folder = writeCsvFolder(join(dir, 'export'));
    const report = join(dir, 'report.html');
    const figuresJson = join(dir, 'figures.json');
    const figuresCsv = join(dir, 'figures.csv');
    const run = cli(['research', folder, '--compare', 'm6', '--report', report, '--figures-json', figuresJson, '--figures-csv', figuresCsv]);
    expect(run.stdout).toContain(`Report: ${report}`);
    const exported = (JSON.parse(readFileSync(figuresJson, 'utf8')) as { figures: ReportFigure[] }).figures;
    expect(readFileSync(figuresCsv, 'utf8').trim().split('\r\n')).toHaveLength(exported.length + 1);
    expect(exported.find((f) => f.id === 'import.warning.forwarded_conflict')?.value).toBe(1);

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`file://${report}`, { waitUntil: 'load' });

      const rates = await page.$$eval('.rate', (els) => els.map((e) => ({
        value: e.querySelector('.value')?.textContent ?? '', ci: e.querySelector('.ci')?.textContent ?? '', n: e.querySelector('.n')?.textContent ?? '',
      })));
      expect(rates.length).toBeGreaterThan(60);
      for (const r of rates) {
        expect(r.value, JSON.stringify(r)).toMatch(/\d/);
        expect(r.ci, JSON.stringify(r)).toMatch(/^\((95%-BI|band) [\d,.]+%?–[\d,.]+%?\)$/);
        expect(r.n, JSON.stringify(r)).toMatch(/^(n = [\d.]+|n = [\d., ]+ \(literatuur\)|gevolgd = [\d.]+|n niet vermeld)$/);
      }

      const charts = await page.$$eval('svg.chart', (svgs) => svgs.map((s) => ({
        title: s.querySelector('title')?.textContent ?? '',
        x: s.querySelector('.axis-title-x')?.textContent ?? '',
        y: s.querySelector('.axis-title-y')?.textContent ?? '',
        ticks: s.querySelectorAll('.tick').length,
        area: s.getBoundingClientRect().width * s.getBoundingClientRect().height,
      })));
      expect(charts.length).toBeGreaterThanOrEqual(8);
      for (const c of charts) {
        expect(c.x, c.title).not.toBe('');
        expect(c.y, c.title).not.toBe('');
        expect(c.ticks, c.title).toBeGreaterThanOrEqual(3);
        expect(c.area, c.title).toBeGreaterThan(1000);
      }

      const funnels = await page.$$eval('.funnel', (els) => els.map((e) => ({
        kind: e.classList.contains('observed') ? 'observed' : 'simulated',
        section: e.closest('section')?.id,
        steps: [...e.querySelectorAll('.step')].map((s) => Number(s.getAttribute('data-step'))),
        text: e.textContent ?? '',
      })));
      expect(funnels.map((f) => [f.kind, f.section])).toEqual([['observed', 'observed-funnel'], ['simulated', 'simulated-funnel'], ['simulated', 'simulated-funnel']]);
      for (const f of funnels) for (let i = 1; i < f.steps.length; i++) expect(f.steps[i]!).toBeLessThanOrEqual(f.steps[i - 1]!);
      expect(funnels[0]!.text).not.toMatch(/Verwacht/);

      const onPage = await page.$$eval('[data-figure]', (els) => els.map((e) => ({ id: e.getAttribute('data-figure')!, value: (e.querySelector('.value') ?? e).textContent ?? '' })));
      expect(new Set(onPage.map((p) => p.id))).toEqual(new Set(exported.map((f) => f.id)));
      const shown = new Map(exported.map((f) => [f.id, f.shown]));
      for (const p of onPage) expect(p.value, p.id).toBe(shown.get(p.id));
      const appendixRows = await page.$$eval('#appendix tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)));
      expect(appendixRows).toEqual(exported.map((f) => [f.id, f.label, f.shown]));
      // The value behind the text: a share shows as its rounded percentage, a count as itself.
      for (const f of exported) {
        const number = Number(f.shown.replace(/\./g, '').replace(',', '.').replace('%', ''));
        const expected = f.unit === 'share' ? f.value * 100 : f.value;
        expect(Math.abs(number - expected), f.id).toBeLessThanOrEqual(f.unit === 'share' || f.unit === 'expected-count' ? 0.5 : 0.05);
      }

      const captions = await page.$$eval('table.crosstab caption', (cs) => cs.map((c) => c.textContent ?? ''));
      expect(captions.length).toBe(2);
      for (const c of captions) expect(c).toContain('niet causaal');

      expect(requests).toEqual([`file://${report}`]);
      await page.screenshot({ path: '/tmp/analysts-report.png', fullPage: true });
    } finally {
      await browser.close();
    }
  }, 120_000);
});
