/**
 * Eligibility benchmark: `assessEligibility` with full reasons on 100,000 already-parsed
 * arrears cases (a creditor's nightly batch: mixed sectors, due dates 0–150 days back, mostly
 * compliant collection). Baseline, measured in the same run: a bare convenant window check
 * (days since the oldest due date within 30–100) on the same cases, the least any
 * assessment must do.
 */
import { addDays } from '../src/model/index.js';
import { toDayNumber } from '../src/model/internal.js';
import { assessEligibility, parseArrearsCase, type ArrearsCase, type EligibilityStatus } from '../src/eligibility/index.js';
import { bestRate, round, seededRandom, type Bench } from './harness.js';

const CASES = 100_000;
const SLICE = 10_000;
const AS_OF = '2024-03-01';
const SECTORS = ['housing', 'energy', 'water', 'health-insurance', 'health-insurance', 'mortgage'] as const;

function syntheticCases(n: number): ArrearsCase[] {
  const rnd = seededRandom(20240301);
  const yes = (p: number) => rnd() < p;
  const out: ArrearsCase[] = [];
  for (let i = 0; i < n; i++) {
    const total = 20 + Math.floor(rnd() * 200_000) / 100;
    const oldestAgo = Math.floor(rnd() * 150);
    const newestAgo = Math.floor(rnd() * Math.min(20, oldestAgo + 1));
    const parsed = parseArrearsCase({
      id: `A${i}`,
      sector: SECTORS[i % SECTORS.length],
      paymentArrangement: yes(0.1) ? 'lapsed' : yes(0.05) ? 'honoured' : 'none',
      socialCollectionDone: yes(0.97), personalContactAttempted: yes(0.9), arrangementOffered: yes(0.9),
      debtHelpPointerGiven: yes(0.95), reminderMentionedDataSharing: yes(0.95), objectionRegistered: yes(0.02),
      dwelling: yes(0.99), legalForm: yes(0.97) ? 'natural-person' : 'bv',
      reminders: { count: Math.floor(rnd() * 5) },
      arrears: {
        total: total.toFixed(2),
        premium: (total * 0.8).toFixed(2),
        unpaidTerms: 1 + Math.floor(rnd() * 4),
        oldestDueDate: addDays(AS_OF, -oldestAgo),
        newestDueDate: addDays(AS_OF, -newestAgo),
      },
    });
    if (!parsed.ok) throw new Error('synthetic case does not parse');
    out.push(parsed.value);
  }
  return out;
}

const bench: Bench = {
  name: 'eligibility',
  run() {
    const cases = syntheticCases(CASES);
    const statuses: Record<EligibilityStatus, number> = { eligible: 0, 'not-yet': 0, 'too-late': 0, excluded: 0 };
    // Time slices of 10,000 cases in turn, best of many short rounds: on a shared machine the
    // quietest rounds are the least noisy figure (every case is assessed in every 10 slices).
    let reasons = 0;
    let slice = 0;
    const assessmentsPerSec = bestRate(() => {
      const from = (slice++ % (CASES / SLICE)) * SLICE;
      for (let i = from; i < from + SLICE; i++) reasons += assessEligibility(cases[i]!, { asOf: AS_OF }).reasons.length;
      return SLICE;
    }, { minMs: 4000, rounds: 20 });
    reasons = 0;
    for (const c of cases) reasons += assessEligibility(c, { asOf: AS_OF }).reasons.length;
    for (const c of cases) statuses[assessEligibility(c, { asOf: AS_OF }).status] += 1;
    const asOfDay = toDayNumber(AS_OF);
    let inWindow = 0;
    const baselineWindowChecksPerSec = bestRate(() => {
      const from = (slice++ % (CASES / SLICE)) * SLICE;
      for (let i = from; i < from + SLICE; i++) {
        const age = asOfDay - toDayNumber(cases[i]!.arrears.oldestDueDate);
        if (age >= 30 && age <= 100) inWindow += 1;
      }
      return SLICE;
    }, { minMs: 2000, rounds: 20 });
    inWindow = 0;
    for (const c of cases) {
      const age = asOfDay - toDayNumber(c.arrears.oldestDueDate);
      if (age >= 30 && age <= 100) inWindow += 1;
    }
    return {
      cases: CASES,
      assessmentsPerSec: round(assessmentsPerSec),
      reasonsPerAssessment: round(reasons / CASES, 3),
      statuses,
      baselineWindowChecksPerSec: round(baselineWindowChecksPerSec),
      ratioToBaseline: round(assessmentsPerSec / baselineWindowChecksPerSec, 3),
      baselineInWindow: inWindow,
      goalAssessmentsPerSec: 1_000_000,
    };
  },
};
export default bench;
