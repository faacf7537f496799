import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareSample as prepareEmbedded, sampleInput } from '../../playground/adapter.js';
import { parseSample, prepareSample } from '../../src/replay/index.js';
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

  it('triages exactly as the replay module prepares the sample, under every preset with a capacity', () => {
    const records = parseSample(jsonl.split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown)).map((r) => (r.ok ? r.value : null));
    expect(records.every((r) => r !== null)).toBe(true);
    const full = prepareSample(records as NonNullable<(typeof records)[number]>[], { asOf: AS_OF }).inputs;
    const lean = embedded.map(sampleInput);
    expect(lean).toHaveLength(3000);
    for (const preset of [PRESETS.M1, PRESETS.M4, PRESETS.M5, PRESETS.M6]) {
      const compiled = compilePolicy(preset);
      const a = byMonth(full).flatMap((month) => triageBatch(compiled, month));
      const b = byMonth(lean).flatMap((month) => triageBatch(compiled, month));
      expect(b).toEqual(a);
    }
  });

  it('carries no personal-looking data: no names, birth dates, addresses or contact details', () => {
    const text = JSON.stringify(embedded);
    const first = JSON.parse(jsonl.split('\n')[0]!) as { debtor: { name: { surname: string }; phone: string; email: string; birthDate: string }; address: { postcode: string } };
    for (const value of [first.debtor.name.surname, first.debtor.phone, first.debtor.email, first.debtor.birthDate, first.address.postcode]) expect(text).not.toContain(value);
    expect(text).not.toMatch(/birthDate|givenNames|surname|postcode|@/);
  });
});
