import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareSample as prepareEmbedded, sampleInput } from '../../playground/adapter.js';
import { parseSample, replay } from '../../src/replay/index.js';
import { compilePolicy, PRESETS, triageBatch, type TriageInput } from '../../src/triage/index.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const HAS_CHROMIUM = existsSync(CHROMIUM);
const SAMPLE = new URL('../../examples/data/sample-signals.jsonl', import.meta.url);
const AS_OF = '2024-01-31';

function byMonth(inputs: readonly TriageInput[]): TriageInput[][] {
  const months = new Map<string, TriageInput[]>();
  for (const input of inputs) {
    const m = input.signal.receivedDate.slice(0, 7);
    months.set(m, [...(months.get(m) ?? []), input]);
  }
  return [...months.values()];
}

describe('the sample embedded in the playground', () => {
  const jsonl = readFileSync(SAMPLE, 'utf8');
  const embedded = prepareEmbedded(jsonl, AS_OF);

  it('triages exactly as the replay module replays the sample, under every preset with a capacity', () => {
    const records = parseSample(jsonl.split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown)).flatMap((r) => (r.ok ? [r.value] : []));
    expect(records).toHaveLength(3000);
    const inputs = embedded.map(sampleInput);
    expect(inputs).toHaveLength(3000);
    for (const preset of ['M1', 'M4', 'M5', 'M6'] as const) {
      const replayed = replay(records, { policy: preset, asOf: AS_OF }).signals.map((s) => s.triage);
      const compiled = compilePolicy(PRESETS[preset]);
      const page = new Map(byMonth(inputs).flatMap((month) => triageBatch(month, compiled)).map((item) => {
        if (!item.ok) throw new Error(item.issues[0]!.message);
        return [item.value.signalId, item.value] as const;
      }));
      expect(replayed.map((d) => page.get(d.signalId))).toEqual(replayed);
    }
  });

  it('carries no personal-looking data: no names, birth dates, addresses or contact details', () => {
    const text = JSON.stringify(embedded);
    const first = JSON.parse(jsonl.split('\n')[0]!) as { debtor: { name: { surname: string }; phone: string; email: string; birthDate: string }; address: { postcode: string } };
    for (const value of [first.debtor.name.surname, first.debtor.phone, first.debtor.email, first.debtor.birthDate, first.address.postcode]) expect(text).not.toContain(value);
    expect(text).not.toMatch(/birthDate|givenNames|surname|postcode|@/);
  });
});

/** Wait until an element reads `text` (the page checks and triages 150 ms after the last keystroke). */
async function reads(page: Page, selector: string, text: RegExp): Promise<string> {
  const element = page.locator(selector, { hasText: text }).first();
  await element.waitFor({ timeout: 10_000 });
  return (await element.textContent()) ?? '';
}

/** Wait until a cell of the month table reads `text`. */
function cellReads(page: Page, month: string, channel: string, text: RegExp): Promise<string> {
  return reads(page, `#results td[data-month="${month}"][data-channel="${channel}"]`, text);
}

const BROWSER_TEST = HAS_CHROMIUM
  ? 'works from file:// in headless Chromium: capacity edits change the counts, errors name their path, no console error, no network request'
  : `SKIPPED: no Chromium at ${CHROMIUM}, so the playground was not opened in a browser (install Debian's chromium to run it)`;

describe('the policy playground page', () => {
  let dir = '';
  let html = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'playground-test-'));
    execFileSync(process.execPath, ['scripts/build-playground.mjs', dir], { cwd: new URL('../..', import.meta.url), stdio: 'pipe', timeout: 120_000 });
    html = readFileSync(join(dir, 'index.html'), 'utf8');
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has every word of the page in Dutch and English', () => {
    const words = JSON.parse(readFileSync(new URL('../../playground/words.json', import.meta.url), 'utf8')) as Record<string, Record<string, string>>;
    for (const [key, text] of Object.entries(words)) expect(Object.keys(text).sort(), key).toEqual(['en', 'nl']);
    const used = [...readFileSync(new URL('../../playground/index.html', import.meta.url), 'utf8').matchAll(/data-i18n="([^"]+)"/g)].map((m) => m[1]!);
    expect(used.filter((k) => !(k in words))).toEqual([]);
  });

  it('is one file: one inline classic script, a JSON data block, inline CSS, nothing loaded from elsewhere', () => {
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!.trim());
    expect(scripts).toEqual(['type="application/json" id="sample-data"', '']);
    expect(html).not.toMatch(/type="module"|<link|@import|\ssrc=|href="(?!#)/);
    expect(html).toContain("default-src 'none'");
  });

  it.skipIf(!HAS_CHROMIUM)(BROWSER_TEST, async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      const file = `file://${join(dir, 'index.html')}`;
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(file, { waitUntil: 'load' });
      await page.waitForSelector('body[data-ready="true"]');
      expect(await page.textContent('#policy-status')).toBe('Geldig beleid: M4 2023-03, 11 regels.');

      // M4 (De signaalreis, Bijlage 1, Gemeente 4): 20 home visits and 50 calls a month, both taken in March.
      expect(await cellReads(page, '2023-03', 'home-visit', /^20 \/ 20/)).toMatch(/^20 \/ 20/);
      expect(await cellReads(page, '2023-03', 'phone', /^50 \/ 50/)).toMatch(/^50 \/ 50/);
      const movedBefore = Number(await page.textContent('#results td[data-month="2023-03"][data-channel="moved"]'));
      const emailBefore = Number(await page.textContent('#results td[data-month="2023-03"][data-channel="email"]'));

      // Five visits instead of twenty: fifteen more signals follow the visit's fallback (full → e-mail, no address → card).
      await page.fill('#cap-home-visit', '5');
      expect(await cellReads(page, '2023-03', 'home-visit', /^5 \/ 5/)).toMatch(/^5 \/ 5/);
      expect(await page.inputValue('#policy-text')).toContain('"home-visit": 5');
      const movedAfter = Number(await page.textContent('#results td[data-month="2023-03"][data-channel="moved"]'));
      const emailAfter = Number(await page.textContent('#results td[data-month="2023-03"][data-channel="email"]'));
      expect(movedAfter).toBe(movedBefore + 15);
      expect(emailAfter).toBeGreaterThan(emailBefore);

      // An invalid edit typed into the JSON: the problem names its path; the figures stay, marked stale.
      const text = await page.inputValue('#policy-text');
      await page.fill('#policy-text', text.replace('"home-visit": 5', '"home-visit": -1'));
      await page.waitForSelector('#policy-issues li');
      expect(await page.$$eval('#policy-issues li code', (codes) => codes.map((c) => c.textContent))).toEqual(['capacity.home-visit']);
      expect(await page.textContent('#policy-issues li')).toContain('0 or more');
      expect(await page.getAttribute('#policy-text', 'aria-invalid')).toBe('true');
      expect(await page.$eval('section.results', (s) => s.classList.contains('stale'))).toBe(true);
      await page.fill('#policy-text', text.replace('"channel": "phone"', '"channel": "fone"'));
      expect(await reads(page, '#policy-issues li code', /then\.channel/)).toMatch(/^rules\[\d+\]\.then\.channel$/);
      await page.fill('#policy-text', text.replace('"name": "M4",', '"name": "M4"'));
      await reads(page, '#policy-issues li code', /^\(JSON\) regel \d+, kolom \d+$/);
      await page.fill('#policy-text', text);
      await page.waitForSelector('#policy-status.ok');
      expect(await page.$$('#policy-issues li')).toHaveLength(0);

      // Explain a signal the full visits sent on, in Dutch and then in English.
      await page.selectOption('#explain-month', '2023-03');
      await page.selectOption('#explain-channel', 'email');
      const options = await page.$$eval('#explain-signal option', (os) => os.map((o) => o.value));
      expect(options.length).toBeGreaterThan(15);
      const lines = async (): Promise<string> => (await page.$$eval('#explanation li', (li) => li.map((l) => l.textContent).join('\n')));
      let moved = '';
      for (const value of options) {
        await page.selectOption('#explain-signal', value);
        if ((await lines()).includes('huisbezoek → e-mail: capaciteit vol (5/maand)')) {
          moved = value;
          break;
        }
      }
      expect(moved).not.toBe('');
      expect(await lines()).toContain('Triagebeleid M4, versie 2023-03');
      await page.check('input[name="lang"][value="en"]');
      await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
      expect(await lines()).toContain('home visit → e-mail: capacity full (5/month)');
      expect(await page.textContent('#policy-status')).toBe('Valid policy: M4 2023-03, 11 rules.');

      // Keyboard only: choose M6 and press Enter on the load button.
      await page.focus('#preset');
      await page.selectOption('#preset', 'M6');
      await page.keyboard.press('Tab');
      expect(await page.$eval(':focus', (e) => e.id)).toBe('load-preset');
      await page.keyboard.press('Enter');
      await reads(page, '#policy-status', /M6 2023-03/);
      expect(await cellReads(page, '2023-03', 'home-visit', /^85 \/ 85/)).toMatch(/^85 \/ 85/);
      // Every control has a label a screen reader announces.
      const unlabelled = await page.$$eval('input, select, textarea, button', (els) => els.filter((e) => (e as unknown as { labels: { length: number } }).labels.length === 0 && !e.textContent?.trim()).map((e) => e.id || e.outerHTML.slice(0, 60)));
      expect(unlabelled).toEqual([]);

      // Download the edited policy: the file is the editor's text.
      await page.fill('#cap-home-visit', '60');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
      expect(download.suggestedFilename()).toBe('m6-2023-03.json');
      const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { capacity: Record<string, number> };
      expect(saved.capacity['home-visit']).toBe(60);

      await page.check('input[name="lang"][value="nl"]');
      await page.selectOption('#explain-month', '2023-03');
      await page.selectOption('#explain-channel', '');
      await page.screenshot({ path: '/tmp/playground.png', fullPage: true });
      expect(errors).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('blob:'))).toEqual([file]);
    } finally {
      await browser.close();
    }
  });
});
