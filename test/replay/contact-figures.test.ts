import { describe, expect, it } from 'vitest';
import { replay } from '../../src/replay/index.js';
import { bundledSample } from './helpers.js';

const asOf = '2024-01-31';

describe('replay: the contact plan against capacity, on the bundled sample', () => {
  const sample = bundledSample();
  const m4 = replay(sample, { policy: 'M4', asOf }).figures.contacts;

  it('dates M4\'s attempts within its calls and visits a day, and says how full the days were', () => {
    expect(m4.fromPolicy).toBe(true);
    const phone = m4.load.find((l) => l.channel === 'phone')!;
    const visits = m4.load.find((l) => l.channel === 'home-visit')!;
    expect([phone.perDay, phone.perMonth, visits.perDay, visits.perMonth]).toEqual([7, 150, 2, 40]);
    for (const l of [phone, visits]) {
      expect(Math.max(...l.byDay.map((d) => d.attempts))).toBeLessThanOrEqual(l.perDay!);
      expect(l.busiestDay).toBe(l.perDay);
      expect(l.fullDays).toBeGreaterThan(100); // calls and visits run at their daily limit most working days
    }
    // every phone signal: 3 calls, then an app/SMS
    const phoneSignals = m4.completion.find((c) => c.channel === 'phone')!.signals;
    expect(phone.attempts).toBe(3 * phoneSignals);
    expect(m4.load.find((l) => l.channel === 'sms')!.attempts).toBe(phoneSignals);
    expect(m4.signals).toBe(m4.complete + m4.incomplete);
    expect(m4.attempts).toBe(m4.load.reduce((s, l) => s + l.attempts, 0));
    // within M4's own 50 calls and 20 visits a month, every plan fits in its 28 days
    expect(m4.completion.every((c) => c.shareNotWithinCapacity === 0)).toBe(true);
  });

  it('reports the share of plans not completed within capacity, per channel, when triage admits more calls than the plan can make', () => {
    const more = replay(sample, { policy: 'M4', asOf, capacities: { phone: 80 } }).figures.contacts;
    const phone = more.completion.find((c) => c.channel === 'phone')!;
    // 80 residents × 3 calls a month against 150 calls: most plans run past their 28 days
    expect(phone.incomplete.capacity).toBeGreaterThan(0);
    expect(phone.shareNotWithinCapacity).toBeGreaterThan(0.3);
    expect(phone.shareNotWithinCapacity).toBeLessThan(1);
    expect(phone.shareNotWithinCapacity).toBe(phone.incomplete.capacity / phone.signals);
    expect(more.completion.find((c) => c.channel === 'letter')!.shareNotWithinCapacity).toBe(0);
    expect(more.load.find((l) => l.channel === 'phone')!.unplanned.capacity).toBeGreaterThan(0);
  });

  it('without a contact plan, every contact channel gets one attempt and nothing is limited', () => {
    const plain = replay(sample, { policy: 'above-500-home-visit', asOf }).figures.contacts;
    expect(plain.fromPolicy).toBe(false);
    expect(plain.attempts).toBe(plain.signals);
    expect(plain.incomplete).toBe(0);
  });
});
