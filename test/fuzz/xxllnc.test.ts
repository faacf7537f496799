import { describe, expect, it } from 'vitest';
import { importXxllncExport, type SheetRow, type XxllncSheets } from '../../src/replay/index.js';
import { rowsFromCells } from '../../src/replay/xxllnc-workbook.js';

/**
 * Issue 14, item 7: `importXxllncExport` keeps its promise on careless and hostile sheets —
 * never throws, every row is mapped or reported (rows = mapped + unmapped), an object cell is
 * refused rather than read as "[object Object]", and no amount is invented.
 */
const creditors: SheetRow[] = [{ ID: 'ZV1', Melder: 'Zorgverzekeraar A', 'Type melder': 'Zorgverzekeraar' }];

function signalRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Meldingnummer: 'M1', SignaalID: 'S1', Hash: 'h1', 'Melder ID': 'ZV1', 'Type melding': 'Vroegsignaal',
    'Datum melding': '15-03-2023', Doorgezet: 'Ja', Achterstandsbedrag: '212,85', Leeftijd: '40', Postcode: '2011',
    ...overrides,
  };
}

function importSignals(rows: readonly SheetRow[]) {
  return importXxllncExport({ Signalen: rows, Melders: creditors } as XxllncSheets);
}

describe('importXxllncExport on hostile cells and rows (issue 14, item 7)', () => {
  it('maps a plain row (the baseline the other cases break)', () => {
    const out = importSignals([signalRow()]);
    expect(out.counts.Signalen).toEqual({ rows: 1, mapped: 1, unmapped: 0 });
    expect(out.records[0]!.arrears.total).toBe('212.85');
    expect(out.warnings).toEqual([]);
  });

  it('refuses an object cell instead of reading "[object Object]"', () => {
    const out = importSignals([signalRow({ SignaalID: { id: 'S1' } })]);
    expect(out.counts.Signalen).toEqual({ rows: 1, mapped: 0, unmapped: 1 });
    expect(out.records).toEqual([]);
    expect(out.unmapped[0]).toMatchObject({ sheet: 'Signalen', row: 1, code: 'invalid_cell', field: 'SignaalID' });
    expect(JSON.stringify(out)).not.toContain('[object Object]');
  });

  it('refuses a null-prototype cell and a deeply nested cell without throwing', () => {
    let nested: unknown = 'x';
    for (let i = 0; i < 20_000; i += 1) nested = [nested];
    const rows = [signalRow({ Meldingnummer: Object.create(null) }), signalRow({ SignaalID: 'S2', Hash: nested }), signalRow({ SignaalID: 'S3' })];
    const out = importSignals(rows);
    expect(out.counts.Signalen).toEqual({ rows: 3, mapped: 1, unmapped: 2 });
    expect(out.unmapped.map((u) => [u.row, u.code, u.field])).toEqual([[1, 'invalid_cell', 'Meldingnummer'], [2, 'invalid_cell', 'Hash']]);
    expect(out.records.map((r) => r.id)).toEqual(['S3']);
  });

  it('refuses an invalid Date cell (a workbook reader can return one) without throwing', () => {
    const out = importSignals([signalRow({ SignaalID: new Date(Number.NaN) })]);
    expect(out.unmapped[0]).toMatchObject({ code: 'invalid_cell', field: 'SignaalID' });
  });

  it('counts every slot of a sparse row array: a hole or a non-object row is reported, not skipped', () => {
    const rows: SheetRow[] = [signalRow(), signalRow({ SignaalID: 'S3' })];
    rows.splice(1, 0, undefined as unknown as SheetRow);
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [signalRow(), , signalRow({ SignaalID: 'S3' })] as SheetRow[];
    for (const list of [sparse, rows, [null, 'text', signalRow()] as unknown as SheetRow[]]) {
      const out = importSignals(list);
      expect(out.counts.Signalen).toEqual({ rows: 3, mapped: out.records.length, unmapped: 3 - out.records.length });
      expect(out.unmapped.filter((u) => u.code === 'invalid_row').length).toBeGreaterThan(0);
    }
    expect(importSignals(sparse).unmapped).toEqual([expect.objectContaining({ row: 2, code: 'invalid_row' })]);
  });

  it('reads headers from any row, not only the first (a hole first does not blind the sheet)', () => {
    const out = importSignals([null, signalRow()] as unknown as SheetRow[]);
    expect(out.counts.Signalen).toEqual({ rows: 2, mapped: 1, unmapped: 1 });
  });

  it('reports a row without arrears and term amount; it does not invent 0.00 with a term-amount warning', () => {
    const { Achterstandsbedrag: _, ...noAmount } = signalRow();
    const out = importSignals([noAmount, signalRow({ SignaalID: 'S2', Achterstandsbedrag: '' })]);
    expect(out.counts.Signalen).toEqual({ rows: 2, mapped: 0, unmapped: 2 });
    expect(out.unmapped.map((u) => u.code)).toEqual(['missing_amount', 'missing_amount']);
    expect(out.warnings).toEqual([]);
    expect(JSON.stringify(out)).not.toContain('0.00');
  });

  it('uses the term amount, with its warning, only when there is one', () => {
    const out = importSignals([signalRow({ Achterstandsbedrag: '', Termijnbedrag: '45,10' })]);
    expect(out.records[0]!.arrears.total).toBe('45.10');
    expect(out.warnings).toEqual([expect.objectContaining({ row: 1, code: 'amount_from_term' })]);
  });

  it('never throws on an object cell in any sheet, and keeps rows = mapped + unmapped there too', () => {
    const hostile = Object.create(null) as Record<string, unknown>;
    const out = importXxllncExport({
      Signalen: [signalRow()],
      Melders: [{ ID: hostile, Melder: 'x' }, ...creditors],
      Meldingen: [{ Meldingnummer: 'M1', 'Afgerond d.d.': { d: 1 } }],
      Tussenresultaat: [{ Meldingnummer: 'M1', 'Datum contactpoging': [[['15-03-2023']]] }],
      Eindresultaat: [undefined as unknown as SheetRow],
    });
    for (const sheet of ['Melders', 'Meldingen', 'Tussenresultaat', 'Eindresultaat'] as const) {
      expect(out.counts[sheet]!.unmapped).toBe(1);
    }
    expect(out.counts.Signalen).toEqual({ rows: 1, mapped: 1, unmapped: 0 });
  });

  it('rowsFromCells: a __proto__ header is an ordinary key, a null-prototype header cell does not throw, a junk slot is kept for the report', () => {
    const rows = rowsFromCells([['__proto__', 'SignaalID', Object.create(null)], [{ polluted: true }, 'S1', 'x'], 'junk' as unknown as unknown[]]);
    expect(rows).toHaveLength(2);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(rows[0]!)).toEqual(['__proto__', 'SignaalID']);
    expect(rows[1]).toBeNull();
    expect(importXxllncExport({ Signalen: rows }).counts.Signalen).toEqual({ rows: 2, mapped: 0, unmapped: 2 });
  });
});
