import { SOURCES, cite, type IsoDate, type LegalForm, type SourceRef } from '../model/index.js';
import type { EligibilitySector } from './arrears-case.js';
import { defineRulebook } from './load.js';
import { rule, title, type FlatVersion } from './rule-builders.js';
import type { Rulebook, RuleSpecInput } from './rule-spec.js';
import { ELIGIBILITY_SOURCES as PUBLIC, appendix } from './sources.js';

/**
 * The dates on which the national rules changed. Each is the first day a rule applies.
 * @category Rulebook
 */
export const RULE_DATES = {
  /** Wgs in force: early signalling a statutory task (NVVK, Vroegsignalering: "Per 1 januari 2021"). */
  wgs: '2021-01-01',
  /** Wgs art. 10 experiments: the start date is an assumption (DOMAIN.md names 1 Jan 2022 for municipal taxes). */
  experiments: '2022-01-01',
  /** Convenant amendment for energy and water (De signaalreis; NVVK 30 Nov 2022). */
  amendment: '2022-12-08',
  /** Warm-referral pilot starts (Projectplan Warme doorverwijzing: "In februari 2023"). */
  warmReferral: '2023-02-01',
  /** Energy: the Energieregeling under the Energiewet. */
  energieregeling: '2026-01-01',
} as const;

const D = RULE_DATES;
const FIXED_CHARGES: EligibilitySector[] = ['housing', 'energy', 'water', 'health-insurance'];
const ALL_WITH_BASIS: EligibilitySector[] = [...FIXED_CHARGES, 'mortgage', 'tax-office', 'municipal-taxes'];
const ALL_KINDS = ['early', 'end-of-supply', 'warm-referral'] as const;
const NATURAL_PERSONS: LegalForm[] = ['natural-person', 'sole-trader', 'maatschap', 'vof', 'cv'];

const seed = (source: SourceRef, passage: string): { source: SourceRef; origin: 'seed' } => ({ source: cite(source, passage), origin: 'seed' });
const fromAppendix = (passage: string): { source: SourceRef; origin: 'seed' } => ({ source: appendix(passage), origin: 'seed' });
const later = (source: SourceRef, passage?: string): { source: SourceRef; origin: 'public' } => ({ source: passage ? cite(source, passage) : source, origin: 'public' });
const assumed = (source: SourceRef, passage: string): { source: SourceRef; origin: 'assumption' } => ({ source: cite(source, passage), origin: 'assumption' });

const SIGNAALREIS = SOURCES.signaalreis;

/** The convenant's water window (002), which the seeds keep after 8 Dec 2022 (De signaalreis names only energy). @internal */
export const WATER_30_100: FlatVersion<'window'> = {
  from: D.wgs, title: title('Drinkwater: 30 tot en met 100 dagen achterstand', 'Drinking water: 30 to 100 days in arrears'),
  ...seed(SOURCES.convenant, '"Drinkwater en zorgpremie worden gemeld bij een achterstand van 30-100 dagen"'), minDays: 30, maxDays: 100,
};

/** The convenant's energy window (002). @internal */
export const ENERGY_50_100: FlatVersion<'window'> = {
  from: D.wgs, title: title('Energie: 50 tot en met 100 dagen achterstand', 'Energy: 50 to 100 days in arrears'),
  ...seed(SOURCES.convenant, '"energie 50-100 dagen"'), minDays: 50, maxDays: 100,
};

/** Energy after the amendment as De signaalreis states it: the 100-day maximum goes, the 50-day minimum stays. @internal */
export const ENERGY_FROM_50: FlatVersion<'window'> = {
  from: D.amendment, title: title('Energie: vanaf 50 dagen, geen maximum (oudste vordering mag > 100 dagen zijn)', 'Energy: from 50 days, no maximum (oldest claim may be over 100 days)'),
  ...seed(SIGNAALREIS, '"energiemaatschappijen mogen sinds die tijd ook signalen mogen sturen wanneer de oudste vordering meer dan 100 dagen vervallen is"'), minDays: 50, maxDays: null,
};

/** May this sector send this kind of signal at all. */
function basis(warmReferral: Required<WarmReferralScope>): RuleSpecInput[] {
  return [
    rule('basis', 'basis.fixed-charges', { sectors: FIXED_CHARGES }, [{ from: D.wgs,
      title: title('Vaste-lastenpartner mag vroegsignalen sturen (Wgs)', 'Fixed-charges creditor may send early signals (Wgs)'),
      ...seed(SOURCES.nvvkEarlySignalling, '"Per 1 januari 2021 … Op basis van signalen van zorgverzekeraars, energiebedrijven, woningverhuurders en drinkwaterbedrijven"') }]),
    rule('basis', 'basis.end-of-supply', { sectors: ['energy', 'water'], kinds: ['end-of-supply'] }, [{ from: D.wgs,
      title: title('Energie en water sturen eindeleveringssignalen vóór afsluiting', 'Energy and water send end-of-supply signals before disconnection'),
      ...seed(SOURCES.rulesOfThumb, '"moesten energieleveranciers en drinkwaterbedrijven voorafgaand aan afsluiting een signaal afgeven aan de gemeente"') }]),
    rule('basis', 'basis.warm-referral', { sectors: warmReferral.sectors, kinds: ['warm-referral'] }, [{ from: warmReferral.from,
      title: title('Warme doorverwijzing (pilot; start en sectoren zijn een parameter)', 'Warm referral (pilot; start and sectors are a parameter)'),
      ...seed(SOURCES.warmReferral, '"In februari 2023 is het project gestart met één drinkwaterbedrijf (Evides) en 7 organisaties, werkend voor 13 gemeenten"') }]),
    rule('basis', 'basis.experiment.mortgage', { sectors: ['mortgage'] }, [{ from: D.experiments,
      title: title('Experiment hypotheekverstrekkers (Wgs art. 10; startdatum aangenomen)', 'Mortgage lenders experiment (Wgs art. 10; start date assumed)'),
      ...assumed(SOURCES.nvvkEarlySignalling, '"experiment vroegsignalering door hypotheekverstrekkers" — startdatum niet in de bron') }]),
    rule('basis', 'basis.experiment.municipal-taxes', { sectors: ['municipal-taxes'] }, [{ from: D.experiments,
      title: title('Experiment gemeentelijke belastingen (Wgs art. 10)', 'Municipal taxes experiment (Wgs art. 10)'),
      ...later(SOURCES.wgs, 'art. 10 (experimenten; 10 gemeenten vanaf 1 januari 2022)') }]),
    rule('basis', 'basis.experiment.tax-office', { sectors: ['tax-office'] }, [{ from: D.experiments,
      title: title('Experiment Belastingdienst/Toeslagen (Wgs art. 10; startdatum aangenomen)', 'Tax office / allowances experiment (Wgs art. 10; start date assumed)'),
      ...later(SOURCES.wgs, 'art. 10 (experimenten); startdatum: aanname') }]),
  ];
}

/** Rules for every sector: rules of thumb, legal forms and addresses. */
const GENERAL: RuleSpecInput[] = [
  rule('one-of', 'customer.current', { sectors: ALL_WITH_BASIS, kinds: ALL_KINDS }, [{ from: D.wgs,
    title: title('Alleen huidige klanten, geen restschuld van ex-klanten', 'Current customers only, no residual debt of ex-customers'),
    ...seed(SOURCES.rulesOfThumb, '"Lever alleen signalen over huidige klanten."'), field: 'customerStatus', allowed: ['current'] }]),
  rule('flag', 'objection.none', { sectors: ['energy', 'health-insurance', 'mortgage', 'tax-office', 'municipal-taxes'] }, [{ from: D.wgs,
    title: title('Klant heeft geen bezwaar gemaakt tegen doorgeven van gegevens', 'Customer has not objected to sharing data'),
    ...seed(SOURCES.rulesOfThumb, '"Als een klant bij een signaalpartner bezwaar maakt tegen het doorgeven van gegevens is er geen grondslag voor een signaal."'), field: 'objectionRegistered', required: false }]),
  rule('legal-form', 'legal-form.natural-person', { sectors: ALL_WITH_BASIS, kinds: ALL_KINDS }, [{ from: D.wgs,
    title: title('Natuurlijk persoon (ook eenmanszaak, maatschap, vof, cv); geen bv of nv tenzij persoonlijk aansprakelijk', 'Natural person (incl. sole trader, maatschap, vof, cv); not a bv or nv unless personally liable'),
    ...seed(SIGNAALREIS, 'Ondernemers en vroegsignalering: "Signalen over rechtspersonen mogen op basis van de Wgs niet worden opgevolgd, tenzij er sprake is van persoonlijke aansprakelijkheid"'), eligible: NATURAL_PERSONS }]),
  rule('flag', 'housing.living-space', { sectors: ['housing'] }, [{ from: D.wgs,
    title: title('Huur: het gehuurde is woonruimte (geen losse garagebox)', 'Rent: the rented object is living space (not a garage box on its own)'),
    ...seed(SIGNAALREIS, 'BRP-controle: "Signalen waarbij het niet gaat om een woning, maar bijv. een garagebox. Deze hadden niet gemeld mogen worden obv de kaders uit de Bgs."'), field: 'dwelling', required: true }]),
  rule('flag', 'address.not-a-dwelling', { sectors: ['energy', 'water', 'health-insurance', 'mortgage', 'tax-office', 'municipal-taxes'], kinds: ['early', 'end-of-supply'] }, [{ from: D.wgs,
    title: title('Het adres is geen woning (bijv. een bedrijfsadres): signaal blijft staan', 'The address is not a dwelling (e.g. a business address): the signal stays'),
    ...seed(SIGNAALREIS, '"In principe moeten gemeenten alle signalen oppakken van natuurlijke personen, ongeacht of het signaal van de betalingsachterstand betrekking heeft op het woonadres of het bedrijfsadres."'),
    field: 'dwelling', required: true, effect: 'flag' }]),
  rule('one-of', 'arrangement.not-running', { sectors: ALL_WITH_BASIS }, [{ from: D.wgs,
    title: title('Geen lopende, nagekomen betalingsregeling', 'No running payment arrangement that is being honoured'),
    ...seed(SOURCES.rulesOfThumb, '"een signaal over een betalingsachterstand is pas toegestaan als er geen betalingsregeling is of als die niet wordt nagekomen"'), field: 'paymentArrangement', allowed: ['none', 'broken', 'lapsed'] }]),
  rule('flag', 'social-collection.done', { sectors: ALL_WITH_BASIS }, [{ from: D.wgs,
    title: title('Sociale incasso gevoerd vóór het signaal', 'Social collection done before signalling'),
    ...seed(SOURCES.rulesOfThumb, '"Zorg dat je sociale incasso hebt gevoerd voordat je signalen meldt."'), field: 'socialCollectionDone', required: true }]),
  rule('no-uninvoiced-costs', 'arrears.uninvoiced-costs', { sectors: ALL_WITH_BASIS, kinds: ALL_KINDS }, [{ from: D.wgs,
    title: title('Nog niet gefactureerde kosten (zoals een borg voor afsluiten)', 'Costs not yet invoiced (such as a disconnection deposit)'),
    ...seed(SIGNAALREIS, 'Eindeleveringssignalen: "De bedragen daarvoor mogen dan ook niet meekomen in een signaal."') }]),
];

/** The convenant windows, before and after the amendment of 8 Dec 2022. */
const WINDOWS: RuleSpecInput[] = [
  rule('window', 'window.water', { sectors: ['water'] }, [
    { ...WATER_30_100, until: D.amendment },
    { from: D.amendment, title: title('Drinkwater: vanaf 30 dagen achterstand, geen maximum', 'Drinking water: from 30 days in arrears, no maximum'),
      ...later(PUBLIC.nvvkAmendment2022, 'drinkwater vanaf 30 dagen, geen maximum'), minDays: 30, maxDays: null },
  ]),
  rule('window', 'window.energy', { sectors: ['energy'] }, [
    { ...ENERGY_50_100, until: D.amendment },
    { from: D.amendment, title: title('Energie: vanaf 30 dagen achterstand, geen maximum (ook oudste vordering > 100 dagen)', 'Energy: from 30 days in arrears, no maximum (oldest claim may be over 100 days)'),
      ...later(PUBLIC.nvvkAmendment2022, 'energie vanaf 30 dagen, geen maximum'), minDays: 30, maxDays: null },
  ]),
  rule('window', 'window.health', { sectors: ['health-insurance'] }, [{ from: D.wgs,
    title: title('Zorg: 30 tot en met 100 dagen premieachterstand', 'Health: 30 to 100 days of premium arrears'),
    ...seed(SOURCES.convenant, '"Drinkwater en zorgpremie worden gemeld bij een achterstand van 30-100 dagen"; De signaalreis: "op basis van premieachterstand en niet op basis van achterstand op betaling eigen risico of eigen bijdrage"'),
    minDays: 30, maxDays: 100, measure: 'premium' }]),
  rule('window', 'window.housing', { sectors: ['housing'] }, [{ from: D.wgs,
    title: title('Huur: vanaf 30 dagen achterstand', 'Rent: from 30 days in arrears'),
    ...seed(SOURCES.convenant, '"huur vanaf 30 dagen"'), minDays: 30, maxDays: null }]),
  rule('window', 'window.mortgage', { sectors: ['mortgage'] }, [{ from: D.experiments,
    title: title('Hypotheek: vanaf 30 dagen achterstand', 'Mortgage: from 30 days in arrears'),
    ...assumed(SOURCES.wgs, 'art. 10 (experiment hypotheekverstrekkers); termijn: aanname gelijk aan huur'), minDays: 30, maxDays: null }]),
  rule('window', 'arrears.overdue', { sectors: ['tax-office', 'municipal-taxes'] }, [{ from: D.experiments,
    title: title('De vordering is vervallen (na de vervaldatum niet betaald)', 'The claim is overdue (not paid after its due date)'),
    ...seed(SIGNAALREIS, 'Bijlage 1, Het ontstaan van een signaal: "Klant (inwoner) betaalt de rekening niet binnen de gestelde termijn"'), minDays: 1, maxDays: null }]),
  rule('note', 'window.unknown', { sectors: ['tax-office', 'municipal-taxes'] }, [{ from: D.experiments,
    title: title('Geen dagtermijn bekend uit een bron voor deze sector; alleen vervallen vorderingen', 'No day window known from a source for this sector; only overdue claims'),
    ...assumed(SOURCES.wgs, 'art. 10 (experimenten): geen termijn in de bronnen'), effect: 'flag' }]),
];

/** Energy: the appendix of De signaalreis, and the Energieregeling of 2026. */
const ENERGY: RuleSpecInput[] = [
  rule('unpaid-terms', 'energy.unpaid-terms', { sectors: ['energy'] }, [{ from: D.wgs,
    title: title('Energie: minstens 2 termijnen achterstand', 'Energy: at least 2 terms in arrears'),
    ...fromAppendix('Energiemaatschappijen: "Na 2 termijnen achterstand, mag een signaal als vroegsignaal naar de gemeente."'), minTerms: 2 }]),
  rule('reminders', 'energy.reminders', { sectors: ['energy'] }, [{ from: D.wgs,
    title: title('Energie: minstens 2 herinneringen', 'Energy: at least 2 reminders'),
    ...seed(SIGNAALREIS, 'Eindeleveringssignalen: "Bij het vroegsignaal is in de huidige afsluitregeling bepaald dat dit moet gaan over een achterstand van minimaal twee termijnen en twee herinneringen."'), minCount: 2 }]),
  rule('flag', 'energy.no-debt-arrangement', { sectors: ['energy'] }, [{ from: D.wgs,
    title: title('Energie: geen vroegsignaal bij een bekende schuldregeling', 'Energy: no early signal when a debt arrangement is known'),
    ...fromAppendix('Energiemaatschappijen: "Als iemand al in een schuldregeling zit en dat is bekend bij de energiemaatschappij, komt er geen vroegsignaal."'), field: 'knownDebtArrangement', required: false }]),
  rule('flag', 'energy.personal-contact-before-first-signal', { sectors: ['energy'] }, [{ from: D.energieregeling,
    title: title('Energie: eerst persoonlijk contact gezocht, dan pas het eerste vroegsignaal', 'Energy: personal contact sought before the first early signal'),
    ...later(PUBLIC.energieregeling2026, '"de wettelijke verplichting voor leveranciers om eerst persoonlijk contact te zoeken voordat zij een vroegsignaal aan de gemeente sturen"'),
    field: 'personalContactAttempted', required: true }]),
  rule('flag', 'energy.early-before-end-of-supply', { sectors: ['energy'], kinds: ['end-of-supply'] }, [{ from: D.energieregeling,
    title: title('Energie: een eindeleveringssignaal hoort na een vroegsignaal te komen', 'Energy: an end-of-supply signal should follow an early signal'),
    ...later(PUBLIC.energieregeling2026, '"altijd eerst een vroegsignaal, gevolgd door een geactualiseerd signaal of een eindeleveringssignaal"'),
    field: 'priorEarlySignal', required: true, effect: 'flag' }]),
  rule('end-of-supply-notice', 'end-of-supply.notice', { sectors: ['energy'], kinds: ['end-of-supply'] }, [{ from: D.wgs,
    title: title('Energie: eindeleveringssignaal 20 werkdagen vóór het einde van het contract', 'Energy: end-of-supply signal 20 working days before the contract ends'),
    ...fromAppendix('Energiemaatschappijen: "Eindeleveringssignaal: 20 werkdagen voor het einde van het contract"'), workingDaysBeforeEnd: 20, effect: 'flag' }]),
];

/** Rent: Bgs art. 2 conditions (a public source, not the seeds). */
const HOUSING: RuleSpecInput[] = [
  rule('flag', 'housing.personal-contact', { sectors: ['housing'] }, [{ from: D.wgs,
    title: title('Huur: inspanning om de huurder persoonlijk te spreken', 'Rent: effort to reach the tenant in person'),
    ...later(SOURCES.bgs, 'art. 2: persoonlijk contact'), field: 'personalContactAttempted', required: true }]),
  rule('flag', 'housing.debt-help-pointer', { sectors: ['housing'] }, [{ from: D.wgs,
    title: title('Huur: gewezen op schuldhulpverlening', 'Rent: pointed to debt help'),
    ...later(SOURCES.bgs, 'art. 2: wijzen op schuldhulpverlening'), field: 'debtHelpPointerGiven', required: true }]),
  rule('reminders', 'housing.written-reminder', { sectors: ['housing'] }, [{ from: D.wgs,
    title: title('Huur: minstens één schriftelijke herinnering', 'Rent: at least one written reminder'),
    ...later(SOURCES.bgs, 'art. 2: schriftelijke herinnering'), minCount: 1 }]),
  rule('flag', 'housing.reminder-mentions-sharing', { sectors: ['housing'] }, [{ from: D.wgs,
    title: title('Huur: de herinnering meldt dat gegevens gedeeld kunnen worden', 'Rent: the reminder says data may be shared'),
    ...later(SOURCES.bgs, 'art. 2: aanbod gegevens te delen in de herinnering'), field: 'reminderMentionedDataSharing', required: true }]),
  rule('flag', 'housing.tenant-did-not-refuse', { sectors: ['housing'] }, [{ from: D.wgs,
    title: title('Huur: de huurder heeft het delen niet geweigerd', 'Rent: the tenant did not refuse sharing'),
    ...later(SOURCES.bgs, 'art. 2: huurder heeft niet geweigerd'), field: 'objectionRegistered', required: false }]),
];

/** Drinking water (a public source, not the seeds). */
const WATER: RuleSpecInput[] = [
  rule('reminders', 'water.written-reminder', { sectors: ['water'] }, [{ from: D.wgs,
    title: title('Water: minstens één schriftelijke herinnering', 'Water: at least one written reminder'),
    ...later(SOURCES.bgs, 'art. 2: drinkwater, schriftelijke herinnering'), minCount: 1 }]),
  rule('flag', 'water.debt-help-pointer', { sectors: ['water'] }, [{ from: D.wgs,
    title: title('Water: gewezen op schuldhulpverlening', 'Water: pointed to debt help'),
    ...later(SOURCES.bgs, 'art. 2: drinkwater, wijzen op schuldhulpverlening'), field: 'debtHelpPointerGiven', required: true }]),
  rule('flag', 'water.no-explicit-objection', { sectors: ['water'] }, [{ from: D.wgs,
    title: title('Water: delen, tenzij de klant uitdrukkelijk bezwaar maakt', 'Water: share unless the customer explicitly objects'),
    ...later(SOURCES.bgs, 'art. 2: drinkwater, geen uitdrukkelijk bezwaar'), field: 'objectionRegistered', required: false }]),
];

/** Health insurance (De signaalreis and the Zvw). */
const HEALTH: RuleSpecInput[] = [
  rule('premium-basis', 'health.premium-decides', { sectors: ['health-insurance'] }, [{ from: D.wgs,
    title: title('Zorg: de premieachterstand beslist; het totaal (met eigen risico en eigen bijdrage) wordt gemeld', 'Health: the premium arrears decide; the total (with deductible and own contribution) is reported'),
    ...seed(SIGNAALREIS, '"Bij de aanlevering van het signaal worden de achterstanden op eigen risico en/of eigen bijdrage echter wel meegenomen bij het totaalbedrag."') }]),
  rule('flag', 'health.not-handed-over', { sectors: ['health-insurance'] }, [{ from: D.wgs,
    title: title('Zorg: niet overgedragen aan incassobureau of deurwaarder', 'Health: not handed to a collection agency or bailiff'),
    ...seed(SIGNAALREIS, '"Als de klant is overgedragen aan het incassobureau/deurwaarder, dan levert de zorgverzekeraar geen signaal meer aan."'), field: 'handedToCollectionAgency', required: false }]),
  rule('cak-referral', 'health.cak-referral', { sectors: ['health-insurance'] }, [{ from: D.wgs,
    title: title('Zorg: bij 6 maanden premieachterstand aanmelding bij het CAK', 'Health: at 6 months of premium arrears, referral to the CAK'),
    ...later(PUBLIC.zvw, 'aanmelding CAK na 6 maanden premieachterstand'), months: 6 }]),
];

/** Tax office / allowances experiment (public sources). */
const TAX_OFFICE: RuleSpecInput[] = [
  rule('min-amount', 'tax-office.min-amount', { sectors: ['tax-office'] }, [{ from: D.experiments,
    title: title('Belastingdienst: minstens € 600 openstaand', 'Tax office: at least €600 outstanding'),
    ...later(SOURCES.wgs, 'art. 10: experiment Belastingdienst/Toeslagen, € 600'), minAmount: '600.00' }]),
  rule('reminders', 'tax-office.reminder', { sectors: ['tax-office'] }, [{ from: D.experiments,
    title: title('Belastingdienst: aanmaning of herinnering verstuurd', 'Tax office: a reminder was sent'),
    ...later(SOURCES.wgs, 'art. 10: experiment Belastingdienst/Toeslagen, herinnering'), minCount: 1 }]),
  rule('flag', 'tax-office.no-deferral', { sectors: ['tax-office'] }, [{ from: D.experiments,
    title: title('Belastingdienst: geen uitstel van betaling', 'Tax office: no deferral of payment'),
    ...later(SOURCES.wgs, 'art. 10: experiment Belastingdienst/Toeslagen, geen uitstel'), field: 'paymentDeferral', required: false }]),
];

/** Where and from when warm referrals may be sent. @category Rulebook */
export interface WarmReferralScope {
  /** First day (default 1 Feb 2023, the start of the pilot). */
  readonly from?: IsoDate;
  /** Sectors that may send one (default: drinking water, the pilot's creditor). */
  readonly sectors?: readonly EligibilitySector[];
}

/** Parameters of the national rulebook. @category Rulebook */
export interface NationalRulebookOptions {
  /**
   * Warm referral (Projectplan Warme doorverwijzing): a pilot that started in February 2023 with
   * one drinking-water company and 13 municipalities. Widen it where your region takes part.
   */
  readonly warmReferral?: WarmReferralScope;
}

/**
 * The national rulebook with its parameters: the convenant windows as they changed on 8 Dec
 * 2022, the sector conditions with their own start dates, the later public rules (the energy
 * regulation of 2026), and the warm-referral pilot's start and sectors. Every rule version says
 * where it comes from (`origin`: `seed`, `public` or `assumption`; docs/assumptions.md).
 * Throws `UsageError` for an invalid parameter.
 * @example
 * const book = nationalRulebook({ warmReferral: { from: '2024-07-01', sectors: ['water', 'housing'] } });
 * @category Rulebook
 */
export function nationalRulebook(options: NationalRulebookOptions = {}): Rulebook {
  const warmReferral = {
    from: options.warmReferral?.from ?? D.warmReferral,
    sectors: options.warmReferral?.sectors ?? (['water'] as const),
  };
  return defineRulebook({
    id: 'nl-vroegsignalering',
    name: 'Landelijk convenant vroegsignalering met latere publieke regels',
    rules: [
      ...basis(warmReferral), ...GENERAL, ...WINDOWS, ...ENERGY, ...HOUSING, ...WATER, ...HEALTH, ...TAX_OFFICE,
      rule('flag', 'warm-referral.asked-for-help', { sectors: warmReferral.sectors, kinds: ['warm-referral'] }, [{ from: warmReferral.from,
        title: title('Warme doorverwijzing: de klant vroeg in persoonlijk contact om hulp', 'Warm referral: the customer asked for help in personal contact'),
        ...seed(SOURCES.warmReferral, 'Aanleiding: "In dit persoonlijk contact met een klant kan duidelijk worden dat financiële hulp nodig én gewenst is."'), field: 'customerAskedForHelp', required: true }]),
    ],
  });
}

/**
 * The national rulebook with its default parameters: the default of {@link assessEligibility}.
 * See docs/eligibility.md for the rule table and docs/assumptions.md for what the seeds do not state.
 * @category Rulebook
 */
export const DEFAULT_RULEBOOK: Rulebook = nationalRulebook();
