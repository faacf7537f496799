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
  return floor(id, name, sectors, minAmount, measure, source, undefined);
}

function floor(
  id: string, name: string, sectors: readonly EligibilitySector[], minAmount: Euro, measure: 'total' | 'premium', source: SourceRef, origin: 'seed' | undefined,
): CreditorPolicy {
  return defineCreditorPolicy({
    id, name, sectors: [...sectors], source,
    rules: [rule('min-amount', `${id}.floor`, { sectors }, [{ from, title: title(`${name}: ondergrens € ${minAmount}`, `${name}: floor €${minAmount}`), source, origin, minAmount, measure }])],
  });
}

/** A preset from the appendix: its rules share its sectors, the Wgs start date and its passage. */
function preset(
  id: string, name: string, sectors: readonly EligibilitySector[], passage: string,
  rules: (scope: { sectors: readonly EligibilitySector[] }, said: { from: string; source: SourceRef; origin: 'seed' }) => RuleSpecInput[],
): CreditorPolicy {
  const source = appendix(passage);
  return defineCreditorPolicy({ id, name, sectors: [...sectors], source, rules: rules({ sectors }, { from, source, origin: 'seed' }) });
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
  rule('window', 'insurer-a.30-100', { ...scope, replaces: 'window.health' }, [{
    ...said,
    source: appendix('Zorgverzekeraars: "Er geldt een criterium van 30 tot 100 dagen achterstand vanaf vervaldatum (premie + eigen bijdrage + eigen risico)"; "Als een betalingsregeling niet goed loopt en vervalt, dan wordt er gekeken naar hoe oud de nieuwste vordering is."'),
    title: title(
      'Eigen werkwijze van één verzekeraar (vervangt window.health): 30 tot 100 dagen vanaf de oudste vervaldatum (premie, eigen bijdrage en eigen risico); na een vervallen regeling telt de jongste vordering',
      'One insurer\'s own practice (replaces window.health): 30 to 100 days from the oldest due date (premium, own contribution and deductible); after a lapsed arrangement the newest claim counts',
    ),
    minDays: 30, maxDays: 100, measure: 'total', newestClaimAfter: ['lapsed'],
  }]),
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
 * - `insurer-a`: its own window in place of the national one — 30–100 days from the oldest due date of
 *   premium, own contribution and deductible, and after a lapsed arrangement the newest claim's
 *   age ("Als een betalingsregeling niet goed loopt en vervalt"; a broken arrangement that has
 *   not lapsed is not covered); a reminder received; at least €150 premium;
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
  'zn-uniform-75': floor('zn-uniform-75', 'Zorgverzekeraars Nederland (voorstel)', ['health-insurance'], '75.00', 'premium',
    cite(SOURCES.signaalreis, 'Aanlevering: "Bij Zorgverzekeraars Nederland zijn ze aan het kijken of er voor alle zorgverzekeraars een ondergrens van € 75 gehanteerd kan worden; dat is nog niet definitief."'), 'seed'),
} as const satisfies Record<string, CreditorPolicy>;

/** The id of a creditor preset. @category Creditor policies */
export type CreditorPresetId = keyof typeof CREDITOR_PRESETS;
