import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULEBOOK } from '../../src/eligibility/index.js';
import { runCli } from '../support/cli.js';

/**
 * Issue 14, item 8: Notepad and Excel write a UTF-8 byte order mark. Every JSON and JSONL file the
 * CLI reads goes through the reading kernel (`readJsonFile`, `readRecords`), so a BOM changes
 * nothing: the same output and exit code as the file without it. Policy files, rulebooks and
 * state files were read by hand with `JSON.parse`, and a BOM made them "not valid JSON".
 */
const dir = mkdtempSync(join(tmpdir(), 'vs-bom-'));
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** A file's content written twice into the scratch folder: as it is, and with a BOM in front. */
function withAndWithoutBom(name: string, content: string | Buffer): { plain: string; bom: string } {
  const plain = join(dir, name);
  const bom = join(dir, `bom-${name}`);
  writeFileSync(plain, content);
  writeFileSync(bom, Buffer.concat([BOM, Buffer.from(content)]));
  return { plain, bom };
}

describe('a UTF-8 BOM on every JSON and JSONL input changes nothing (issue 14, item 8)', () => {
  it('policy check and triage --policy read a policy file with a BOM', () => {
    const policy = withAndWithoutBom('m4.json', readFileSync('examples/policies/m4.json'));
    const check = runCli(['policy', 'check', policy.bom]);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('ok — M4 version 2023-03');
    const [plain, bom] = [policy.plain, policy.bom].map((file) => runCli(['triage', '--policy', file, 'examples/data/triage-signals.jsonl']));
    expect(bom!.status).toBe(0);
    expect(bom!.lines).toHaveLength(40);
    expect(bom!.stdout).toBe(plain!.stdout);
  });

  it('eligibility --rulebook reads a rulebook with a BOM', () => {
    const rulebook = withAndWithoutBom('rulebook.json', JSON.stringify(DEFAULT_RULEBOOK));
    const [plain, bom] = [rulebook.plain, rulebook.bom].map((file) => runCli(['eligibility', '--as-of', '2024-03-01', '--rulebook', file, 'examples/data/eligibility-cases.csv']));
    expect([bom!.status, plain!.status]).toEqual([1, 1]); // the example has one invalid case
    expect(bom!.lines.length).toBe(5);
    expect(bom!.stdout).toBe(plain!.stdout);
  });

  it('detect --state reads a state file with a BOM', () => {
    const first = join(dir, 'state.json');
    expect(runCli(['detect', '--state', first, 'examples/data/detection-signals.jsonl']).status).toBe(0);
    const state = withAndWithoutBom('state-again.json', readFileSync(first));
    const [plain, bom] = [state.plain, state.bom].map((file) => runCli(['detect', '--state', file, 'examples/data/detection-signals.jsonl']));
    expect(bom!.stderr).not.toContain('JSON');
    expect(bom!.stdout).toBe(plain!.stdout);
    expect(bom!.status).toBe(plain!.status);
  });

  it('feedback keeps the case of a case-opened first line after a BOM', () => {
    const log = withAndWithoutBom('events.jsonl', readFileSync('examples/data/feedback-events.jsonl'));
    const [plain, bom] = [log.plain, log.bom].map((file) => runCli(['feedback', file, '--as-of', '2025-06-30']));
    expect(bom!.status).toBe(0);
    expect(bom!.stdout).toBe(plain!.stdout);
    expect(bom!.stdout).toContain('Z-11-1');
  });
});
