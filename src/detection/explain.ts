import { cite, SIGNAL_KINDS, SOURCES, type LocalizedText, type Reason, type ReasonOutcome, type ReasonValues, type SourceRef } from '../model/index.js';
import { CRISIS_KINDS, CRISIS_SOURCE, reason, text } from '../model/internal.js';
import { DETECTION_PARAMETERS, type DetectionOptions } from './options.js';

/**
 * The reasons detection gives, built once per run with the model's `reason()` factory (frozen):
 * messages carry the window lengths of the options, reasons without per-signal values are shared,
 * and the per-signal ones only add the values (which earlier signals, creditors and dates). That
 * keeps explanations complete and the hot loop light.
 */

function sourceOf(key: keyof DetectionOptions): SourceRef {
  return DETECTION_PARAMETERS.find((p) => p.key === key)!.source;
}

/** A message, frozen like the reasons that carry it (they are shared between results). */
function message(nl: string, en: string): LocalizedText {
  return Object.freeze(text(nl, en));
}

/** A reason template: code, outcome, source and message fixed; values added per signal. */
interface Template {
  readonly code: string;
  readonly outcome: ReasonOutcome;
  readonly source: SourceRef;
  readonly message: LocalizedText;
}

function template(code: string, outcome: ReasonOutcome, source: SourceRef, nl: string, en: string): Template {
  return { code, outcome, source, message: message(nl, en) };
}

/** A fixed reason of the catalog. */
function fixed(code: string, outcome: ReasonOutcome, source: SourceRef, nl: string, en: string, values?: ReasonValues): Reason {
  return reason(code, outcome, source, message(nl, en), values);
}

/** Fill a template with this signal's values. */
export function withValues(t: Template, values: ReasonValues): Reason {
  return reason(t.code, t.outcome, t.source, t.message, values);
}

/** The reasons of one run of detection, for one set of options. */
export interface ReasonCatalog {
  readonly identityRegister: Reason;
  readonly identityFuzzy: Reason;
  readonly personMatch: Template;
  readonly personSingle: Reason;
  readonly householdMatch: Template;
  readonly householdSingle: Reason;
  readonly householdSkipped: Reason;
  readonly update: Template;
  readonly noUpdate: Reason;
  /**
   * Returning-resident reason by `monthsSince * 2 + (same creditor ? 1 : 0)`, shared by every
   * signal it holds for: the result's `recidivism` facts name the earlier signal.
   */
  readonly recidivism: readonly Reason[];
  readonly noRecidivism: Reason;
  /** Shared by every signal it holds for: the signal ids are in the result's `repeat` facts. */
  readonly repeat: Reason;
  readonly noRepeat: Reason;
  /** Dragger reason by months signalled (index 0 … period). */
  readonly dragger: readonly Reason[];
  /** Urgency reason by kind (position in `SIGNAL_KINDS`). */
  readonly urgency: readonly Reason[];
}

const REPEAT_SOURCE = Object.freeze(cite(SOURCES.signaalreis, 'gemeente 1: "> € 100 opgepakt, tenzij hetzelfde signaal vorige maand ook."'));

/** The urgency reason of a kind: handled the same day or not, and whether it is a crisis signal or a warm referral. */
function urgencyReason(kind: (typeof SIGNAL_KINDS)[number], sameDay: boolean, source: SourceRef): Reason {
  const crisis = CRISIS_KINDS.includes(kind);
  const what = crisis
    ? ['Crisissignaal (dreigende huisuitzetting of afsluiting)', 'Crisis signal (threatened eviction or disconnection)']
    : kind === 'warm-referral' ? ['Warme doorverwijzing', 'Warm referral'] : [`Soort signaal "${kind}"`, `Signal kind "${kind}"`];
  const values = { kind, crisis, sameDay };
  if (sameDay) return fixed('urgency.same-day', 'pass', source, `${what[0]}: dezelfde dag oppakken`, `${what[1]}: pick up the same day`, values);
  return crisis
    ? fixed('urgency.same-day', 'info', CRISIS_SOURCE, `${what[0]}, niet ingesteld voor dezelfde dag`, `${what[1]}, not set up for same-day handling`, values)
    : fixed('urgency.same-day', 'info', source, 'Geen crisissignaal of warme doorverwijzing voor dezelfde dag', 'Not a crisis signal or warm referral for the same day', values);
}

/** Build the {@link ReasonCatalog} of a set of options. */
export function reasonCatalog(o: DetectionOptions): ReasonCatalog {
  const m = o.matchWindowMonths;
  const matchSource = sourceOf('matchWindowMonths');
  const householdSource = sourceOf('householdMatches');
  const updateSource = sourceOf('updateWindowMonths');
  const recidivismSource = sourceOf('recidivismMonths');
  const draggerSource = sourceOf('draggerPeriodMonths');
  const urgentSource = sourceOf('sameDayKinds');
  const dragger: Reason[] = [];
  for (let k = 0; k <= o.draggerPeriodMonths; k++) {
    const is = k >= o.draggerMinMonths;
    dragger.push(fixed(
      'dragger.months-signalled', is ? 'pass' : 'fail', draggerSource,
      `In ${k} van de laatste ${o.draggerPeriodMonths} maanden gesignaleerd (sleper vanaf ${o.draggerMinMonths})`,
      `Signalled in ${k} of the last ${o.draggerPeriodMonths} months (dragger from ${o.draggerMinMonths})`,
      { monthsSignalled: k, periodMonths: o.draggerPeriodMonths, minMonths: o.draggerMinMonths },
    ));
  }
  return {
    identityRegister: fixed('identity.register', 'info', matchSource,
      'Inwoner herkend aan het persoons-ID uit de BRP-match', 'Resident grouped by the register id found by matching'),
    identityFuzzy: fixed('identity.fuzzy', 'info', matchSource,
      'Geen BRP-ID: inwoner samengenomen op fonetische achternaam, postcode, geboortedatum en voorletter',
      'No register id: resident grouped by phonetic surname, postcode, birth date and first initial'),
    personMatch: template('match.person', 'pass', matchSource,
      `Match: signalen van twee of meer schuldeisers over deze inwoner binnen ${m} maanden`,
      `Match: signals of two or more creditors about this resident within ${m} months`),
    personSingle: fixed('match.person', 'fail', matchSource,
      `Enkelvoudig: binnen ${m} maanden alleen deze schuldeiser over deze inwoner`,
      `Single: only this creditor about this resident within ${m} months`, { creditorCount: 1, windowMonths: m }),
    householdMatch: template('match.household', 'pass', householdSource,
      `Match op huishouden: signalen van twee of meer schuldeisers op dit adres binnen ${m} maanden`,
      `Household match: signals of two or more creditors at this address within ${m} months`),
    householdSingle: fixed('match.household', 'fail', householdSource,
      `Ook op dit adres binnen ${m} maanden alleen deze schuldeiser`,
      `At this address too, only this creditor within ${m} months`, { creditorCount: 1, windowMonths: m }),
    householdSkipped: fixed('match.household', 'skip', householdSource,
      'Huishouden niet apart bekeken (match op de inwoner zelf, of uitgezet)',
      'Household not examined (the resident is a match, or household matches are off)'),
    update: template('update.same-debt', 'pass', updateSource,
      `Update: dezelfde schuldeiser stuurt dezelfde schuld opnieuw binnen ${o.updateWindowMonths} maanden; geen nieuwe schuldeiser`,
      `Update: the same creditor re-sends the same debt within ${o.updateWindowMonths} months; not a new creditor`),
    noUpdate: fixed('update.same-debt', 'fail', updateSource,
      `Geen eerder signaal van deze schuldeiser over dezelfde schuld binnen ${o.updateWindowMonths} maanden`,
      `No earlier signal of this creditor about the same debt within ${o.updateWindowMonths} months`,
      { windowMonths: o.updateWindowMonths }),
    recidivism: Array.from({ length: (o.recidivismMonths + 1) * 2 }, (_, k) => {
      const months = k >> 1;
      const same = (k & 1) === 1;
      return fixed('recidivism.within-months', 'pass', recidivismSource,
        `Terugkerende inwoner (recidive): ${months} maand(en) eerder ook gesignaleerd, door ${same ? 'dezelfde' : 'een andere'} schuldeiser (binnen ${o.recidivismMonths} maanden; zie recidivism.previousSignalId)`,
        `Returning resident (recidivism): also signalled ${months} month(s) earlier, by ${same ? 'the same' : 'another'} creditor (within ${o.recidivismMonths} months; see recidivism.previousSignalId)`,
        { monthsSince: months, sameCreditor: same, windowMonths: o.recidivismMonths });
    }),
    noRecidivism: fixed('recidivism.within-months', 'fail', recidivismSource,
      `Niet gesignaleerd in een eerdere maand van de afgelopen ${o.recidivismMonths} maanden`,
      `Not signalled in an earlier month of the last ${o.recidivismMonths} months`, { windowMonths: o.recidivismMonths }),
    repeat: fixed('repeat.same-creditor-last-month', 'pass', REPEAT_SOURCE,
      'Dezelfde schuldeiser signaleerde deze inwoner vorige maand ook (zie repeat.previousSignalId)',
      'The same creditor signalled this resident last month too (see repeat.previousSignalId)', { sameCreditorLastMonth: true }),
    noRepeat: fixed('repeat.same-creditor-last-month', 'fail', REPEAT_SOURCE,
      'Vorige maand geen signaal van deze schuldeiser over deze inwoner',
      'No signal of this creditor about this resident last month', { sameCreditorLastMonth: false }),
    dragger,
    urgency: SIGNAL_KINDS.map((kind) => urgencyReason(kind, o.sameDayKinds.includes(kind), urgentSource)),
  };
}
