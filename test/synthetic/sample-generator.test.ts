import { describe, expect, it } from 'vitest';
import { SampleGenerator, generateSample } from '../../tools/synthetic/sample.js';

/**
 * The synthetic sample generator drew children as debtors (birth dates under 18 years before the
 * signal date; the bundled sample had 246 such signals). Debtors are adults on every signal date.
 */
function ageOn(birth: string, date: string): number {
  const [y, m = 1, d = 1] = birth.split('-').map(Number) as [number, number?, number?];
  const [sy, sm, sd] = date.split('-').map(Number) as [number, number, number];
  return sy - y - (sm < m || (sm === m && sd < d) ? 1 : 0);
}

describe('synthetic sample generator: debtors are adults at the signal date', () => {
  it('with personal data: every debtor in the register is 18 or older on the signal date', () => {
    const generator = new SampleGenerator({ seed: 2023, signals: 3000 });
    const register = generator.populate(3000)!;
    const records = generator.generate(3000);
    const byId = new Map(register.people.map((p) => [p.id, p]));
    let checked = 0;
    for (const r of records) {
      const truth = byId.get(String(r.person));
      if (!truth) continue; // not in the register (a non-resident), no true birth date
      const { year, month, day } = truth.birth;
      expect(ageOn(`${year}-${month}-${day}`, r.receivedDate), `${String(r.id)}`).toBeGreaterThanOrEqual(18);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(2500);
    // The register itself still has children: they live in the households, they are not signalled.
    expect(register.people.some((p) => p.birth.year > 2010)).toBe(true);
  });

  it('without personal data: every birth year makes the debtor 18 on the first day of the period', () => {
    for (const start of ['2023-01-01', '2010-07-01']) {
      const records = generateSample({ seed: 7, signals: 2000, personal: false, start });
      for (const r of records) {
        const year = Number(r.debtor?.birthDate);
        expect(ageOn(`${year}-12-31`, r.receivedDate)).toBeGreaterThanOrEqual(18);
      }
    }
  });
});
