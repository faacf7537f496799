import type { ContactSchedule } from '../../src/triage/index.js';

/** A schedule in the compact form the fixtures are written in. */
export function compactSchedule(s: ContactSchedule): { signalId: string; status: string; attempts: string[]; unplanned: string[] } {
  return {
    signalId: s.signalId,
    status: s.status,
    attempts: s.attempts.map((a) => `${a.date} ${a.window} ${a.channel} ${a.attempt}/${a.of}`),
    unplanned: s.unplanned.map((u) => `${u.channel} ${u.attempt}/${u.of} ${u.because}`),
  };
}
