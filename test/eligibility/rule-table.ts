/**
 * The rule tables of docs/eligibility.md, generated from the rulebook and the presets (the docs
 * test checks the page against them; regenerate with `npx tsx test/eligibility/rule-table.ts`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CREDITOR_PRESETS, DEFAULT_RULEBOOK, type RuleSpec, type RuleVersionValue } from '../../src/eligibility/index.js';

type Value = RuleVersionValue & Record<string, unknown>;

/** What a rule version checks, in a few words. */
function condition(rule: RuleSpec, v: Value): string {
  switch (rule.type) {
    case 'window': {
      const max = v['maxDays'] === null ? '∞' : String(v['maxDays']);
      const on = v['measure'] === 'premium' ? ' (premium)' : '';
      const newest = (v['newestClaimAfter'] as string[] | undefined)?.length ? `; newest claim after: ${(v['newestClaimAfter'] as string[]).join(', ')}` : '';
      const oldNewest = v['maxOnNewestAfterLapse'] ? '; newest claim after a lapsed arrangement' : '';
      return `${v['minDays']}–${max} days${on}${newest}${oldNewest}`;
    }
    case 'flag':
      return `\`${String(v['field'])}\` = ${String(v['required'])}`;
    case 'one-of':
      return `\`${String(v['field'])}\` ∈ ${(v['allowed'] as string[]).join(', ')}`;
    case 'legal-form':
      return `${(v['eligible'] as string[]).join(', ')} (or personally liable)`;
    case 'reminders':
      return `≥ ${v['minCount']}${v['minSpacingDays'] ? `, ${v['minSpacingDays']} days apart` : ''}`;
    case 'unpaid-terms':
      return `≥ ${v['minTerms']} terms (${v['measure']})`;
    case 'min-amount':
      return `≥ €${v['minAmount']} (${v['measure']})`;
    case 'end-of-supply-notice':
      return `≥ ${v['workingDaysBeforeEnd']} working days before contract end`;
    case 'cak-referral':
      return `info at ${v['months']} months`;
    default:
      return rule.type === 'basis' ? 'basis' : rule.type === 'premium-basis' ? 'info' : rule.type;
  }
}

const effect = (v: Value): string => (v['effect'] === 'flag' ? 'flag' : 'block');
const origin = (v: Value): string => String(v['origin'] ?? '');
const cell = (s: string): string => s.replaceAll('|', '\\|');
const cite = (v: Value): string => cell(`${v.source.document}${v.source.clause ? ` — ${v.source.clause}` : ''}`);

/** The table of the default rulebook: one row per rule version. */
export function rulebookTable(): string {
  const rows = DEFAULT_RULEBOOK.rules.flatMap((rule) => rule.versions.map((version) => {
    const v = version.value as Value;
    return `| \`${rule.code}\` | ${cell(condition(rule, v))} | ${effect(v)} | ${rule.sectors.join(', ')} | ${rule.kinds.join(', ')} | ${version.from} | ${version.until ?? '—'} | ${origin(v)} | ${cite(v)} |`;
  }));
  return ['| rule | condition | effect | sectors | kinds | from | until | origin | source |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** The table of the creditor presets: one row per rule. */
export function presetTable(): string {
  const rows = Object.entries(CREDITOR_PRESETS).flatMap(([id, policy]) => policy.rules.map((rule) => {
    const v = rule.versions[0]!.value as Value;
    const replaces = rule.replaces ? `; replaces \`${rule.replaces}\`` : '';
    return `| \`${id}\` | \`${rule.code}\` | ${cell(condition(rule, v))}${replaces} | ${origin(v)} | ${cite(v)} |`;
  }));
  return ['| preset | rule | condition | origin | source |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

const DOC = new URL('../../docs/eligibility.md', import.meta.url);

/** Replace the text between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
export function withSection(doc: string, name: string, body: string): string {
  const re = new RegExp(`<!-- ${name}:start -->[\\s\\S]*?<!-- ${name}:end -->`);
  return doc.replace(re, () => `<!-- ${name}:start -->\n${body}\n<!-- ${name}:end -->`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const doc = readFileSync(DOC, 'utf8');
  writeFileSync(DOC, withSection(withSection(doc, 'rule-table', rulebookTable()), 'preset-table', presetTable()));
}
