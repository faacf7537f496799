/**
 * Layering you can check (DESIGN.md, "Modules"): model at the bottom, calendar on it, the
 * decision modules on those two (detection also on matching), replay composing them, the
 * Node-only parallel functions over those, the CLI on top. Another module is reached only through its `index.ts` (or, for modules of the
 * library, its `internal.ts`), and no files import each other in a cycle.
 */
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph, moduleOf } from './imports.js';

const MAY_USE: Readonly<Record<string, readonly string[]>> = {
  model: [],
  calendar: ['model'],
  eligibility: ['model', 'calendar'],
  matching: ['model', 'calendar'],
  triage: ['model', 'calendar'],
  feedback: ['model', 'calendar'],
  detection: ['model', 'calendar', 'matching'],
  replay: ['model', 'calendar', 'eligibility', 'matching', 'detection', 'triage', 'feedback'],
  parallel: ['model', 'calendar', 'matching', 'detection', 'triage', 'replay'],
  cli: ['model', 'calendar', 'eligibility', 'matching', 'detection', 'triage', 'feedback', 'replay', 'parallel'],
  '(root)': ['model', 'calendar', 'eligibility', 'matching', 'detection', 'triage', 'feedback', 'replay'],
};

const edges = importGraph();
const crossing = edges.filter((e) => moduleOf(e.from) !== moduleOf(e.to));

describe('layering', () => {
  it('reads the import graph of src/', () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(crossing.length).toBeGreaterThan(10);
  });

  it('every module imports only the modules below it', () => {
    const wrong = crossing
      .filter((e) => !(MAY_USE[moduleOf(e.from)] ?? []).includes(moduleOf(e.to)))
      .map((e) => `${e.from} -> ${e.to}`);
    expect(wrong).toEqual([]);
  });

  it('another module is reached only through its index (or, inside the library, its internal entry)', () => {
    const deep = crossing
      .filter((e) => {
        const entry = e.to.slice(moduleOf(e.to).length + 1);
        return !(entry === 'index.ts' || (entry === 'internal.ts' && moduleOf(e.from) !== 'cli'));
      })
      .map((e) => `${e.from} -> ${e.to}`);
    expect(deep).toEqual([]);
  });

  it('no module depends on itself through another (no cycle between modules)', () => {
    const moduleEdges = crossing.map((e) => ({ from: moduleOf(e.from), to: moduleOf(e.to) }));
    expect(findCycles(moduleEdges)).toEqual([]);
  });

  it('no files import each other in a cycle', () => {
    expect(findCycles(edges).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('finds a planted cycle and a planted deep import', () => {
    expect(findCycles([{ from: 'a', to: 'b' }, { from: 'b', to: 'a' }])).toEqual([['a', 'b', 'a']]);
    expect(moduleOf('matching/score.ts')).toBe('matching');
  });
});
