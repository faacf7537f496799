import { SOURCES, cite, type Euro, type SourceRef } from '../model/index.js';
import type { EligibilitySector } from './arrears-case.js';
import { RULE_DATES } from './default-rulebook.js';
import { defineCreditorPolicy } from './load.js';
import { rule, title } from './rule-builders.js';
import type { CreditorPolicy, RuleSpecInput } from './rule-spec.js';
import { appendix } from './sources.js';

/**
 * Creditor policies from the appendix of De signaalreis (003, "Bijlage 1: Beschrijving
 * werkwijze van vastelastenpartners en gemeenten"), as named presets. The appendix keeps the
 * creditors anonymous ("Ene maatschappij …", "Een zorgverzekeraar geeft aan …"), so the
 * presets are named A and B in the order the appendix describes them.
 * @module
 */

const from = RULE_DATES.wgs;

/**
 * A creditor's floor: signal only when the total (or, for health insurers, the premium part)
 * is at least `minAmount`. Floors of €50 to €150 are common (003: "variërend van €50 tot €150").
 * @example
 * const policy = creditorFloor('water-co', 'Waterbedrijf', ['water'], '75.00');
 * @category Creditor policies
 */
export function creditorFloor(
  id: string, name: string, sectors: readonly EligibilitySector[], minAmount: Euro, measure: 'total' | 'premium' = 'total',
  source: SourceRef = cite(SOURCES.signaalreis, 'Aanlevering: ondergrens van €50 tot €150'),
): CreditorPolicy {
  return defineCreditorPolicy({
    id, name, sectors: [...sectors], source,
    rules: [rule('min-amount', `${id}.floor`, { sectors }, [{ from, title: title(`${name}: ondergrens € ${minAmount}`, `${name}: floor €${minAmount}`), source, minAmount, measure }])],
  });
}

/** A preset from the appendix: its rules share its sectors, the Wgs start date and its passage. */
function preset(
  id: string, name: string, sectors: readonly EligibilitySector[], passage: string,
  rules: (scope: { sectors: readonly EligibilitySector[] }, said: { from: string; source: SourceRef }) => RuleSpecInput[],
): CreditorPolicy {
  const source = appendix(passage);
  return defineCreditorPolicy({ id, name, sectors: [...sectors], source, rules: rules({ sectors }, { from, source }) });
}

/** The appendix's energy suppliers: at least 2 invoices, at least the floor, at least 15 days. */
function energySupplier(id: string, name: string, minAmount: Euro, passage: string): CreditorPolicy {
  return preset(id, name, ['energy'], passage, (scope, said) => [
    rule('unpaid-terms', `${id}.two-invoices`, scope, [{ ...said, title: title('Minstens 2 facturen achterstand', 'At least 2 invoices in arrears'), minTerms: 2 }]),
    rule('min-amount', `${id}.floor`, scope, [{ ...said, title: title(`Minstens € ${minAmount} in totaal`, `At least €${minAmount} in total`), minAmount }]),
    rule('window', `${id}.15-days`, scope, [{ ...said, title: title('Minstens 15 dagen achterstand', 'At least 15 days in arrears'), minDays: 15, maxDays: null }]),
  ]);
}

const insurerA = preset('insurer-a', 'Zorgverzekeraar A', ['health-insurance'], 'Zorgverzekeraars, criteria: "Een zorgverzekeraar geeft aan"', (scope, said) => [
  rule('window', 'insurer-a.30-100', scope, [{ ...said, title: title('30 tot 100 dagen vanaf vervaldatum; na vervallen regeling de jongste vordering', '30 to 100 days from the due date; after a lapsed arrangement the newest claim'), minDays: 30, maxDays: 100, maxOnNewestAfterLapse: true }]),
  rule('reminders', 'insurer-a.reminder', scope, [{ ...said, title: title('Klant heeft een herinnering ontvangen', 'Customer received a reminder'), minCount: 1 }]),
  rule('min-amount', 'insurer-a.floor', scope, [{ ...said, title: title('Minstens € 150 aan premie open (geen maximumbedrag)', 'At least €150 premium open (no maximum amount)'), minAmount: '150.00', measure: 'premium' }]),
]);

const insurerB = preset('insurer-b', 'Zorgverzekeraar B', ['health-insurance'], 'Zorgverzekeraars, criteria: "Andere zorgverzekeraar geeft aan"', (scope, said) => [
  rule('unpaid-terms', 'insurer-b.two-month-letter', scope, [{ ...said, title: title('2-maandsbrief: achterstand van twee maandpremies', '2-month letter: two monthly premiums in arrears'), minTerms: 2, measure: 'premium' }]),
  rule('min-amount', 'insurer-b.floor', scope, [{ ...said, title: title('Minstens € 75 aan premie open (geen maximumbedrag)', 'At least €75 premium open (no maximum amount)'), minAmount: '75.00', measure: 'premium' }]),
]);

/**
 * The named creditor presets of the study's appendix (003, Bijlage 1), plus Zorgverzekeraars
 * Nederland's proposed uniform floor:
 * - `energy-supplier-a`: at least 2 invoices, €50 in total, 15 days ("Ene maatschappij hanteert …");
 * - `energy-supplier-b`: the same with €100 ("Andere maatschappij hanteert dezelfde voorwaarden");
 * - `insurer-a`: 30–100 days, a reminder received, at least €150 premium, newest claim after a lapsed arrangement;
 * - `insurer-b`: everyone who received the "2-month letter" (two monthly premiums), at least €75 premium;
 * - `zn-uniform-75`: ZN's uniform €75 premium floor under consideration ("nog niet definitief").
 * Each is validated and deeply frozen.
 * @category Creditor policies
 */
export const CREDITOR_PRESETS = {
  'energy-supplier-a': energySupplier('energy-supplier-a', 'Energieleverancier A', '50.00', 'Energiemaatschappijen, criteria: "Ene maatschappij"'),
  'energy-supplier-b': energySupplier('energy-supplier-b', 'Energieleverancier B', '100.00', 'Energiemaatschappijen, criteria: "Andere maatschappij"'),
  'insurer-a': insurerA,
  'insurer-b': insurerB,
  'zn-uniform-75': creditorFloor('zn-uniform-75', 'Zorgverzekeraars Nederland (voorstel)', ['health-insurance'], '75.00', 'premium',
    cite(SOURCES.signaalreis, 'Aanlevering: Zorgverzekeraars Nederland, ondergrens van € 75, nog niet definitief')),
} as const satisfies Record<string, CreditorPolicy>;

/** The id of a creditor preset. @category Creditor policies */
export type CreditorPresetId = keyof typeof CREDITOR_PRESETS;
