/**
 * A SYNTHETIC month of case logs for tests, the bench and the example: every id, BSN, address
 * and amount is invented with a seeded generator. Outcomes follow the study's mix (De signaalreis,
 * 003; DOMAIN.md §6): most residents not reached, about a quarter reached without help, about one
 * in eight accepting help, a few known at debt help, register fallout, unjustified and repeated
 * signals; some warm referrals, eviction notices and matches (a second creditor joins the case).
 */
import { seededRandom } from '../../bench/harness.js';
import type { CaseOutcome, ContactChannel, HelpResult } from '../../src/feedback/index.js';
import { OUTCOME_FEEDBACK } from '../../src/feedback/internal.js';

/** Options of {@link syntheticMonth}. */
export interface MonthOptions {
  readonly seed: number;
  /** Cases to open. */
  readonly cases: number;
  /** Year and month (1–12) the signals arrive in; default May 2025. */
  readonly year?: number;
  readonly month?: number;
  /** CBS municipality codes to spread the cases over. */
  readonly municipalities?: readonly string[];
}

const SECTORS = ['health-insurance', 'health-insurance', 'energy', 'water', 'housing', 'housing'] as const;
const CHANNELS: readonly ContactChannel[] = ['phone', 'phone', 'phone', 'letter', 'sms-whatsapp', 'email', 'home-visit', 'card'];
const HELP_RESULTS: readonly HelpResult[] = ['advice-or-quick-fix', 'follow-up-financial', 'follow-up-non-financial', 'follow-up', 'referral-without-resident'];

/** Digits of a synthetic BSN that passes the eleven-test. */
function syntheticBsn(rand: () => number): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, i) => (i === 0 ? 1 + Math.floor(rand() * 8) : Math.floor(rand() * 10)));
    const sum = digits.reduce((s, d, i) => s + (9 - i) * d, 0);
    const check = sum % 11;
    if (check <= 9) return `${digits.join('')}${check}`;
  }
}

/**
 * Generate one month of case logs: `case-opened` records and events, each case's records in
 * chronological order (cases one after another). Instants are UTC between 06:00 and 20:00, so the
 * Amsterdam date is the UTC date.
 */
export function syntheticMonth(options: MonthOptions): Record<string, unknown>[] {
  const { seed, cases, year = 2025, month = 5, municipalities = ['0392', '0546', '0363'] } = options;
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const records: Record<string, unknown>[] = [];
  for (let n = 0; n < cases; n++) {
    const caseId = `Z-${seed}-${n + 1}`;
    const day = 1 + Math.floor(rand() * days);
    let t = Date.UTC(year, month - 1, day, 6 + Math.floor(rand() * 4), Math.floor(rand() * 60));
    const at = (): string => new Date(t).toISOString();
    const later = (dayCount: number): string => {
      const next = Date.UTC(year, month - 1, day + dayCount, 6 + Math.floor(rand() * 14), Math.floor(rand() * 60));
      t = Math.max(t + 60_000, next);
      return at();
    };
    const ev = (type: string, when: string, extra: Record<string, unknown> = {}) =>
      records.push({ type, caseId, at: when, actor: type === 'auto-close' ? 'system' : `staff:${1 + Math.floor(rand() * 5)}`, ...extra });
    const r = rand();
    const kind = r < 0.08 ? 'warm-referral' : r < 0.11 ? 'eviction-notice' : 'early';
    const sector = kind === 'eviction-notice' ? 'housing' : pick(SECTORS);
    const receivedDate = new Date(t).toISOString().slice(0, 10);
    const client = rand() < 0.6
      ? { bsn: syntheticBsn(rand) }
      : { postcode: `${1000 + Math.floor(rand() * 8999)}${pick(['AB', 'CD', 'EK', 'GH', 'TR'])}`, houseNumber: 1 + Math.floor(rand() * 200), ...(rand() < 0.2 ? { houseNumberAddition: pick(['A', 'B', '2', 'bis']) } : {}) };
    records.push({
      type: 'case-opened', caseId, municipalityCode: pick(municipalities), at: at(), actor: 'ris-import',
      signal: {
        id: `S-${seed}-${n + 1}`, kind, creditor: { id: `C-${sector}-${1 + Math.floor(rand() * 3)}`, sector }, receivedDate,
        amount: (25 + rand() * 2400).toFixed(2), originDate: new Date(t - (35 + Math.floor(rand() * 60)) * 86_400_000).toISOString().slice(0, 10), client,
      },
    });
    const close = (type: string, when: string, outcome: CaseOutcome, extra: Record<string, unknown> = {}) => {
      ev(type, when, extra);
      ev('feedback-sent', when, { code: OUTCOME_FEEDBACK[outcome] });
    };
    const s = rand();
    if (s < 0.04) {
      ev('register-manual-review', later(0));
      if (rand() < 0.5) { close('register-fallout', later(2), 'register-fallout'); continue; }
      ev('register-matched', later(2));
    } else {
      ev('register-matched', later(0));
    }
    if (rand() < 0.1) ev('signal-added', later(1), { signal: { id: `S-${seed}-${n + 1}-b`, creditor: { id: 'C-water-9', sector: 'water' }, receivedDate: new Date(t).toISOString().slice(0, 10), amount: (40 + rand() * 300).toFixed(2), client } });
    const screening = rand();
    if (screening < 0.04) { close('unjustified', later(1), 'unjustified'); continue; }
    if (screening < 0.08) { close('repeated-signal', later(1), 'repeated'); continue; }
    if (screening < 0.12) { close('known-at-debt-help', later(2), 'known-at-debt-help'); continue; }
    if (screening < 0.14) { close('not-picked-up', later(2), 'not-picked-up', { reason: 'capacity' }); continue; }
    ev('picked-up', later(kind === 'early' ? 2 + Math.floor(rand() * 5) : 1));
    const fate = rand();
    const attempts = 1 + Math.floor(rand() * 3);
    for (let a = 0; a < attempts; a++) ev('contact-not-reached', later(3 + a * 3), { channel: pick(CHANNELS) });
    if (fate < 0.02) { close('deceased', later(12), 'deceased'); continue; }
    if (fate < 0.6) {
      if (rand() < 0.5) close('contact-given-up', later(20), 'not-reached');
      else close('auto-close', later(28), 'not-reached');
      continue;
    }
    ev('contact-reached', later(14), { channel: rand() < 0.88 ? 'phone' : pick(CHANNELS) });
    if (fate < 0.86) {
      const decision = pick(['help-declined', 'own-action', 'other-trajectory'] as const);
      close(decision, later(15), decision === 'help-declined' ? 'declined' : decision);
      continue;
    }
    const accepted = later(15);
    ev('help-accepted', accepted);
    ev('feedback-sent', accepted, { code: 'wants-help' });
    if (rand() < 0.2) close('contact-lost', later(26), 'no-response-after-contact');
    else if (rand() < 0.8) ev('help-completed', later(25), { result: pick(HELP_RESULTS) });
  }
  return records;
}
