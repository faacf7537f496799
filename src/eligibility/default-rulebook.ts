import { SOURCES, cite, type LegalForm } from '../model/index.js';
import type { EligibilitySector } from './arrears-case.js';
import { defineRulebook } from './load.js';
import { rule, title } from './rule-builders.js';
import type { Rulebook, RuleSpecInput } from './rule-spec.js';
import { ELIGIBILITY_SOURCES as PUBLIC, appendix } from './sources.js';

/**
 * The dates on which the national rules changed. Each is the first day a rule applies.
 * @category Rulebook
 */
export const RULE_DATES = {
  /** Wgs in force: early signalling a statutory task (001, 002). */
  wgs: '2021-01-01',
  /** Wgs art. 10 experiments (municipal taxes in 10 municipalities; DOMAIN.md §1). */
  experiments: '2022-01-01',
  /** Convenant amendment for energy and water (003; NVVK 30 Nov 2022). */
  amendment: '2022-12-08',
  /** Warm-referral pilot starts (004). */
  warmReferral: '2023-02-01',
  /** Energy: amended disconnection rules. */
  energy2023: '2023-04-01',
  /** Energy: Energiewet. */
  energiewet: '2026-01-01',
} as const;

const D = RULE_DATES;
const FIXED_CHARGES: EligibilitySector[] = ['housing', 'energy', 'water', 'health-insurance'];
const ALL_WITH_BASIS: EligibilitySector[] = [...FIXED_CHARGES, 'mortgage', 'tax-office', 'municipal-taxes'];
const ALL_KINDS = ['early', 'end-of-supply', 'warm-referral'] as const;
const NATURAL_PERSONS: LegalForm[] = ['natural-person', 'sole-trader', 'maatschap', 'vof', 'cv'];

/** May this sector send this kind of signal at all. */
const BASIS: RuleSpecInput[] = [
  rule('basis', 'basis.fixed-charges', { sectors: FIXED_CHARGES }, [{ from: D.wgs,
    title: title('Vaste-lastenpartner mag vroegsignalen sturen (Wgs, Bgs art. 2)', 'Fixed-charges creditor may send early signals (Wgs, Bgs art. 2)'),
    source: cite(SOURCES.wgs, 'art. 3 lid 2; Bgs art. 2') }]),
  rule('basis', 'basis.end-of-supply', { sectors: ['energy', 'water'], kinds: ['end-of-supply'] }, [{ from: D.wgs,
    title: title('Energie en water sturen eindeleveringssignalen', 'Energy and water send end-of-supply signals'),
    source: cite(SOURCES.signaalreis, 'Eindeleveringssignalen') }]),
  rule('basis', 'basis.warm-referral', { sectors: FIXED_CHARGES, kinds: ['warm-referral'] }, [{ from: D.warmReferral,
    title: title('Warme doorverwijzing door vaste-lastenpartner', 'Warm referral by a fixed-charges creditor'),
    source: cite(SOURCES.warmReferral, 'Tussenstand: gestart februari 2023') }]),
  rule('basis', 'basis.experiment.mortgage', { sectors: ['mortgage'] }, [{ from: D.experiments,
    title: title('Experiment hypotheekverstrekkers (Wgs art. 10)', 'Mortgage lenders experiment (Wgs art. 10)'),
    source: cite(SOURCES.wgs, 'art. 10 (experimenten); startdatum: aanname, zie docs') }]),
  rule('basis', 'basis.experiment.municipal-taxes', { sectors: ['municipal-taxes'] }, [{ from: D.experiments,
    title: title('Experiment gemeentelijke belastingen (Wgs art. 10)', 'Municipal taxes experiment (Wgs art. 10)'),
    source: cite(SOURCES.wgs, 'art. 10 (experimenten; 10 gemeenten vanaf 1 januari 2022)') }]),
  rule('basis', 'basis.experiment.tax-office', { sectors: ['tax-office'] }, [{ from: D.experiments,
    title: title('Experiment Belastingdienst/Toeslagen (Wgs art. 10)', 'Tax office / allowances experiment (Wgs art. 10)'),
    source: cite(SOURCES.wgs, 'art. 10 (experimenten); startdatum: aanname, zie docs') }]),
];

/** Rules for every sector: rules of thumb (000), legal forms and dwellings (003, Bgs). */
const GENERAL: RuleSpecInput[] = [
  rule('one-of', 'customer.current', { sectors: ALL_WITH_BASIS, kinds: ALL_KINDS }, [{ from: D.wgs,
    title: title('Alleen huidige klanten, geen restschuld van ex-klanten', 'Current customers only, no residual debt of ex-customers'),
    source: cite(SOURCES.rulesOfThumb, 'Lever alleen signalen over huidige klanten'), field: 'customerStatus', allowed: ['current'] }]),
  rule('flag', 'objection.none', { sectors: ['energy', 'health-insurance', 'mortgage', 'tax-office', 'municipal-taxes'] }, [{ from: D.wgs,
    title: title('Klant heeft geen bezwaar gemaakt tegen doorgeven van gegevens', 'Customer has not objected to sharing data'),
    source: cite(SOURCES.rulesOfThumb, 'bezwaar tegen het doorgeven van gegevens'), field: 'objectionRegistered', required: false }]),
  rule('legal-form', 'legal-form.natural-person', { sectors: ALL_WITH_BASIS, kinds: ALL_KINDS }, [{ from: D.wgs,
    title: title('Natuurlijk persoon (ook eenmanszaak, maatschap, vof, cv); geen bv of nv tenzij persoonlijk aansprakelijk', 'Natural person (incl. sole trader, maatschap, vof, cv); not a bv or nv unless personally liable'),
    source: cite(SOURCES.signaalreis, 'Ondernemers en vroegsignalering'), eligible: NATURAL_PERSONS }]),
  rule('flag', 'address.dwelling', { sectors: ALL_WITH_BASIS, kinds: ['early', 'end-of-supply'] }, [{ from: D.wgs,
    title: title('Het adres is een woning (geen garagebox)', 'The address is a dwelling (not a garage box)'),
    source: cite(SOURCES.signaalreis, 'BRP-controle: garagebox, kaders Bgs'), field: 'dwelling', required: true }]),
  rule('one-of', 'arrangement.not-running', { sectors: ALL_WITH_BASIS }, [{ from: D.wgs,
    title: title('Geen lopende, nagekomen betalingsregeling', 'No running payment arrangement that is being honoured'),
    source: cite(SOURCES.rulesOfThumb, 'Signalen mogen niet gaan over lopende betalingsregelingen'), field: 'paymentArrangement', allowed: ['none', 'broken', 'lapsed'] }]),
  rule('flag', 'social-collection.done', { sectors: ALL_WITH_BASIS }, [{ from: D.wgs,
    title: title('Sociale incasso gevoerd vóór het signaal', 'Social collection done before signalling'),
    source: cite(SOURCES.rulesOfThumb, 'Zorg dat je sociale incasso hebt gevoerd'), field: 'socialCollectionDone', required: true }]),
];

/** The convenant windows, before and after the amendment of 8 Dec 2022 (002, 003, NVVK). */
const WINDOWS: RuleSpecInput[] = [
  rule('window', 'window.water', { sectors: ['water'] }, [
    { from: D.wgs, until: D.amendment, title: title('Drinkwater: 30 tot en met 100 dagen achterstand', 'Drinking water: 30 to 100 days in arrears'),
      source: cite(SOURCES.convenant, 'afspraak 3: drinkwater en zorgpremie 30-100 dagen'), minDays: 30, maxDays: 100 },
    { from: D.amendment, title: title('Drinkwater: vanaf 30 dagen achterstand, geen maximum', 'Drinking water: from 30 days in arrears, no maximum'),
      source: cite(PUBLIC.nvvkAmendment2022, 'drinkwater vanaf 30 dagen, geen maximum'), minDays: 30, maxDays: null },
  ]),
  rule('window', 'window.energy', { sectors: ['energy'] }, [
    { from: D.wgs, until: D.amendment, title: title('Energie: 50 tot en met 100 dagen achterstand', 'Energy: 50 to 100 days in arrears'),
      source: cite(SOURCES.convenant, 'afspraak 3: energie 50-100 dagen'), minDays: 50, maxDays: 100 },
    { from: D.amendment, title: title('Energie: vanaf 30 dagen achterstand, geen maximum (ook oudste vordering > 100 dagen)', 'Energy: from 30 days in arrears, no maximum (oldest claim may be over 100 days)'),
      source: cite(PUBLIC.nvvkAmendment2022, 'energie vanaf 30 dagen, geen maximum; De signaalreis (003): aanpassing convenant 8 december 2022'), minDays: 30, maxDays: null },
  ]),
  rule('window', 'window.health', { sectors: ['health-insurance'] }, [{ from: D.wgs,
    title: title('Zorgpremie: 30 tot en met 100 dagen; na vervallen regeling telt de jongste vordering', 'Health premium: 30 to 100 days; after a lapsed arrangement the newest claim counts'),
    source: cite(SOURCES.convenant, 'afspraak 3: zorgpremie 30-100 dagen; De signaalreis (003) Bijlage 1: jongste vordering < 100 dagen'), minDays: 30, maxDays: 100, maxOnNewestAfterLapse: true }]),
  rule('window', 'window.housing', { sectors: ['housing'] }, [{ from: D.wgs,
    title: title('Huur: vanaf 30 dagen achterstand', 'Rent: from 30 days in arrears'),
    source: cite(SOURCES.convenant, 'afspraak 3: huur vanaf 30 dagen'), minDays: 30, maxDays: null }]),
  rule('window', 'window.mortgage', { sectors: ['mortgage'] }, [{ from: D.experiments,
    title: title('Hypotheek: vanaf 30 dagen achterstand (standaard, aanname)', 'Mortgage: from 30 days in arrears (default, an assumption)'),
    source: cite(SOURCES.wgs, 'art. 10 (experiment hypotheekverstrekkers); termijn: aanname gelijk aan huur, zie docs'), minDays: 30, maxDays: null }]),
];

/** Energy: the appendix of 003 and the dated sector rules of 2023 and 2026. */
const ENERGY: RuleSpecInput[] = [
  rule('unpaid-terms', 'energy.unpaid-terms', { sectors: ['energy'] }, [{ from: D.wgs,
    title: title('Energie: minstens 2 termijnen achterstand', 'Energy: at least 2 terms in arrears'),
    source: appendix('Energiemaatschappijen: na 2 termijnen achterstand'), minTerms: 2 }]),
  rule('reminders', 'energy.reminders', { sectors: ['energy'] }, [
    { from: D.wgs, until: D.energy2023, title: title('Energie: minstens 2 herinneringen (afsluitregeling)', 'Energy: at least 2 reminders (disconnection rules)'),
      source: cite(SOURCES.signaalreis, 'Eindeleveringssignalen: minimaal twee termijnen en twee herinneringen'), minCount: 2 },
    { from: D.energy2023, title: title('Energie: minstens 3 schriftelijke herinneringen, elk 14 dagen na de vorige', 'Energy: at least 3 written reminders, each 14 days after the previous'),
      source: PUBLIC.disconnectionRules2023, minCount: 3, minSpacingDays: 14 },
  ]),
  rule('flag', 'energy.personal-contact', { sectors: ['energy'] }, [{ from: D.energy2023, until: D.energiewet,
    title: title('Energie: pogingen tot persoonlijk contact via meerdere kanalen', 'Energy: attempts at personal contact through several channels'),
    source: PUBLIC.disconnectionRules2023, field: 'personalContactAttempted', required: true }]),
  rule('flag', 'energy.arrangement-offered', { sectors: ['energy'] }, [{ from: D.energy2023,
    title: title('Energie: betalingsregeling aangeboden', 'Energy: payment arrangement offered'),
    source: PUBLIC.disconnectionRules2023, field: 'arrangementOffered', required: true }]),
  rule('flag', 'energy.no-debt-arrangement', { sectors: ['energy'] }, [{ from: D.wgs,
    title: title('Energie: geen vroegsignaal bij een bekende schuldregeling', 'Energy: no early signal when a debt arrangement is known'),
    source: appendix('Energiemaatschappijen: als iemand al in een schuldregeling zit'), field: 'knownDebtArrangement', required: false }]),
  rule('flag', 'energy.personal-contact-before-first-signal', { sectors: ['energy'], kinds: ['early', 'end-of-supply'] }, [{ from: D.energiewet,
    title: title('Energie: persoonlijk contact vóór het eerste signaal', 'Energy: personal contact before the first signal'),
    source: PUBLIC.energiewet, field: 'personalContactAttempted', required: true }]),
  rule('flag', 'energy.early-before-end-of-supply', { sectors: ['energy'], kinds: ['end-of-supply'] }, [{ from: D.energiewet,
    title: title('Energie: altijd eerst een vroegsignaal vóór een eindeleveringssignaal', 'Energy: always an early signal before an end-of-supply signal'),
    source: PUBLIC.energiewet, field: 'priorEarlySignal', required: true }]),
];

/** End-of-supply signals (003). */
const END_OF_SUPPLY: RuleSpecInput[] = [
  rule('end-of-supply-notice', 'end-of-supply.notice', { sectors: ['energy', 'water'], kinds: ['end-of-supply'] }, [{ from: D.wgs,
    title: title('Eindeleveringssignaal uiterlijk 20 werkdagen vóór het einde van het contract', 'End-of-supply signal at least 20 working days before the contract ends'),
    source: appendix('Energiemaatschappijen: eindeleveringssignaal 20 werkdagen voor het einde van het contract'), workingDaysBeforeEnd: 20 }]),
  rule('no-uninvoiced-costs', 'arrears.no-uninvoiced-costs', { sectors: ['energy', 'water'], kinds: ['early', 'end-of-supply'] }, [{ from: D.wgs,
    title: title('Nog niet gefactureerde kosten (zoals een borg voor afsluiten) niet meetellen', 'Costs not yet invoiced (such as a disconnection deposit) are not included'),
    source: cite(SOURCES.signaalreis, 'Eindeleveringssignalen: borg van € 400 mag niet meekomen') }]),
];

/** Rent: Bgs art. 2 conditions. */
const HOUSING: RuleSpecInput[] = [
  rule('flag', 'housing.personal-contact', { sectors: ['housing'] }, [{ from: D.wgs,
    title: title('Huur: inspanning om de huurder persoonlijk te spreken', 'Rent: effort to reach the tenant in person'),
    source: cite(SOURCES.bgs, 'art. 2: persoonlijk contact'), field: 'personalContactAttempted', required: true }]),
  rule('flag', 'housing.debt-help-pointer', { sectors: ['housing'] }, [{ from: D.wgs,
    title: title('Huur: gewezen op schuldhulpverlening', 'Rent: pointed to debt help'),
    source: cite(SOURCES.bgs, 'art. 2: wijzen op schuldhulpverlening'), field: 'debtHelpPointerGiven', required: true }]),
  rule('reminders', 'housing.written-reminder', { sectors: ['housing'] }, [{ from: D.wgs,
    title: title('Huur: minstens één schriftelijke herinnering', 'Rent: at least one written reminder'),
    source: cite(SOURCES.bgs, 'art. 2: schriftelijke herinnering'), minCount: 1 }]),
  rule('flag', 'housing.reminder-mentions-sharing', { sectors: ['housing'] }, [{ from: D.wgs,
    title: title('Huur: de herinnering meldt dat gegevens gedeeld kunnen worden', 'Rent: the reminder says data may be shared'),
    source: cite(SOURCES.bgs, 'art. 2: aanbod gegevens te delen in de herinnering'), field: 'reminderMentionedDataSharing', required: true }]),
  rule('flag', 'housing.tenant-did-not-refuse', { sectors: ['housing'] }, [{ from: D.wgs,
    title: title('Huur: de huurder heeft het delen niet geweigerd', 'Rent: the tenant did not refuse sharing'),
    source: cite(SOURCES.bgs, 'art. 2: huurder heeft niet geweigerd'), field: 'objectionRegistered', required: false }]),
];

/** Drinking water. */
const WATER: RuleSpecInput[] = [
  rule('reminders', 'water.written-reminder', { sectors: ['water'] }, [{ from: D.wgs,
    title: title('Water: minstens één schriftelijke herinnering', 'Water: at least one written reminder'),
    source: cite(SOURCES.bgs, 'art. 2: drinkwater, schriftelijke herinnering'), minCount: 1 }]),
  rule('flag', 'water.debt-help-pointer', { sectors: ['water'] }, [{ from: D.wgs,
    title: title('Water: gewezen op schuldhulpverlening', 'Water: pointed to debt help'),
    source: cite(SOURCES.bgs, 'art. 2: drinkwater, wijzen op schuldhulpverlening'), field: 'debtHelpPointerGiven', required: true }]),
  rule('flag', 'water.no-explicit-objection', { sectors: ['water'] }, [{ from: D.wgs,
    title: title('Water: delen, tenzij de klant uitdrukkelijk bezwaar maakt', 'Water: share unless the customer explicitly objects'),
    source: cite(SOURCES.bgs, 'art. 2: drinkwater, geen uitdrukkelijk bezwaar'), field: 'objectionRegistered', required: false }]),
];

/** Health insurance (003 and the Zvw). */
const HEALTH: RuleSpecInput[] = [
  rule('premium-basis', 'health.premium-decides', { sectors: ['health-insurance'] }, [{ from: D.wgs,
    title: title('Zorg: de premieachterstand beslist; het totaal (met eigen risico en eigen bijdrage) wordt gemeld', 'Health: the premium arrears decide; the total (with deductible and own contribution) is reported'),
    source: cite(SOURCES.signaalreis, 'Aanlevering: op basis van premieachterstand, totaalbedrag inclusief eigen risico') }]),
  rule('flag', 'health.not-handed-over', { sectors: ['health-insurance'] }, [{ from: D.wgs,
    title: title('Zorg: niet overgedragen aan incassobureau of deurwaarder', 'Health: not handed to a collection agency or bailiff'),
    source: cite(SOURCES.signaalreis, 'Tot en met de aanmaning leveren zorgverzekeraars signalen aan'), field: 'handedToCollectionAgency', required: false }]),
  rule('cak-referral', 'health.cak-referral', { sectors: ['health-insurance'] }, [{ from: D.wgs,
    title: title('Zorg: bij 6 maanden premieachterstand aanmelding bij het CAK', 'Health: at 6 months of premium arrears, referral to the CAK'),
    source: cite(PUBLIC.zvw, 'aanmelding CAK na 6 maanden premieachterstand'), months: 6 }]),
];

/** Tax office / allowances experiment. */
const TAX_OFFICE: RuleSpecInput[] = [
  rule('min-amount', 'tax-office.min-amount', { sectors: ['tax-office'] }, [{ from: D.experiments,
    title: title('Belastingdienst: minstens € 600 openstaand', 'Tax office: at least €600 outstanding'),
    source: cite(SOURCES.wgs, 'art. 10: experiment Belastingdienst/Toeslagen, € 600'), minAmount: '600.00' }]),
  rule('reminders', 'tax-office.reminder', { sectors: ['tax-office'] }, [{ from: D.experiments,
    title: title('Belastingdienst: aanmaning of herinnering verstuurd', 'Tax office: a reminder was sent'),
    source: cite(SOURCES.wgs, 'art. 10: experiment Belastingdienst/Toeslagen, herinnering'), minCount: 1 }]),
  rule('flag', 'tax-office.no-deferral', { sectors: ['tax-office'] }, [{ from: D.experiments,
    title: title('Belastingdienst: geen uitstel van betaling', 'Tax office: no deferral of payment'),
    source: cite(SOURCES.wgs, 'art. 10: experiment Belastingdienst/Toeslagen, geen uitstel'), field: 'paymentDeferral', required: false }]),
];

/** Warm referral (004). */
const WARM_REFERRAL: RuleSpecInput[] = [
  rule('flag', 'warm-referral.asked-for-help', { sectors: FIXED_CHARGES, kinds: ['warm-referral'] }, [{ from: D.warmReferral,
    title: title('Warme doorverwijzing: de klant vroeg in persoonlijk contact om hulp', 'Warm referral: the customer asked for help in personal contact'),
    source: cite(SOURCES.warmReferral, 'Aanleiding: klant is hulpvrager geworden'), field: 'customerAskedForHelp', required: true }]),
];

/**
 * The national rulebook: the convenant windows as they changed on 8 Dec 2022, the sector
 * conditions with their own start dates, and the later public rules (energy 2023 and 2026).
 * The default of {@link assessEligibility}. See docs/eligibility.md for the rule table.
 * @category Rulebook
 */
export const DEFAULT_RULEBOOK: Rulebook = defineRulebook({
  id: 'nl-vroegsignalering',
  name: 'Landelijk convenant vroegsignalering met latere publieke regels',
  rules: [...BASIS, ...GENERAL, ...WINDOWS, ...ENERGY, ...END_OF_SUPPLY, ...HOUSING, ...WATER, ...HEALTH, ...TAX_OFFICE, ...WARM_REFERRAL],
});
