/**
 * Example: a researcher replays an xxllnc Vroegsignalering export. The export's CSV sheets
 * (SYNTHETIC, examples/data/xxllnc/) are parsed with a real CSV parser, imported with a report
 * of every row that could not be mapped, pseudonymised samples' questions are answered (reach,
 * days to reach, attempts, return after close), and the same signals are replayed under two
 * policies (M4 and M6) to see what a switch would change, with the reasons behind one signal's
 * outcome and deadlines. Writes /tmp/research-replay.html.
 * Run: `npx tsx examples/research-replay.ts`
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  buildReport, comparePolicies, importXxllncExport, researchFigures, type SheetRow, type XxllncSheets,
} from 'vroegsignalering/replay';

// 1. Read the export's sheets (one CSV file per sheet, as researchers receive them).
const dir = new URL('./data/xxllnc/', import.meta.url);
const sheets: Record<string, SheetRow[]> = {};
for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
  sheets[file.replace(/\.csv$/, '')] = parse(readFileSync(new URL(file, dir)), { columns: true, bom: true, skip_empty_lines: true }) as SheetRow[];
}

// 2. Import: every row is mapped or reported, never dropped.
const imported = importXxllncExport(sheets as unknown as XxllncSheets);
for (const [sheet, count] of Object.entries(imported.counts)) {
  console.log(`${sheet}: ${count.rows} rows, ${count.mapped} mapped, ${count.unmapped} reported`);
}
for (const row of imported.unmapped) console.log(`  not mapped: ${row.sheet} row ${row.row} (${row.field}): ${row.message}`);

// 3. The researchers' questions.
const asOf = '2023-12-31';
const figures = researchFigures(imported.records, { asOf });
const pct = (x: number) => `${Math.round(x * 100)}%`;
console.log(`reach ${pct(figures.reachRate)}, help accepted ${pct(figures.acceptanceRate)}, median ${figures.daysToReach.median} days to reach, ${figures.attemptsPerCase.mean?.toFixed(1)} attempts per case`);
for (const [outcome, curve] of Object.entries(figures.returnAfterClose)) {
  console.log(`  ${outcome}: ${curve.closed} closed, signalled again within 90 days: ${pct(curve.at[90] ?? 0)}`);
}

// 4. What if the municipality switched from M4 to M6?
const cmp = comparePolicies(imported.records, ['M4', 'M6'], { asOf });
const [m4, m6] = cmp.sides;
console.log(`M4 → M6: ${cmp.changes.length} of ${imported.records.length} signals change channel; expected reach ${pct(m4.expected.rate)} → ${pct(m6.expected.rate)}`);

// 5. Every decision explains itself: the outcome class and each lifecycle deadline of a signal.
const late = m4.replay.signals.find((s) => s.deadlines.some((d) => d.status === 'missed'));
if (late) {
  console.log(`signal ${late.signalId} (${late.outcome}), under ${late.triage.rule} → ${late.triage.channel}:`);
  for (const r of late.reasons) console.log(`  [${r.outcome}] ${r.message.en}`);
}

// 6. The report: one HTML file, no network requests.
const out = join(tmpdir(), 'research-replay.html');
writeFileSync(out, buildReport({ replay: m4.replay.figures, comparison: cmp, research: figures, asOf, sampleLabel: 'examples/data/xxllnc (synthetic xxllnc export)' }));
console.log(`report: ${out}`);
