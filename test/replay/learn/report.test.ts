/**
 * The recommendation in the HTML report and its figures export (issue 18, "the trade-off shown"):
 * rendered in Dutch and English from the bundled SYNTHETIC sample, and written by
 * `vroegsignalering recommend EXPORT --report` from the xxllnc export, read in headless Chromium
 * from file:// (skipped when Chromium is not installed).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recommendPolicy, renderReport, replay, researchFigures, type ReportFigure } from '../../../src/replay/index.js';
import { writeCsvFolder } from '../../cli/xxllnc-fixtures.js';
import { bundledSample } from '../helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('the recommendation section of the report', () => {
  const sample = bundledSample();
  const asOf = '2024-01-02';
  const capacities = { 'home-visit': 20, phone: 50 };
  const rec = recommendPolicy(sample, { current: 'M4', capacities, simulation: { draws: 200, seed: 3 } });
  const input = {
    replay: replay(sample, { asOf, policy: 'M4', capacities }).figures, research: researchFigures(sample, { asOf }), asOf,
    sampleLabel: 'sample-signals.jsonl (synthetic)', recommendation: rec,
  };
  const nl = renderReport(input);
  const en = renderReport({ ...input, lang: 'en' });
  const section = (html: string): string => /<section id="recommend">[\s\S]*?<\/section>/.exec(html)![0];
  const html = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const fig = (id: string): ReportFigure => en.figures.find((f) => f.id === id)!;

  it('shows residents helped and reached per month, current against recommended, with posterior intervals', () => {
    const t = rec.tradeOff;
    for (const measure of ['helped', 'reached'] as const) {
      for (const side of ['current', 'recommended', 'difference'] as const) {
        const f = fig(`recommend.${measure}.${side}`);
        expect(f).toMatchObject({ section: 'recommend', value: t[measure][side].mean, lower: t[measure][side].lo, upper: t[measure][side].hi, method: 'posterior', n: t.coverage.signals });
        expect(f.lower!).toBeLessThanOrEqual(f.value);
        expect(f.upper!).toBeGreaterThanOrEqual(f.value);
      }
      expect(fig(`recommend.${measure}.draws-better`)).toMatchObject({ value: Math.round(t[measure].probabilityBetter * 200), n: 200 });
    }
    // On the synthetic sample the learned policy helps more residents than M4 in (nearly) every draw.
    expect(fig('recommend.helped.difference').lower!).toBeGreaterThan(0);
    expect(section(en.html)).toContain('residents helped per month (expected)');
    expect(section(nl.html)).toContain('inwoners geholpen per maand (verwacht)');
  });

  it('sets each channel’s use against its capacity and names the groups that change channel and why', () => {
    const visit = rec.tradeOff.channels.find((c) => c.channel === 'home-visit')!;
    expect(fig('recommend.channel.home-visit.capacity').value).toBe(20);
    expect(fig('recommend.channel.home-visit.recommended').value).toBe(visit.recommended.perMonth);
    expect(fig('recommend.channel.home-visit.busiest').value).toBeLessThanOrEqual(20);
    expect(fig('recommend.channel.phone.shadow-price').value).toBe(rec.tradeOff.channels.find((c) => c.channel === 'phone')!.shadowPrice);
    // Every change is in the export; the page shows the 15 largest, each with its reason in the report's language.
    const changes = rec.tradeOff.changes;
    expect(changes.length).toBeGreaterThan(15);
    expect(en.figures.filter((f) => /^recommend\.change\.\d+\.gain$/.test(f.id)).map((f) => f.value)).toEqual(changes.map((c) => c.gainPerMonth));
    const rows = [...section(en.html).matchAll(/<tr><td>(amount [^<]*)<\/td>/g)].map((m) => m[1]);
    expect(rows).toEqual(changes.slice(0, 15).map((c) => html(c.label.en)));
    expect(section(en.html)).toContain(html(changes[0]!.why.en));
    expect(section(nl.html)).toContain(html(changes[0]!.label.nl));
  });

  it('reports the guards as they held', () => {
    expect(fig('recommend.guards.kept-routes-changed').value).toBe(0);
    expect(fig('recommend.guards.lawful-assigned').value).toBe(0);
    expect(fig('recommend.guards.floors-hold').value).toBe(fig('recommend.guards.floors').value);
    expect(fig('recommend.policy.rules').value).toBe(rec.policy.rules.length);
  });

  it('is in one language', () => {
    for (const english of ['residents', 'current policy', 'home visit', 'Groups that change channel', 'help accepted:']) expect(section(nl.html)).not.toContain(english);
    for (const dutch of ['inwoners', 'huidig beleid', 'huisbezoek', 'Groepen die', 'hulpacceptatie:', 'signalen via']) expect(section(en.html)).not.toContain(dutch);
  });
});

/** Open a file in headless Chromium, run the checks on its page, and return every URL it requested. */
async function offline(file: string, check: (page: Page) => Promise<void>): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const requests: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    await check(page);
  } finally {
    await browser.close();
  }
  return requests;
}

describe.skipIf(!existsSync(CHROMIUM))('`recommend` on the xxllnc export with --report, read in headless Chromium', () => {
  it('writes a policy that passes policy check and a report whose recommendation shows every rate with n and interval, equal to the figures export', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vs-recommend-'));
    const folder = writeCsvFolder(join(dir, 'export'));
    const [policy, report, figuresJson, figuresCsv] = ['recommended.json', 'recommend.html', 'figures.json', 'figures.csv'].map((f) => join(dir, f));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'recommend', folder, '--current', 'm4', '--capacity', 'home-visit=20',
      '--capacity', 'phone=50', '--policy-out', policy!, '--report', report!, '--figures-json', figuresJson!, '--figures-csv', figuresCsv!, '--draws', '200'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toContain('xxllnc export');
    expect(run.stdout).toMatch(/^Learned from \d+ cases \(2023-01 to 2023-12\)/);
    expect(run.stdout).toContain(`Report: ${report}`);
    const check = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'policy', 'check', policy!], { cwd: root, encoding: 'utf8' });
    expect(check.stdout).toMatch(/: ok — M4 \(geleerd\)/);
    const exported = (JSON.parse(readFileSync(figuresJson!, 'utf8')) as { figures: ReportFigure[] }).figures;
    const mine = exported.filter((f) => f.section === 'recommend');
    expect(mine.length).toBeGreaterThan(20);
    expect(readFileSync(figuresCsv!, 'utf8').split('\r\n').filter((l) => l.includes(',recommend,'))).toHaveLength(mine.length);
    expect(exported.find((f) => f.id === 'import.Signalen.rows')).toBeDefined();

    const requests = await offline(report!, async (page) => {
      const rates = await page.$$eval('#recommend .rate', (els) => els.map((e) => Object.fromEntries(['value', 'ci', 'n'].map((k) => [k, e.querySelector(`.${k}`)?.textContent ?? '']))));
      expect(rates).toHaveLength(6);
      for (const r of rates) {
        expect(r.ci, JSON.stringify(r)).toMatch(/^\(95%-BI -?[\d,.]+–[\d,.]+\)$/);
        expect(r.n, JSON.stringify(r)).toMatch(/^n = [\d.]+$/);
      }
      const charts = await page.$$eval('#recommend svg.chart', (svgs) => svgs.map((s) => ({
        x: s.querySelector('.axis-title-x')?.textContent ?? '', y: s.querySelector('.axis-title-y')?.textContent ?? '', ticks: s.querySelectorAll('.tick').length,
      })));
      expect(charts).toHaveLength(2);
      for (const c of charts) {
        expect(c.x).not.toBe('');
        expect(c.y).not.toBe('');
        expect(c.ticks).toBeGreaterThanOrEqual(3);
      }
      const onPage = await page.$$eval('#recommend [data-figure]', (els) => els.map((e) => ({ id: e.getAttribute('data-figure')!, value: (e.querySelector('.value') ?? e).textContent ?? '' })));
      const shown = new Map(mine.map((f) => [f.id, f.shown]));
      for (const p of onPage) expect(p.value, p.id).toBe(shown.get(p.id));
      // The page shows every figure of the section but the changes beyond the 15 largest, which only the export holds.
      const beyond = (id: string): boolean => Number(/^recommend\.change\.(\d+)\./.exec(id)?.[1] ?? 0) > 15;
      expect(new Set(onPage.map((p) => p.id))).toEqual(new Set(mine.map((f) => f.id).filter((id) => !beyond(id))));
      expect(await page.$eval('#recommend h2', (h) => h.textContent)).toBe('Aanbeveling: geleerd uit de eigen geschiedenis: M4 (geleerd)');
    });
    expect(requests).toEqual([`file://${report}`]);
  }, 120_000);
});
