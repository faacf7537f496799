/**
 * The report's words in Dutch and English, and numbers, percentages and months as each
 * language writes them. One report is in one language.
 * @module
 */
import type { LocalizedText } from '../../model/index.js';

/** The languages a report is written in. @category Report */
export const REPORT_LANGUAGES = ['nl', 'en'] as const;
/** A report language: Dutch (the default) or English. @category Report */
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

const WORDS = {
  title: { nl: 'Onderzoeksrapport vroegsignalering', en: 'Early signalling research report' },
  sample: { nl: 'Steekproef', en: 'Sample' },
  signals: { nl: 'signalen', en: 'signals' },
  cases: { nl: 'casussen', en: 'cases' },
  period: { nl: 'periode', en: 'period' },
  policy: { nl: 'beleid', en: 'policy' },
  comparedWith: { nl: 'vergeleken met', en: 'compared with' },
  asOf: { nl: 'peildatum', en: 'as of' },
  synthetic: {
    nl: 'Dit rapport is gemaakt van een SYNTHETISCHE steekproef: verzonnen inwoners en uitkomsten, gevormd naar De signaalreis (2023). Het laat zien hoe de bibliotheek werkt, niet hoe een gemeente presteert.',
    en: 'This report is made from a SYNTHETIC sample: invented residents and outcomes, shaped after De signaalreis (2023). It shows how the library works, not how any municipality performs.',
  },
  howToRead: {
    nl: 'Twee soorten cijfers staan hier apart. Waargenomen: wat er met deze casussen gebeurde onder de werkwijze van toen (uit de steekproef). Gesimuleerd: wat de regels van een beleid met dezelfde signalen doen, en wat je dan mag verwachten met bereikkansen uit de literatuur; dat is niet waargenomen. Elk percentage heeft zijn n en een 95%-betrouwbaarheidsinterval (BI); voor verwachtingen een gevoeligheidsband.',
    en: 'Two kinds of figures are kept apart here. Observed: what happened to these cases under the handling of the time (from the sample). Simulated: what a policy’s rules do with the same signals, and what one may expect with reach rates from the literature; that is not observed. Every percentage has its n and a 95% confidence interval (CI); expectations have a sensitivity band.',
  },
  partialMonths: {
    nl: 'Onvolledige maanden (minder dan 90% van de dagen in de steekproefperiode) zijn gemarkeerd met * en gearceerd; hun aantallen zijn niet vergelijkbaar met hele maanden.',
    en: 'Incomplete months (less than 90% of their days within the sample period) are marked * and hatched; their counts do not compare with whole months.',
  },
  ci: { nl: '95%-BI', en: '95% CI' },
  band: { nl: 'gevoeligheidsband', en: 'sensitivity band' },
  nNotStated: { nl: 'n niet vermeld', en: 'n not stated' },
  literature: { nl: 'literatuur', en: 'literature' },
  importTitle: { nl: 'Import van de xxllnc-export', en: 'Import of the xxllnc export' },
  importNote: {
    nl: 'Elke rij van elk tabblad is gebruikt of gemeld: rijen = gebruikt + niet gebruikt. Waarschuwingen zijn rijen die met een aanname zijn gebruikt.',
    en: 'Every row of every sheet was used or reported: rows = used + not used. Warnings are rows used with an assumption.',
  },
  sheet: { nl: 'tabblad', en: 'sheet' },
  rows: { nl: 'rijen', en: 'rows' },
  mapped: { nl: 'gebruikt', en: 'used' },
  unmapped: { nl: 'niet gebruikt', en: 'not used' },
  warning: { nl: 'waarschuwing', en: 'warning' },
  count: { nl: 'aantal', en: 'count' },
  observedFunnel: { nl: 'Waargenomen trechter', en: 'Observed funnel' },
  observedFunnelNote: {
    nl: 'Waargenomen in de steekproef, per casus met een bekende uitkomst, onder de werkwijze van toen. Elke stap is een deel van de stap ervoor; de trechter wordt nooit breder. Intervallen: Wilson.',
    en: 'Observed in the sample, per case with a known outcome, under the handling of the time. Each stage is part of the stage before; the funnel never widens. Intervals: Wilson.',
  },
  stage: { nl: 'stap', en: 'stage' },
  ofPrevious: { nl: 'deel van vorige stap', en: 'share of previous stage' },
  ofAll: { nl: 'deel van allemaal', en: 'share of all' },
  casesWithOutcome: { nl: 'Casussen met bekende uitkomst', en: 'Cases with a known outcome' },
  pickedUp: { nl: 'Opgepakt', en: 'Picked up' },
  reached: { nl: 'Bereikt', en: 'Reached' },
  helpAccepted: { nl: 'Hulp geaccepteerd', en: 'Help accepted' },
  simulatedFunnel: { nl: 'Gesimuleerde trechter', en: 'Simulated funnel' },
  simulatedFunnelNote: {
    nl: 'Gesimuleerd, per signaal: wat de regels van het beleid kiezen (na capaciteit) en wat je verwacht met de bereikkansen uit de literatuur. Niet waargenomen. De gevoeligheidsband zet alle kansen tegelijk op de onder- of bovengrens van hun 95%-interval. Elke stap is hoogstens de stap ervoor.',
    en: 'Simulated, per signal: what the policy’s rules choose (after capacity) and what one expects with the reach rates from the literature. Not observed. The sensitivity band puts all rates at the low or high end of their 95% interval at once. Each stage is at most the stage before.',
  },
  signalsInSample: { nl: 'Signalen in de steekproef', en: 'Signals in the sample' },
  contactChannel: { nl: 'Kanaal om contact te zoeken', en: 'A channel to seek contact' },
  expectedReached: { nl: 'Verwacht bereikt', en: 'Expected reached' },
  expectedAccepted: { nl: 'Verwacht hulp geaccepteerd', en: 'Expected help accepted' },
  stageAxis: { nl: 'stap', en: 'stage' },
  casesAxis: { nl: 'casussen (aantal)', en: 'cases (count)' },
  signalsAxis: { nl: 'signalen (aantal)', en: 'signals (count)' },
  channelAxis: { nl: 'kanaal', en: 'channel' },
  monthAxis: { nl: 'maand (* = onvolledig)', en: 'month (* = incomplete)' },
  perMonthAxis: { nl: 'signalen per maand', en: 'signals per month' },
  assumptionsTitle: { nl: 'Verwacht bereik per kanaal: aannames', en: 'Expected reach per channel: assumptions' },
  assumptionsNote: {
    nl: 'De kansen komen uit de literatuur, niet uit deze steekproef. 95%-interval: Wilson op de telling (plus de punten uit een andere bron, waar die erbij zijn opgeteld). Zonder telling: een aangenomen band van de helft tot anderhalf keer de kans.',
    en: 'The rates come from the literature, not from this sample. 95% interval: Wilson on the count (plus the points from another source, where added). Without a count: an assumed band from half to one and a half times the rate.',
  },
  channel: { nl: 'kanaal', en: 'channel' },
  assumedReach: { nl: 'aangenomen bereik', en: 'assumed reach' },
  acceptanceAmongReached: { nl: 'hulp geaccepteerd door bereikten', en: 'help accepted among those reached' },
  basis: { nl: 'telling', en: 'count' },
  source: { nl: 'bron', en: 'source' },
  reconcileTitle: { nl: 'Naast de steekproef gelegd (niet causaal)', en: 'Set against the sample (not causal)' },
  reconcileNote: {
    nl: 'Niet causaal. Per kanaal dat het beleid zou kiezen: wat er waargenomen met diezelfde inwoners gebeurde onder de werkwijze van toen. Zij kregen dat kanaal meestal niet; de tabel laat zien hoe de groepen die het beleid kiest verschillen, niet wat het kanaal zou bereiken. Per signaal met een bekende uitkomst.',
    en: 'Not causal. For each channel the policy would choose: what was observed for those same residents under the handling of the time. They mostly did not get that channel; the table shows how the groups the policy picks differ, not what the channel would achieve. Per signal with a known outcome.',
  },
  notCausal: { nl: 'niet causaal', en: 'not causal' },
  withOutcome: { nl: 'met uitkomst', en: 'with outcome' },
  observedReach: { nl: 'waargenomen bereikt', en: 'observed reached' },
  observedAccepted: { nl: 'waargenomen hulp geaccepteerd', en: 'observed help accepted' },
  allChannels: { nl: 'alle kanalen', en: 'all channels' },
  expectedReachRate: { nl: 'verwacht bereik', en: 'expected reach' },
  channelsTitle: { nl: 'Kanalen', en: 'Channels' },
  channelsNote: {
    nl: 'Gesimuleerd. "Regels": het kanaal dat de regels kiezen; "na capaciteit": het kanaal waar het signaal uitkomt als een kanaal vol is of contactgegevens ontbreken.',
    en: 'Simulated. "Rules": the channel the rules choose; "after capacity": the channel the signal ends in when a channel is full or contact data are missing.',
  },
  rules: { nl: 'regels', en: 'rules' },
  afterCapacity: { nl: 'na capaciteit', en: 'after capacity' },
  moves: { nl: 'Verplaatst van het kanaal dat de regels kozen', en: 'Moved from the channel the rules chose' },
  cause: { nl: 'oorzaak', en: 'cause' },
  capacityTitle: { nl: 'Capaciteit per maand', en: 'Capacity per month' },
  capacityNote: {
    nl: 'Gesimuleerd. "Gevraagd": signalen die de regels naar het kanaal sturen; "gebruikt": signalen die er uitkomen; de stippellijn is de capaciteit per maand.',
    en: 'Simulated. "Asked": signals the rules send to the channel; "used": signals that end in it; the dashed line is the capacity per month.',
  },
  asked: { nl: 'gevraagd (regels)', en: 'asked (rules)' },
  used: { nl: 'gebruikt', en: 'used' },
  capacityLine: { nl: 'capaciteit', en: 'capacity' },
  fills: {
    nl: 'Gebruikt ligt boven gevraagd in {months} maand(en): dit beleid vult ruimte die overblijft met andere signalen ({moved} signalen, regel "capaciteit over").',
    en: 'Used exceeds asked in {months} month(s): this policy fills spare capacity with other signals ({moved} signals, rule "capacity left").',
  },
  capacityPerMonth: { nl: 'capaciteit per maand', en: 'capacity per month' },
  peakAsked: { nl: 'hoogste vraag (hele maanden)', en: 'peak asked (whole months)' },
  movedOnFull: { nl: 'doorgeschoven (vol)', en: 'moved on (full)' },
  monthsOver: { nl: 'maanden boven capaciteit', en: 'months over capacity' },
  filledSpare: { nl: 'aangevuld (ruimte over)', en: 'filled (spare capacity)' },
  comparisonTitle: { nl: 'Vergelijking van beleid', en: 'Comparison of policies' },
  comparisonNote: {
    nl: 'Gesimuleerd: dezelfde signalen onder twee beleidsregels, met dezelfde aannames. Staven: verwachte aantallen; strepen: gevoeligheidsband.',
    en: 'Simulated: the same signals under two policies, with the same assumptions. Bars: expected counts; whiskers: sensitivity band.',
  },
  residentsAxis: { nl: 'inwoners (verwacht aantal)', en: 'residents (expected count)' },
  measureAxis: { nl: 'maat', en: 'measure' },
  capacityAsked: { nl: 'Capaciteit die de regels vragen (drukste hele maand)', en: 'Capacity the rules ask for (busiest whole month)' },
  changesTitle: { nl: 'Signalen die van kanaal wisselen', en: 'Signals that change channel' },
  change: { nl: 'wisseling', en: 'change' },
  fromTo: { nl: 'van {from} naar {to}', en: 'from {from} to {to}' },
  why: { nl: 'waarom', en: 'why' },
  outcomesTitle: { nl: 'Uitkomsten (waargenomen)', en: 'Outcomes (observed)' },
  outcomesNote: {
    nl: 'Waargenomen in de steekproef, per casus met een bekende uitkomst; de indeling van De signaalreis. Intervallen: Wilson.',
    en: 'Observed in the sample, per case with a known outcome; the classes of De signaalreis. Intervals: Wilson.',
  },
  outcome: { nl: 'uitkomst', en: 'outcome' },
  share: { nl: 'aandeel', en: 'share' },
  figure: { nl: 'cijfer', en: 'figure' },
  value: { nl: 'waarde', en: 'value' },
  daysToReachMedian: { nl: 'dagen tot bereikt (mediaan)', en: 'days to reach (median)' },
  daysToReachMean: { nl: 'dagen tot bereikt (gemiddeld)', en: 'days to reach (mean)' },
  daysToReachP90: { nl: 'dagen tot bereikt (90e percentiel)', en: 'days to reach (90th percentile)' },
  attemptsMedian: { nl: 'contactpogingen per opgepakte casus (mediaan)', en: 'contact attempts per picked-up case (median)' },
  attemptsMean: { nl: 'contactpogingen per opgepakte casus (gemiddeld)', en: 'contact attempts per picked-up case (mean)' },
  phoneShare: { nl: 'acceptaties met een telefoongesprek', en: 'acceptances with a phone call' },
  letterOnlyNotReached: { nl: 'niet bereikt na alleen brieven', en: 'not reached after letters only' },
  knownAtDebtHelp: { nl: 'al bekend bij schuldhulpverlening', en: 'already known at debt help' },
  returnTitle: { nl: 'Opnieuw gesignaleerd na afsluiten (waargenomen)', en: 'Signalled again after closing (observed)' },
  returnNote: {
    nl: 'Kaplan–Meier: het cumulatieve aandeel huishoudens dat opnieuw wordt gesignaleerd, naar uitkomst. Wie niet terugkwam telt mee tot de peildatum (gecensureerd). 95%-interval: Greenwood, op de log(−log)-schaal; voor de eerste terugkeer de exacte bovengrens. "Gevolgd" is het aantal huishoudens dat op die dag nog gevolgd werd (at risk).',
    en: 'Kaplan–Meier: the cumulative share of households signalled again, by outcome. Those not seen again count until the as-of date (censored). 95% interval: Greenwood, on the log(−log) scale; before the first return, the exact upper bound. "Followed" is the number of households still followed on that day (at risk).',
  },
  daysSinceClose: { nl: 'dagen sinds het afsluiten van de casus', en: 'days since the case closed' },
  signalledAgainAxis: { nl: 'opnieuw gesignaleerd (% huishoudens)', en: 'signalled again (% of households)' },
  closedCases: { nl: 'afgesloten casussen', en: 'closed cases' },
  returned: { nl: 'teruggekomen', en: 'returned' },
  byDay: { nl: 'tot dag {day}', en: 'by day {day}' },
  followed: { nl: 'gevolgd', en: 'followed' },
  pipelineTitle: { nl: 'Keten (gesimuleerd)', en: 'Pipeline (simulated)' },
  detection: { nl: 'Detectie', en: 'Detection' },
  detectionNote: {
    nl: 'Labels overlappen: een signaal kan er meer hebben (bijvoorbeeld match en recidive), dus de aantallen tellen niet op tot het aantal signalen.',
    en: 'Labels overlap: a signal can carry several (for example match and recidivism), so the counts do not add up to the number of signals.',
  },
  label: { nl: 'label', en: 'label' },
  matches: { nl: 'signalen in een match', en: 'signals in a match' },
  crisisSignals: { nl: 'crisissignalen', en: 'crisis signals' },
  register: { nl: 'BRP-controle', en: 'Register check' },
  deadlines: { nl: 'Termijnen', en: 'Deadlines' },
  deadline: { nl: 'termijn', en: 'deadline' },
  metShare: { nl: 'gehaald (van gehaald + gemist)', en: 'met (of met + missed)' },
  open: { nl: 'open', en: 'open' },
  eligibility: { nl: 'Mag het een signaal zijn?', en: 'Eligibility' },
  eligibleShare: { nl: 'toegestaan (van beoordeeld)', en: 'eligible (of assessed)' },
  appendixTitle: { nl: 'Bijlage: alle cijfers', en: 'Appendix: every figure' },
  appendixNote: {
    nl: 'Elk cijfer van dit rapport, zoals ook de export (--figures-json, --figures-csv) het geeft.',
    en: 'Every figure of this report, as the export (--figures-json, --figures-csv) gives it too.',
  },
  id: { nl: 'id', en: 'id' },
  interval: { nl: 'interval', en: 'interval' },
  method: { nl: 'methode', en: 'method' },
  sourcesTitle: { nl: 'Bronnen', en: 'Sources' },
  madeWith: { nl: 'Gemaakt met de bibliotheek vroegsignalering (onderzoeksreplay).', en: 'Made with the vroegsignalering library (research replay).' },
  noOutcomes: {
    nl: 'De steekproef heeft geen uitkomsten: er zijn geen waargenomen cijfers, alleen gesimuleerde.',
    en: 'The sample has no outcomes: there are no observed figures, only simulated ones.',
  },
} as const satisfies Record<string, LocalizedText>;

/** A word or sentence of the report. */
export type WordKey = keyof typeof WORDS;

/** The words of a report in one language, with `{name}` placeholders filled in. */
export function words(lang: ReportLanguage): (key: WordKey, values?: Readonly<Record<string, string | number>>) => string {
  return (key, values) => {
    const text: string = WORDS[key][lang];
    return values ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m)) : text;
  };
}

const LOCALES: Readonly<Record<ReportLanguage, string>> = { nl: 'nl-NL', en: 'en-GB' };

/** A number as the language writes it (`1.234,5` or `1,234.5`), with at most `decimals` decimals. */
export function formatNumber(lang: ReportLanguage, value: number, decimals = 0): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: decimals, minimumFractionDigits: 0 }).format(value);
}

/** A share (0–1) as a percentage with `decimals` decimals: `35%` or `35,2%`. */
export function formatPercent(lang: ReportLanguage, share: number, decimals = 0): string {
  return `${new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: decimals, minimumFractionDigits: decimals }).format(share * 100)}%`;
}

const MONTHS: Readonly<Record<ReportLanguage, readonly string[]>> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** A month `YYYY-MM` as a short label: `mrt 2023` or `Mar 2023`. */
export function monthLabel(lang: ReportLanguage, month: string): string {
  return `${MONTHS[lang][Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;
}
