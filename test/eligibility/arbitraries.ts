/** fast-check generators of raw arrears records, valid and nearly valid, for property tests. */
import fc from 'fast-check';
import { addDays } from '../../src/model/index.js';
import { CASE_FLAGS, ELIGIBILITY_KINDS, ELIGIBILITY_SECTORS } from '../../src/eligibility/index.js';
import { LEGAL_FORMS } from '../../src/model/index.js';

/** A date between mid-2020 and the end of 2026, spanning every rule change. */
export const dateArb = fc.integer({ min: 0, max: 2400 }).map((n) => addDays('2020-07-01', n));

const centsArb = fc.integer({ min: 0, max: 200_000 });
const euro = (cents: number) => (cents / 100).toFixed(2);

/** The answer to each yes/no fact that lets a signal through. */
const FAVOURABLE: Record<(typeof CASE_FLAGS)[number], boolean> = {
  objectionRegistered: false, knownDebtArrangement: false, personallyLiable: false, dwelling: true, socialCollectionDone: true,
  personalContactAttempted: true, arrangementOffered: true, debtHelpPointerGiven: true, reminderMentionedDataSharing: true,
  paymentDeferral: false, handedToCollectionAgency: false, priorEarlySignal: true, customerAskedForHelp: true,
};

/** Mostly `usual`, sometimes anything else: so that many generated cases get near a decision boundary. */
function mostly<T>(usual: T, others: readonly T[]): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: fc.constant(usual), weight: 25 }, { arbitrary: fc.constantFrom(...others), weight: 1 });
}

/** A raw arrears record that parses: every field drawn from its domain, mostly favourable. */
export const validCaseArb = fc
  .record({
    sector: fc.constantFrom(...ELIGIBILITY_SECTORS),
    kind: fc.constantFrom(...ELIGIBILITY_KINDS),
    legalForm: mostly('natural-person', LEGAL_FORMS),
    paymentArrangement: fc.constantFrom('none', 'honoured', 'broken', 'lapsed'),
    customerStatus: mostly('current', ['ex-customer']),
    flags: fc.record(Object.fromEntries(CASE_FLAGS.map((f) => [f, mostly(FAVOURABLE[f], [!FAVOURABLE[f]])])) as Record<(typeof CASE_FLAGS)[number], fc.Arbitrary<boolean>>),
    oldest: dateArb,
    newestAfter: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
    total: centsArb,
    premiumShare: fc.double({ min: 0, max: 1, noNaN: true }),
    unpaidTerms: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
    reminderGaps: fc.option(fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 5 }), { nil: undefined }),
    reminderCount: fc.integer({ min: 0, max: 5 }),
    contractEndAfter: fc.integer({ min: 0, max: 200 }),
  })
  .map((r) => {
    const dates = r.reminderGaps?.reduce<string[]>((acc, gap) => [...acc, addDays(acc.at(-1) ?? r.oldest, gap)], []);
    return {
      sector: r.sector,
      kind: r.kind,
      legalForm: r.legalForm,
      paymentArrangement: r.paymentArrangement,
      customerStatus: r.customerStatus,
      ...r.flags,
      arrears: {
        total: euro(r.total),
        premium: euro(Math.floor(r.total * r.premiumShare)),
        oldestDueDate: r.oldest,
        ...(r.newestAfter === undefined ? {} : { newestDueDate: addDays(r.oldest, r.newestAfter) }),
        ...(r.unpaidTerms === undefined ? {} : { unpaidTerms: r.unpaidTerms }),
      },
      reminders: dates ? { dates } : { count: r.reminderCount },
      contractEndDate: addDays(r.oldest, r.contractEndAfter),
    };
  });

/** Anything at all, or a valid record with one field broken. */
export const anyInputArb = fc.oneof(
  fc.anything(),
  validCaseArb,
  fc.tuple(validCaseArb, fc.constantFrom('sector', 'arrears', 'kind', 'reminders', 'dwelling'), fc.anything())
    .map(([c, key, junk]) => ({ ...c, [key]: junk })),
);
