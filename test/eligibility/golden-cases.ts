/**
 * Golden cases as data (OpenFisca style: `{name, asOf, input, expected}`), drawn from
 * DOMAIN.md §1 and the seeds. `input` is a raw record as a creditor's export holds it;
 * `expected.fails` is the exact set of rule codes that fail; `eligibleFrom: null` means
 * the result must have no date.
 */
import type { CreditorPresetId } from '../../src/eligibility/index.js';

export interface GoldenCase {
  readonly name: string;
  readonly asOf: string;
  readonly rulebook?: 'default' | 'signaalreis';
  readonly creditorPolicy?: CreditorPresetId;
  readonly input: Record<string, unknown>;
  readonly expected: {
    readonly status: 'eligible' | 'not-yet' | 'too-late' | 'excluded';
    readonly eligibleFrom?: string | null;
    readonly fails?: readonly string[];
    readonly ruleVersion?: string;
  };
}

type Raw = Record<string, unknown>;

/** A base case with overrides; `arrears` is merged field by field. */
function variant(base: Raw, over: Raw = {}): Raw {
  return { ...base, ...over, arrears: { ...(base['arrears'] as Raw), ...((over['arrears'] as Raw | undefined) ?? {}) } };
}

// Cases that meet every condition of their sector, so that each golden case changes one thing.
const WATER: Raw = { sector: 'water', socialCollectionDone: true, debtHelpPointerGiven: true, reminders: { count: 1 }, arrears: { total: '120.00', oldestDueDate: '2023-01-01' } };
const ENERGY: Raw = {
  sector: 'energy', socialCollectionDone: true, personalContactAttempted: true, arrangementOffered: true,
  reminders: { count: 3 }, arrears: { total: '240.00', unpaidTerms: 2, oldestDueDate: '2023-01-01' },
};
const HEALTH: Raw = { sector: 'health-insurance', socialCollectionDone: true, reminders: { count: 1 }, arrears: { total: '400.00', premium: '300.00', oldestDueDate: '2024-01-01' } };
const HOUSING: Raw = {
  sector: 'housing', socialCollectionDone: true, personalContactAttempted: true, debtHelpPointerGiven: true,
  reminderMentionedDataSharing: true, reminders: { count: 1 }, arrears: { total: '950.00', oldestDueDate: '2024-01-01' },
};
const TAX: Raw = { sector: 'tax-office', socialCollectionDone: true, reminders: { count: 1 }, arrears: { total: '600.00', oldestDueDate: '2023-03-01' } };
const END_OF_SUPPLY: Raw = variant(ENERGY, { kind: 'end-of-supply', contractEndDate: '2024-06-28', arrears: { total: '130.00', unpaidTerms: 1, oldestDueDate: '2024-03-01' } });

const water = (o?: Raw) => variant(WATER, o);
const energy = (o?: Raw) => variant(ENERGY, o);
const health = (o?: Raw) => variant(HEALTH, o);
const housing = (o?: Raw) => variant(HOUSING, o);

export const GOLDEN_CASES: readonly GoldenCase[] = [
  // Windows: 29/30 days.
  { name: 'water 29 days: not yet, eligible from day 30', asOf: '2023-01-30', input: water(), expected: { status: 'not-yet', eligibleFrom: '2023-01-31', fails: ['window.water.from-30'] } },
  { name: 'water 30 days: eligible', asOf: '2023-01-31', input: water(), expected: { status: 'eligible', fails: [], ruleVersion: 'nl-vroegsignalering@2022-12-08' } },
  { name: 'energy 29 days after the amendment: not yet', asOf: '2023-01-30', input: energy(), expected: { status: 'not-yet', eligibleFrom: '2023-01-31', fails: ['window.energy.from-30'] } },
  { name: 'energy 30 days after the amendment: eligible', asOf: '2023-01-31', input: energy(), expected: { status: 'eligible', fails: [] } },
  { name: 'health premium 29 days: not yet', asOf: '2024-01-30', input: health(), expected: { status: 'not-yet', eligibleFrom: '2024-01-31', fails: ['window.health.30-100'] } },
  { name: 'health premium 30 days: eligible', asOf: '2024-01-31', input: health(), expected: { status: 'eligible', fails: [] } },
  { name: 'rent 29 days: not yet', asOf: '2024-01-30', input: housing(), expected: { status: 'not-yet', eligibleFrom: '2024-01-31', fails: ['window.housing.from-30'] } },
  { name: 'rent 30 days: eligible', asOf: '2024-01-31', input: housing(), expected: { status: 'eligible', fails: [] } },
  { name: 'rent 400 days: eligible (no maximum)', asOf: '2025-02-04', input: housing(), expected: { status: 'eligible', fails: [] } },
  // Windows: 100/101 days.
  { name: 'health premium 100 days: eligible', asOf: '2024-04-10', input: health(), expected: { status: 'eligible', fails: [] } },
  { name: 'health premium 101 days: too late, no later date', asOf: '2024-04-11', input: health(), expected: { status: 'too-late', eligibleFrom: null, fails: ['window.health.30-100'] } },
  { name: 'water 100 days before the amendment: eligible', asOf: '2022-09-09', input: water({ arrears: { oldestDueDate: '2022-06-01' } }), expected: { status: 'eligible', fails: [] } },
  { name: 'water 101 days before the amendment: too late until 8 Dec 2022', asOf: '2022-09-10', input: water({ arrears: { oldestDueDate: '2022-06-01' } }), expected: { status: 'too-late', eligibleFrom: '2022-12-08', fails: ['window.water.30-100'] } },
  { name: 'water 101 days after the amendment: eligible (no maximum)', asOf: '2023-04-12', input: water(), expected: { status: 'eligible', fails: [] } },
  // Energy before the amendment: 49/50 and 100/101 days.
  { name: 'energy 49 days before the amendment: not yet', asOf: '2022-07-20', input: energy({ reminders: { count: 2 }, arrears: { oldestDueDate: '2022-06-01' } }), expected: { status: 'not-yet', eligibleFrom: '2022-07-21', fails: ['window.energy.50-100'] } },
  { name: 'energy 50 days before the amendment: eligible', asOf: '2022-07-21', input: energy({ reminders: { count: 2 }, arrears: { oldestDueDate: '2022-06-01' } }), expected: { status: 'eligible', fails: [] } },
  { name: 'energy 101 days before the amendment: too late', asOf: '2022-09-10', input: energy({ reminders: { count: 2 }, arrears: { oldestDueDate: '2022-06-01' } }), expected: { status: 'too-late', eligibleFrom: '2022-12-08', fails: ['window.energy.50-100'] } },
  // The amendment: 7 and 8 Dec 2022.
  { name: 'energy 128 days on 7 Dec 2022: too late under the old window', asOf: '2022-12-07', input: energy({ reminders: { count: 2 }, arrears: { oldestDueDate: '2022-08-01' } }), expected: { status: 'too-late', eligibleFrom: '2022-12-08', fails: ['window.energy.50-100'], ruleVersion: 'nl-vroegsignalering@2022-01-01' } },
  { name: 'energy 129 days on 8 Dec 2022: eligible under the amendment', asOf: '2022-12-08', input: energy({ reminders: { count: 2 }, arrears: { oldestDueDate: '2022-08-01' } }), expected: { status: 'eligible', fails: [], ruleVersion: 'nl-vroegsignalering@2022-12-08' } },
  { name: 'energy 19 days in Nov 2022: first eligible on 8 Dec (30 days now suffice), not on day 50', asOf: '2022-11-20', input: energy({ reminders: { count: 2 }, arrears: { oldestDueDate: '2022-11-01' } }), expected: { status: 'not-yet', eligibleFrom: '2022-12-08', fails: ['window.energy.50-100'] } },
  { name: 'water 120 days on 7 Dec 2022: too late; on 8 Dec eligible', asOf: '2022-12-07', input: water({ arrears: { oldestDueDate: '2022-08-09' } }), expected: { status: 'too-late', eligibleFrom: '2022-12-08', fails: ['window.water.30-100'] } },
  // The lapsed-arrangement rule (health insurer, 003 Bijlage 1).
  { name: 'health: lapsed arrangement, oldest 121 days, newest 47 days: still signalled', asOf: '2024-05-01', input: health({ paymentArrangement: 'lapsed', arrears: { newestDueDate: '2024-03-15' } }), expected: { status: 'eligible', fails: [] } },
  { name: 'health: no arrangement, oldest 121 days: too late', asOf: '2024-05-01', input: health({ arrears: { newestDueDate: '2024-03-15' } }), expected: { status: 'too-late', fails: ['window.health.30-100'] } },
  { name: 'health: lapsed arrangement, newest claim 100 days: eligible', asOf: '2024-05-01', input: health({ paymentArrangement: 'lapsed', arrears: { newestDueDate: '2024-01-22' } }), expected: { status: 'eligible', fails: [] } },
  { name: 'health: lapsed arrangement, newest claim 101 days: too late', asOf: '2024-05-01', input: health({ paymentArrangement: 'lapsed', arrears: { newestDueDate: '2024-01-21' } }), expected: { status: 'too-late', fails: ['window.health.30-100'] } },
  // Creditor floors (003 Bijlage 1; ZN).
  { name: 'insurer A: €149.99 premium open: excluded', asOf: '2024-02-15', creditorPolicy: 'insurer-a', input: health({ arrears: { premium: '149.99' } }), expected: { status: 'excluded', fails: ['insurer-a.floor'] } },
  { name: 'insurer A: €150 premium open: eligible', asOf: '2024-02-15', creditorPolicy: 'insurer-a', input: health({ arrears: { premium: '150.00' } }), expected: { status: 'eligible', fails: [], ruleVersion: 'nl-vroegsignalering+insurer-a@2023-04-01' } },
  { name: 'insurer A: premium €140 decides although the total is €400', asOf: '2024-02-15', creditorPolicy: 'insurer-a', input: health({ arrears: { premium: '140.00', total: '400.00' } }), expected: { status: 'excluded', fails: ['insurer-a.floor'] } },
  { name: 'insurer A: no reminder received: excluded', asOf: '2024-02-15', creditorPolicy: 'insurer-a', input: health({ reminders: { count: 0 } }), expected: { status: 'excluded', fails: ['insurer-a.reminder'] } },
  { name: 'insurer B: €74.99 premium: excluded', asOf: '2024-02-15', creditorPolicy: 'insurer-b', input: health({ arrears: { premium: '74.99', unpaidTerms: 2 } }), expected: { status: 'excluded', fails: ['insurer-b.floor'] } },
  { name: 'insurer B: €75 premium and the 2-month letter: eligible', asOf: '2024-02-15', creditorPolicy: 'insurer-b', input: health({ arrears: { premium: '75.00', unpaidTerms: 2 } }), expected: { status: 'eligible', fails: [] } },
  { name: 'insurer B: one monthly premium in arrears: no 2-month letter yet', asOf: '2024-02-15', creditorPolicy: 'insurer-b', input: health({ arrears: { premium: '150.00', unpaidTerms: 1 } }), expected: { status: 'excluded', fails: ['insurer-b.two-month-letter'] } },
  { name: 'insurer B: premium €130 at €60 a month counts as two premiums', asOf: '2024-02-15', creditorPolicy: 'insurer-b', input: health({ arrears: { premium: '130.00', termAmount: '60.00' } }), expected: { status: 'eligible', fails: [] } },
  { name: 'ZN uniform floor: €74.99 premium: excluded', asOf: '2024-02-15', creditorPolicy: 'zn-uniform-75', input: health({ arrears: { premium: '74.99' } }), expected: { status: 'excluded', fails: ['zn-uniform-75.floor'] } },
  { name: 'ZN uniform floor: €75 premium: eligible', asOf: '2024-02-15', creditorPolicy: 'zn-uniform-75', input: health({ arrears: { premium: '75.00' } }), expected: { status: 'eligible', fails: [] } },
  { name: 'energy supplier A: €49.99 in total: excluded', asOf: '2023-03-01', creditorPolicy: 'energy-supplier-a', input: energy({ arrears: { total: '49.99' } }), expected: { status: 'excluded', fails: ['energy-supplier-a.floor'] } },
  { name: 'energy supplier A: €50 in total, 2 invoices, 59 days: eligible', asOf: '2023-03-01', creditorPolicy: 'energy-supplier-a', input: energy({ arrears: { total: '50.00' } }), expected: { status: 'eligible', fails: [] } },
  { name: 'energy supplier A: one invoice: excluded', asOf: '2023-03-01', creditorPolicy: 'energy-supplier-a', input: energy({ arrears: { unpaidTerms: 1 } }), expected: { status: 'excluded', fails: ['energy.unpaid-terms', 'energy-supplier-a.two-invoices'] } },
  { name: 'energy supplier B: €99.99: excluded', asOf: '2023-03-01', creditorPolicy: 'energy-supplier-b', input: energy({ arrears: { total: '99.99' } }), expected: { status: 'excluded', fails: ['energy-supplier-b.floor'] } },
  { name: 'energy supplier B: €100: eligible', asOf: '2023-03-01', creditorPolicy: 'energy-supplier-b', input: energy({ arrears: { total: '100.00' } }), expected: { status: 'eligible', fails: [] } },
  // Exclusions.
  { name: 'ex-customer (residual debt after a move): excluded', asOf: '2023-03-01', input: water({ customerStatus: 'ex-customer' }), expected: { status: 'excluded', eligibleFrom: null, fails: ['customer.current'] } },
  { name: 'energy: objection registered: excluded', asOf: '2023-03-01', input: energy({ objectionRegistered: true }), expected: { status: 'excluded', fails: ['objection.none'] } },
  { name: 'rent: tenant refused sharing: excluded', asOf: '2024-03-01', input: housing({ objectionRegistered: 'ja' }), expected: { status: 'excluded', fails: ['housing.tenant-did-not-refuse'] } },
  { name: 'water: explicit objection: excluded', asOf: '2023-03-01', input: water({ objectionRegistered: true }), expected: { status: 'excluded', fails: ['water.no-explicit-objection'] } },
  { name: 'BV (legal person): excluded', asOf: '2023-03-01', input: water({ legalForm: 'bv' }), expected: { status: 'excluded', fails: ['legal-form.natural-person'] } },
  { name: 'NV (legal person): excluded', asOf: '2023-03-01', input: energy({ legalForm: 'nv' }), expected: { status: 'excluded', fails: ['legal-form.natural-person'] } },
  { name: 'BV with personal liability: eligible', asOf: '2023-03-01', input: water({ legalForm: 'bv', personallyLiable: true }), expected: { status: 'eligible', fails: [] } },
  { name: 'sole trader: eligible', asOf: '2023-03-01', input: water({ legalForm: 'sole-trader' }), expected: { status: 'eligible', fails: [] } },
  { name: 'maatschap: eligible', asOf: '2023-03-01', input: water({ legalForm: 'maatschap' }), expected: { status: 'eligible', fails: [] } },
  { name: 'vof: eligible', asOf: '2023-03-01', input: energy({ legalForm: 'vof' }), expected: { status: 'eligible', fails: [] } },
  { name: 'cv: eligible', asOf: '2024-03-01', input: housing({ legalForm: 'cv' }), expected: { status: 'eligible', fails: [] } },
  { name: 'garage box (not a dwelling): excluded', asOf: '2024-03-01', input: housing({ dwelling: false }), expected: { status: 'excluded', fails: ['address.dwelling'] } },
  { name: 'running, honoured payment arrangement: excluded', asOf: '2023-03-01', input: water({ paymentArrangement: 'honoured' }), expected: { status: 'excluded', fails: ['arrangement.not-running'] } },
  { name: 'payment arrangement not honoured: eligible', asOf: '2023-03-01', input: water({ paymentArrangement: 'broken' }), expected: { status: 'eligible', fails: [] } },
  { name: 'energy: known debt arrangement: no early signal', asOf: '2023-03-01', input: energy({ knownDebtArrangement: true }), expected: { status: 'excluded', fails: ['energy.no-debt-arrangement'] } },
  { name: 'water: a known debt arrangement does not block (energy rule only)', asOf: '2023-03-01', input: water({ knownDebtArrangement: true }), expected: { status: 'eligible', fails: [] } },
  { name: 'social collection not done: excluded', asOf: '2023-03-01', input: water({ socialCollectionDone: false }), expected: { status: 'excluded', fails: ['social-collection.done'] } },
  { name: 'health: handed to a bailiff: no new signals', asOf: '2024-02-15', input: health({ handedToCollectionAgency: true }), expected: { status: 'excluded', fails: ['health.not-handed-over'] } },
  { name: 'sector other without an experiment: no basis', asOf: '2023-03-01', input: water({ sector: 'other' }), expected: { status: 'excluded', eligibleFrom: null, fails: ['basis.none'] } },
  { name: 'rent: not pointed to debt help (Bgs art. 2): excluded', asOf: '2024-03-01', input: housing({ debtHelpPointerGiven: false }), expected: { status: 'excluded', fails: ['housing.debt-help-pointer'] } },
  { name: 'rent: reminder without the offer to share data: excluded', asOf: '2024-03-01', input: housing({ reminderMentionedDataSharing: false }), expected: { status: 'excluded', fails: ['housing.reminder-mentions-sharing'] } },
  { name: 'rent: no personal contact effort and no written reminder: excluded', asOf: '2024-03-01', input: housing({ personalContactAttempted: false, reminders: { count: 0 } }), expected: { status: 'excluded', fails: ['housing.personal-contact', 'housing.written-reminder'] } },
  { name: 'water: no written reminder: excluded', asOf: '2023-03-01', input: water({ reminders: {} }), expected: { status: 'excluded', fails: ['water.written-reminder'] } },
  // Energy sector rules before and after 1 Apr 2023 and 1 Jan 2026.
  { name: 'energy on 31 Mar 2023: 2 reminders, no contact, no arrangement offered: eligible', asOf: '2023-03-31', input: energy({ reminders: { count: 2 }, personalContactAttempted: false, arrangementOffered: false }), expected: { status: 'eligible', fails: [] } },
  { name: 'energy on 1 Apr 2023: the same case is excluded', asOf: '2023-04-01', input: energy({ reminders: { count: 2 }, personalContactAttempted: false, arrangementOffered: false }), expected: { status: 'excluded', fails: ['energy.reminders.3x14', 'energy.personal-contact', 'energy.arrangement-offered'], ruleVersion: 'nl-vroegsignalering@2023-04-01' } },
  { name: 'energy 2023: 3 reminders, the second only 13 days after the first: excluded', asOf: '2023-06-01', input: energy({ reminders: { dates: '2023-03-01;2023-03-14;2023-03-28' } }), expected: { status: 'excluded', fails: ['energy.reminders.3x14'] } },
  { name: 'energy 2023: 3 reminders 14 days apart: eligible', asOf: '2023-06-01', input: energy({ reminders: { dates: ['2023-03-01', '2023-03-15', '2023-03-29'] } }), expected: { status: 'eligible', fails: [] } },
  { name: 'energy on 31 Dec 2025 without personal contact: excluded under the 2023 rule', asOf: '2025-12-31', input: energy({ personalContactAttempted: false }), expected: { status: 'excluded', fails: ['energy.personal-contact'] } },
  { name: 'energy on 1 Jan 2026 without personal contact: excluded under the Energiewet', asOf: '2026-01-01', input: energy({ personalContactAttempted: false }), expected: { status: 'excluded', fails: ['energy.personal-contact-before-first-signal'], ruleVersion: 'nl-vroegsignalering@2026-01-01' } },
  { name: 'energy end-of-supply without early signal on 31 Dec 2025: eligible (003)', asOf: '2025-12-31', input: variant(END_OF_SUPPLY, { contractEndDate: '2026-02-27' }), expected: { status: 'eligible', fails: [] } },
  { name: 'energy end-of-supply without early signal on 2 Jan 2026: excluded (Energiewet)', asOf: '2026-01-02', input: variant(END_OF_SUPPLY, { contractEndDate: '2026-02-27' }), expected: { status: 'excluded', fails: ['energy.early-before-end-of-supply'] } },
  { name: 'energy end-of-supply after an early signal in 2026: eligible', asOf: '2026-01-02', input: variant(END_OF_SUPPLY, { contractEndDate: '2026-02-27', priorEarlySignal: true }), expected: { status: 'eligible', fails: [] } },
  // End of supply.
  { name: 'end-of-supply 20 working days before the contract ends: eligible (annual bill, one term)', asOf: '2024-05-31', input: END_OF_SUPPLY, expected: { status: 'eligible', fails: [] } },
  { name: 'end-of-supply 19 working days before the contract ends: too late', asOf: '2024-06-03', input: END_OF_SUPPLY, expected: { status: 'too-late', eligibleFrom: null, fails: ['end-of-supply.notice'] } },
  { name: 'end-of-supply with a €400 deposit not yet invoiced in the amount: excluded', asOf: '2024-05-31', input: variant(END_OF_SUPPLY, { arrears: { total: '530.00', uninvoicedCosts: '400.00' } }), expected: { status: 'excluded', fails: ['arrears.no-uninvoiced-costs'] } },
  { name: 'end-of-supply from a landlord: no basis', asOf: '2024-05-31', input: variant(END_OF_SUPPLY, { sector: 'housing' }), expected: { status: 'excluded', fails: ['basis.none'] } },
  // Warm referral (004).
  { name: 'warm referral: customer asked for help, arrears 10 days old: eligible', asOf: '2023-03-01', input: water({ kind: 'warm-referral', customerAskedForHelp: true, arrears: { oldestDueDate: '2023-02-19' } }), expected: { status: 'eligible', fails: [] } },
  { name: 'warm referral before the pilot: no basis until 1 Feb 2023', asOf: '2023-01-15', input: water({ kind: 'warm-referral', customerAskedForHelp: true }), expected: { status: 'excluded', eligibleFrom: '2023-02-01', fails: ['basis.none'] } },
  { name: 'warm referral without a request for help: excluded', asOf: '2023-03-01', input: water({ kind: 'warm-referral' }), expected: { status: 'excluded', fails: ['warm-referral.asked-for-help'] } },
  // Experiments and dates before the Wgs.
  { name: 'tax office: €599.99 outstanding: excluded', asOf: '2023-05-01', input: variant(TAX, { arrears: { total: '599.99' } }), expected: { status: 'excluded', fails: ['tax-office.min-amount'] } },
  { name: 'tax office: €600 with a reminder and no deferral: eligible', asOf: '2023-05-01', input: TAX, expected: { status: 'eligible', fails: [] } },
  { name: 'tax office: deferral of payment granted: excluded', asOf: '2023-05-01', input: variant(TAX, { paymentDeferral: true }), expected: { status: 'excluded', fails: ['tax-office.no-deferral'] } },
  { name: 'mortgage before the experiment: no basis until 1 Jan 2022', asOf: '2021-06-01', input: water({ sector: 'mortgage', arrears: { oldestDueDate: '2021-04-01' } }), expected: { status: 'excluded', eligibleFrom: '2022-01-01', fails: ['basis.none'] } },
  { name: 'water before the Wgs: no basis until 1 Jan 2021', asOf: '2020-12-31', input: water({ arrears: { oldestDueDate: '2020-11-01' } }), expected: { status: 'excluded', eligibleFrom: '2021-01-01', fails: ['basis.none'], ruleVersion: 'nl-vroegsignalering@before-2021-01-01' } },
  // Where the seeds and the later public rules differ.
  { name: 'seed reading: water 101 days in 2023 is too late (003 names only energy)', asOf: '2023-04-12', rulebook: 'signaalreis', input: water(), expected: { status: 'too-late', eligibleFrom: null, fails: ['window.water.30-100'] } },
  { name: 'seed reading: energy 40 days after the amendment is not yet (minimum stays 50)', asOf: '2023-02-10', rulebook: 'signaalreis', input: energy(), expected: { status: 'not-yet', eligibleFrom: '2023-02-20', fails: ['window.energy.from-50'] } },
  { name: 'default reading: energy 40 days after the amendment is eligible', asOf: '2023-02-10', input: energy(), expected: { status: 'eligible', fails: [] } },
  { name: 'seed reading: energy in May 2023 with 2 reminders and no contact is eligible', asOf: '2023-05-01', rulebook: 'signaalreis', input: energy({ reminders: { count: 2 }, personalContactAttempted: false, arrangementOffered: false }), expected: { status: 'eligible', fails: [] } },
];
