import { existsSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildReport, comparePolicies, researchFigures } from '../../src/replay/index.js';
import { bundledSample } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe('the HTML report', () => {
  const sample = bundledSample();
  const asOf = '2024-01-31';
  const cmp = comparePolicies(sample, ['M4', 'M6'], { asOf });
  const html = buildReport({
    replay: cmp.sides[0].replay.figures, comparison: cmp, research: researchFigures(sample, { asOf }), asOf,
    sampleLabel: 'examples/data/sample-signals.jsonl (synthetic)',
  });

  it('is self-contained: no external URL, script, font or stylesheet link', () => {
    expect(html).not.toMatch(/<script|<link|@import|url\(|src=|href="http/i);
    expect(html).toContain('SYNTHETIC');
    expect(html.match(/<svg /g)!.length).toBeGreaterThanOrEqual(7);
  });

  it.skipIf(!existsSync(CHROMIUM))('renders its charts in headless Chromium without a single network request', async () => {
    const file = '/tmp/replay-report-test.html';
    writeFileSync(file, html);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`file://${file}`, { waitUntil: 'load' });
      const boxes = await page.$$eval('svg.chart', (svgs) => svgs.map((s) => s.getBoundingClientRect()).map((r) => ({ w: r.width, h: r.height })));
      expect(boxes.length).toBeGreaterThanOrEqual(7);
      for (const b of boxes) expect(b.w * b.h).toBeGreaterThan(1000);
      const bars = await page.$$eval('svg.chart rect', (rects) => rects.filter((r) => r.getBoundingClientRect().width > 0).length);
      expect(bars).toBeGreaterThan(50);
      expect(requests).toEqual([`file://${file}`]);
      await page.screenshot({ path: '/tmp/replay-report.png', fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
