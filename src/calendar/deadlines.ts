import { addDays, cite, SOURCES, type IsoDate, type LocalizedText, type SourceRef } from '../model/index.js';
import { addWorkingDays, nextWorkingDayOnOrAfter, type WorkingDayOptions } from './working-days.js';

/**
 * A period, as the rules state it: working days, calendar days or weeks.
 * @category Deadlines
 */
export interface Period {
  /** Unit of the amount. */
  readonly unit: 'working-days' | 'days' | 'weeks';
  /** How many units. */
  readonly amount: number;
}

/**
 * A named deadline rule: its period, whether Atw art. 1 extends it past a weekend or holiday,
 * what it means and where it comes from.
 * @category Deadlines
 */
export interface DeadlineRule {
  /** Stable key. */
  readonly key: string;
  /** The period after the start date. */
  readonly period: Period;
  /** Extend an end date on a weekend or holiday to the next working day (Atw art. 1). */
  readonly extendToWorkingDay: boolean;
  /** What the deadline is for. */
  readonly description: LocalizedText;
  /** Where it comes from. */
  readonly source: SourceRef;
}

/**
 * The deadlines of the signal journey, as data (DOMAIN.md §3 and §5).
 * Calendar-day periods (28 and 30 days) are counted as they are stated, without Atw extension,
 * because they are working agreements between municipality and creditor rather than statutory
 * deadlines; pass your own rule with `extendToWorkingDay: true` to change that.
 * @category Deadlines
 */
export const DEADLINE_RULES = {
  threateningSituation: {
    key: 'threateningSituation',
    period: { unit: 'working-days', amount: 3 },
    extendToWorkingDay: true,
    description: {
      nl: 'Bedreigende situatie binnen 3 werkdagen oppakken',
      en: 'Pick up a threatening situation within 3 working days',
    },
    source: cite(SOURCES.signaalreis, 'bedreigende situatie binnen 3 werkdagen'),
  },
  warmReferralContact: {
    key: 'warmReferralContact',
    period: { unit: 'working-days', amount: 3 },
    extendToWorkingDay: true,
    description: {
      nl: 'Contact met de inwoner binnen 3 werkdagen na een warme doorverwijzing',
      en: 'Contact the resident within 3 working days of a warm referral',
    },
    source: cite(SOURCES.warmReferral, 'contact binnen 3 werkdagen'),
  },
  firstConversation: {
    key: 'firstConversation',
    period: { unit: 'weeks', amount: 2 },
    extendToWorkingDay: false,
    description: { nl: 'Eerste gesprek binnen 2 weken', en: 'First conversation within 2 weeks' },
    source: cite(SOURCES.convenant, 'eerste gesprek binnen 2, uiterlijk 4 weken'),
  },
  firstConversationLatest: {
    key: 'firstConversationLatest',
    period: { unit: 'weeks', amount: 4 },
    extendToWorkingDay: false,
    description: { nl: 'Eerste gesprek uiterlijk binnen 4 weken', en: 'First conversation within 4 weeks at the latest' },
    source: cite(SOURCES.convenant, 'eerste gesprek binnen 2, uiterlijk 4 weken'),
  },
  planOfApproach: {
    key: 'planOfApproach',
    period: { unit: 'weeks', amount: 4 },
    extendToWorkingDay: false,
    description: {
      nl: 'Plan van aanpak klaar binnen 4 weken na de melding',
      en: 'Plan of approach ready within 4 weeks of the signal',
    },
    source: cite(SOURCES.convenant, 'afspraak 4: "De gemeente voert binnen 2, maar uiterlijk 4 weken na melding het eerste gesprek waarin de hulpvraag wordt vastgesteld. Binnen deze 4 weken is een plan van aanpak klaar."'),
  },
  autoClose: {
    key: 'autoClose',
    period: { unit: 'days', amount: 28 },
    extendToWorkingDay: false,
    description: {
      nl: 'Automatisch afsluiten en terugkoppelen na 28 dagen',
      en: 'Close automatically and send feedback after 28 days',
    },
    source: cite(SOURCES.signaalreis, 'terugkoppeling na 28 dagen (4 weken)'),
  },
  collectionPause: {
    key: 'collectionPause',
    period: { unit: 'days', amount: 30 },
    extendToWorkingDay: false,
    description: {
      nl: 'Incassorust van maximaal 30 dagen na "wil hulp" of warme doorverwijzing',
      en: 'Collection pause of at most 30 days after "wants help" or a warm referral',
    },
    source: cite(SOURCES.signaalreis, 'incassorust 30 dagen'),
  },
} as const satisfies Record<string, DeadlineRule>;

/**
 * Add a period to a date: working days with {@link addWorkingDays}, calendar days, or weeks.
 * @example
 * addPeriod('2025-05-02', { unit: 'working-days', amount: 3 }) // '2025-05-08'
 * @category Deadlines
 */
export function addPeriod(date: IsoDate, period: Period, options: WorkingDayOptions = {}): IsoDate {
  switch (period.unit) {
    case 'working-days':
      return addWorkingDays(date, period.amount, options);
    case 'days':
      return addDays(date, period.amount);
    case 'weeks':
      return addDays(date, period.amount * 7);
  }
}

/**
 * The due date of a deadline rule that starts on `start`.
 * @example
 * deadline('2025-05-02', DEADLINE_RULES.warmReferralContact) // '2025-05-08'
 * deadline('2025-03-01', DEADLINE_RULES.autoClose) // '2025-03-29'
 * @category Deadlines
 */
export function deadline(start: IsoDate, rule: DeadlineRule, options: WorkingDayOptions = {}): IsoDate {
  const end = addPeriod(start, rule.period, options);
  return rule.extendToWorkingDay ? nextWorkingDayOnOrAfter(end, options) : end;
}
