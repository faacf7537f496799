import { SOURCES, cite, type LegalForm } from '../model/index.js';
import type { EligibilitySector } from './arrears-case.js';
import {
  basisRule, cakReferralRule, endOfSupplyNoticeRule, flagRule, legalFormRule, minAmountRule, oneOfRule, plainRule,
  remindersRule, title, unpaidTermsRule, windowRule,
} from './rule-builders.js';
import type { Rulebook, RuleSpec } from './rule-spec.js';
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
  /** Last day of the original convenant windows. */
  convenantUntil: '2022-12-07',
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
const BASIS: RuleSpec[] = [
  basisRule('basis.fixed-charges', title('Vaste-lastenpartner mag vroegsignalen sturen (Wgs, Bgs art. 2)', 'Fixed-charges creditor may send early signals (Wgs, Bgs art. 2)'),
    { sectors: FIXED_CHARGES, validFrom: D.wgs, source: cite(SOURCES.wgs, 'art. 3 lid 2; Bgs art. 2') }),
  basisRule('basis.end-of-supply', title('Energie en water sturen eindeleveringssignalen', 'Energy and water send end-of-supply signals'),
    { sectors: ['energy', 'water'], kinds: ['end-of-supply'], validFrom: D.wgs, source: cite(SOURCES.signaalreis, 'Eindeleveringssignalen') }),
  basisRule('basis.warm-referral', title('Warme doorverwijzing door vaste-lastenpartner', 'Warm referral by a fixed-charges creditor'),
    { sectors: FIXED_CHARGES, kinds: ['warm-referral'], validFrom: D.warmReferral, source: cite(SOURCES.warmReferral, 'Tussenstand: gestart februari 2023') }),
  basisRule('basis.experiment.mortgage', title('Experiment hypotheekverstrekkers (Wgs art. 10)', 'Mortgage lenders experiment (Wgs art. 10)'),
    { sectors: ['mortgage'], validFrom: D.experiments, source: cite(SOURCES.wgs, 'art. 10 (experimenten); startdatum: aanname, zie docs') }),
  basisRule('basis.experiment.municipal-taxes', title('Experiment gemeentelijke belastingen (Wgs art. 10)', 'Municipal taxes experiment (Wgs art. 10)'),
    { sectors: ['municipal-taxes'], validFrom: D.experiments, source: cite(SOURCES.wgs, 'art. 10 (experimenten; 10 gemeenten vanaf 1 januari 2022)') }),
  basisRule('basis.experiment.tax-office', title('Experiment Belastingdienst/Toeslagen (Wgs art. 10)', 'Tax office / allowances experiment (Wgs art. 10)'),
    { sectors: ['tax-office'], validFrom: D.experiments, source: cite(SOURCES.wgs, 'art. 10 (experimenten); startdatum: aanname, zie docs') }),
];

/** Rules for every sector: rules of thumb (000), legal forms and dwellings (003, Bgs). */
const GENERAL: RuleSpec[] = [
  oneOfRule('customer.current', title('Alleen huidige klanten, geen restschuld van ex-klanten', 'Current customers only, no residual debt of ex-customers'),
    { sectors: ALL_WITH_BASIS, kinds: ALL_KINDS, validFrom: D.wgs, source: cite(SOURCES.rulesOfThumb, 'Lever alleen signalen over huidige klanten') },
    'customerStatus', ['current']),
  flagRule('objection.none', title('Klant heeft geen bezwaar gemaakt tegen doorgeven van gegevens', 'Customer has not objected to sharing data'),
    { sectors: ['energy', 'health-insurance', 'mortgage', 'tax-office', 'municipal-taxes'], validFrom: D.wgs, source: cite(SOURCES.rulesOfThumb, 'bezwaar tegen het doorgeven van gegevens') },
    'objectionRegistered', false),
  legalFormRule('legal-form.natural-person', title('Natuurlijk persoon (ook eenmanszaak, maatschap, vof, cv); geen bv of nv tenzij persoonlijk aansprakelijk', 'Natural person (incl. sole trader, maatschap, vof, cv); not a bv or nv unless personally liable'),
    { sectors: ALL_WITH_BASIS, kinds: ALL_KINDS, validFrom: D.wgs, source: cite(SOURCES.signaalreis, 'Ondernemers en vroegsignalering') },
    NATURAL_PERSONS),
  flagRule('address.dwelling', title('Het adres is een woning (geen garagebox)', 'The address is a dwelling (not a garage box)'),
    { sectors: ALL_WITH_BASIS, kinds: ['early', 'end-of-supply'], validFrom: D.wgs, source: cite(SOURCES.signaalreis, 'BRP-controle: garagebox, kaders Bgs') },
    'dwelling', true),
  oneOfRule('arrangement.not-running', title('Geen lopende, nagekomen betalingsregeling', 'No running payment arrangement that is being honoured'),
    { sectors: ALL_WITH_BASIS, validFrom: D.wgs, source: cite(SOURCES.rulesOfThumb, 'Signalen mogen niet gaan over lopende betalingsregelingen') },
    'paymentArrangement', ['none', 'broken', 'lapsed']),
  flagRule('social-collection.done', title('Sociale incasso gevoerd vóór het signaal', 'Social collection done before signalling'),
    { sectors: ALL_WITH_BASIS, validFrom: D.wgs, source: cite(SOURCES.rulesOfThumb, 'Zorg dat je sociale incasso hebt gevoerd') },
    'socialCollectionDone', true),
];

/** The convenant windows, before and after the amendment of 8 Dec 2022 (002, 003, NVVK). */
const WINDOWS: RuleSpec[] = [
  windowRule('window.water.30-100', title('Drinkwater: 30 tot en met 100 dagen achterstand', 'Drinking water: 30 to 100 days in arrears'),
    { sectors: ['water'], validFrom: D.wgs, validTo: D.convenantUntil, source: cite(SOURCES.convenant, 'afspraak 3: drinkwater en zorgpremie 30-100 dagen') }, 30, 100),
  windowRule('window.water.from-30', title('Drinkwater: vanaf 30 dagen achterstand, geen maximum', 'Drinking water: from 30 days in arrears, no maximum'),
    { sectors: ['water'], validFrom: D.amendment, source: cite(PUBLIC.nvvkAmendment2022, 'drinkwater vanaf 30 dagen, geen maximum') }, 30, null),
  windowRule('window.energy.50-100', title('Energie: 50 tot en met 100 dagen achterstand', 'Energy: 50 to 100 days in arrears'),
    { sectors: ['energy'], validFrom: D.wgs, validTo: D.convenantUntil, source: cite(SOURCES.convenant, 'afspraak 3: energie 50-100 dagen') }, 50, 100),
  windowRule('window.energy.from-30', title('Energie: vanaf 30 dagen achterstand, geen maximum (ook oudste vordering > 100 dagen)', 'Energy: from 30 days in arrears, no maximum (oldest claim may be over 100 days)'),
    { sectors: ['energy'], validFrom: D.amendment, source: cite(PUBLIC.nvvkAmendment2022, 'energie vanaf 30 dagen, geen maximum; De signaalreis (003): aanpassing convenant 8 december 2022') }, 30, null),
  windowRule('window.health.30-100', title('Zorgpremie: 30 tot en met 100 dagen; na vervallen regeling telt de jongste vordering', 'Health premium: 30 to 100 days; after a lapsed arrangement the newest claim counts'),
    { sectors: ['health-insurance'], validFrom: D.wgs, source: cite(SOURCES.convenant, 'afspraak 3: zorgpremie 30-100 dagen; De signaalreis (003) Bijlage 1: jongste vordering < 100 dagen') }, 30, 100, true),
  windowRule('window.housing.from-30', title('Huur: vanaf 30 dagen achterstand', 'Rent: from 30 days in arrears'),
    { sectors: ['housing'], validFrom: D.wgs, source: cite(SOURCES.convenant, 'afspraak 3: huur vanaf 30 dagen') }, 30, null),
  windowRule('window.mortgage.from-30', title('Hypotheek: vanaf 30 dagen achterstand (standaard, aanname)', 'Mortgage: from 30 days in arrears (default, an assumption)'),
    { sectors: ['mortgage'], validFrom: D.experiments, source: cite(SOURCES.wgs, 'art. 10 (experiment hypotheekverstrekkers); termijn: aanname gelijk aan huur, zie docs') }, 30, null),
];

/** Energy: the appendix of 003 and the dated sector rules of 2023 and 2026. */
const ENERGY: RuleSpec[] = [
  unpaidTermsRule('energy.unpaid-terms', title('Energie: minstens 2 termijnen achterstand', 'Energy: at least 2 terms in arrears'),
    { sectors: ['energy'], validFrom: D.wgs, source: appendix('Energiemaatschappijen: na 2 termijnen achterstand') }, 2),
  remindersRule('energy.reminders.2', title('Energie: minstens 2 herinneringen (afsluitregeling)', 'Energy: at least 2 reminders (disconnection rules)'),
    { sectors: ['energy'], validFrom: D.wgs, validTo: '2023-03-31', source: cite(SOURCES.signaalreis, 'Eindeleveringssignalen: minimaal twee termijnen en twee herinneringen') }, 2),
  remindersRule('energy.reminders.3x14', title('Energie: minstens 3 schriftelijke herinneringen, elk 14 dagen na de vorige', 'Energy: at least 3 written reminders, each 14 days after the previous'),
    { sectors: ['energy'], validFrom: D.energy2023, source: PUBLIC.disconnectionRules2023 }, 3, 14),
  flagRule('energy.personal-contact', title('Energie: pogingen tot persoonlijk contact via meerdere kanalen', 'Energy: attempts at personal contact through several channels'),
    { sectors: ['energy'], validFrom: D.energy2023, validTo: '2025-12-31', source: PUBLIC.disconnectionRules2023 }, 'personalContactAttempted', true),
  flagRule('energy.arrangement-offered', title('Energie: betalingsregeling aangeboden', 'Energy: payment arrangement offered'),
    { sectors: ['energy'], validFrom: D.energy2023, source: PUBLIC.disconnectionRules2023 }, 'arrangementOffered', true),
  flagRule('energy.no-debt-arrangement', title('Energie: geen vroegsignaal bij een bekende schuldregeling', 'Energy: no early signal when a debt arrangement is known'),
    { sectors: ['energy'], validFrom: D.wgs, source: appendix('Energiemaatschappijen: als iemand al in een schuldregeling zit') }, 'knownDebtArrangement', false),
  flagRule('energy.personal-contact-before-first-signal', title('Energie: persoonlijk contact vóór het eerste signaal', 'Energy: personal contact before the first signal'),
    { sectors: ['energy'], kinds: ['early', 'end-of-supply'], validFrom: D.energiewet, source: PUBLIC.energiewet }, 'personalContactAttempted', true),
  flagRule('energy.early-before-end-of-supply', title('Energie: altijd eerst een vroegsignaal vóór een eindeleveringssignaal', 'Energy: always an early signal before an end-of-supply signal'),
    { sectors: ['energy'], kinds: ['end-of-supply'], validFrom: D.energiewet, source: PUBLIC.energiewet }, 'priorEarlySignal', true),
];

/** End-of-supply signals (003). */
const END_OF_SUPPLY: RuleSpec[] = [
  endOfSupplyNoticeRule('end-of-supply.notice', title('Eindeleveringssignaal uiterlijk 20 werkdagen vóór het einde van het contract', 'End-of-supply signal at least 20 working days before the contract ends'),
    { sectors: ['energy', 'water'], kinds: ['end-of-supply'], validFrom: D.wgs, source: appendix('Energiemaatschappijen: eindeleveringssignaal 20 werkdagen voor het einde van het contract') }, 20),
  plainRule('arrears.no-uninvoiced-costs', title('Nog niet gefactureerde kosten (zoals een borg voor afsluiten) niet meetellen', 'Costs not yet invoiced (such as a disconnection deposit) are not included'),
    { sectors: ['energy', 'water'], kinds: ['early', 'end-of-supply'], validFrom: D.wgs, source: cite(SOURCES.signaalreis, 'Eindeleveringssignalen: borg van € 400 mag niet meekomen') }, 'no-uninvoiced-costs'),
];

/** Rent: Bgs art. 2 conditions. */
const HOUSING: RuleSpec[] = [
  flagRule('housing.personal-contact', title('Huur: inspanning om de huurder persoonlijk te spreken', 'Rent: effort to reach the tenant in person'),
    { sectors: ['housing'], validFrom: D.wgs, source: cite(SOURCES.bgs, 'art. 2: persoonlijk contact') }, 'personalContactAttempted', true),
  flagRule('housing.debt-help-pointer', title('Huur: gewezen op schuldhulpverlening', 'Rent: pointed to debt help'),
    { sectors: ['housing'], validFrom: D.wgs, source: cite(SOURCES.bgs, 'art. 2: wijzen op schuldhulpverlening') }, 'debtHelpPointerGiven', true),
  remindersRule('housing.written-reminder', title('Huur: minstens één schriftelijke herinnering', 'Rent: at least one written reminder'),
    { sectors: ['housing'], validFrom: D.wgs, source: cite(SOURCES.bgs, 'art. 2: schriftelijke herinnering') }, 1),
  flagRule('housing.reminder-mentions-sharing', title('Huur: de herinnering meldt dat gegevens gedeeld kunnen worden', 'Rent: the reminder says data may be shared'),
    { sectors: ['housing'], validFrom: D.wgs, source: cite(SOURCES.bgs, 'art. 2: aanbod gegevens te delen in de herinnering') }, 'reminderMentionedDataSharing', true),
  flagRule('housing.tenant-did-not-refuse', title('Huur: de huurder heeft het delen niet geweigerd', 'Rent: the tenant did not refuse sharing'),
    { sectors: ['housing'], validFrom: D.wgs, source: cite(SOURCES.bgs, 'art. 2: huurder heeft niet geweigerd') }, 'objectionRegistered', false),
];

/** Drinking water. */
const WATER: RuleSpec[] = [
  remindersRule('water.written-reminder', title('Water: minstens één schriftelijke herinnering', 'Water: at least one written reminder'),
    { sectors: ['water'], validFrom: D.wgs, source: cite(SOURCES.bgs, 'art. 2: drinkwater, schriftelijke herinnering') }, 1),
  flagRule('water.debt-help-pointer', title('Water: gewezen op schuldhulpverlening', 'Water: pointed to debt help'),
    { sectors: ['water'], validFrom: D.wgs, source: cite(SOURCES.bgs, 'art. 2: drinkwater, wijzen op schuldhulpverlening') }, 'debtHelpPointerGiven', true),
  flagRule('water.no-explicit-objection', title('Water: delen, tenzij de klant uitdrukkelijk bezwaar maakt', 'Water: share unless the customer explicitly objects'),
    { sectors: ['water'], validFrom: D.wgs, source: cite(SOURCES.bgs, 'art. 2: drinkwater, geen uitdrukkelijk bezwaar') }, 'objectionRegistered', false),
];

/** Health insurance (003 and the Zvw). */
const HEALTH: RuleSpec[] = [
  plainRule('health.premium-decides', title('Zorg: de premieachterstand beslist; het totaal (met eigen risico en eigen bijdrage) wordt gemeld', 'Health: the premium arrears decide; the total (with deductible and own contribution) is reported'),
    { sectors: ['health-insurance'], validFrom: D.wgs, source: cite(SOURCES.signaalreis, 'Aanlevering: op basis van premieachterstand, totaalbedrag inclusief eigen risico') }, 'premium-basis'),
  flagRule('health.not-handed-over', title('Zorg: niet overgedragen aan incassobureau of deurwaarder', 'Health: not handed to a collection agency or bailiff'),
    { sectors: ['health-insurance'], validFrom: D.wgs, source: cite(SOURCES.signaalreis, 'Tot en met de aanmaning leveren zorgverzekeraars signalen aan') }, 'handedToCollectionAgency', false),
  cakReferralRule('health.cak-referral', title('Zorg: bij 6 maanden premieachterstand aanmelding bij het CAK', 'Health: at 6 months of premium arrears, referral to the CAK'),
    { sectors: ['health-insurance'], validFrom: D.wgs, source: cite(PUBLIC.zvw, 'aanmelding CAK na 6 maanden premieachterstand') }, 6),
];

/** Tax office / allowances experiment. */
const TAX_OFFICE: RuleSpec[] = [
  minAmountRule('tax-office.min-amount', title('Belastingdienst: minstens € 600 openstaand', 'Tax office: at least €600 outstanding'),
    { sectors: ['tax-office'], validFrom: D.experiments, source: cite(SOURCES.wgs, 'art. 10: experiment Belastingdienst/Toeslagen, € 600') }, '600.00'),
  remindersRule('tax-office.reminder', title('Belastingdienst: aanmaning of herinnering verstuurd', 'Tax office: a reminder was sent'),
    { sectors: ['tax-office'], validFrom: D.experiments, source: cite(SOURCES.wgs, 'art. 10: experiment Belastingdienst/Toeslagen, herinnering') }, 1),
  flagRule('tax-office.no-deferral', title('Belastingdienst: geen uitstel van betaling', 'Tax office: no deferral of payment'),
    { sectors: ['tax-office'], validFrom: D.experiments, source: cite(SOURCES.wgs, 'art. 10: experiment Belastingdienst/Toeslagen, geen uitstel') }, 'paymentDeferral', false),
];

/** Warm referral (004). */
const WARM_REFERRAL: RuleSpec[] = [
  flagRule('warm-referral.asked-for-help', title('Warme doorverwijzing: de klant vroeg in persoonlijk contact om hulp', 'Warm referral: the customer asked for help in personal contact'),
    { sectors: FIXED_CHARGES, kinds: ['warm-referral'], validFrom: D.warmReferral, source: cite(SOURCES.warmReferral, 'Aanleiding: klant is hulpvrager geworden') }, 'customerAskedForHelp', true),
];

/**
 * The national rulebook: the convenant windows as they changed on 8 Dec 2022, the sector
 * conditions with their own start dates, and the later public rules (energy 2023 and 2026).
 * The default of {@link assessEligibility}. See docs/eligibility.md for the rule table.
 * @category Rulebook
 */
export const DEFAULT_RULEBOOK: Rulebook = {
  id: 'nl-vroegsignalering',
  name: 'Landelijk convenant vroegsignalering met latere publieke regels',
  rules: [...BASIS, ...GENERAL, ...WINDOWS, ...ENERGY, ...END_OF_SUPPLY, ...HOUSING, ...WATER, ...HEALTH, ...TAX_OFFICE, ...WARM_REFERRAL],
};
