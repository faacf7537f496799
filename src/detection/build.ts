import { SECTORS, SIGNAL_KINDS, type IsoDate, type Reason, type Sector } from '../model/index.js';
import { CRISIS_KINDS, fromCents } from '../model/internal.js';
import { withValues, type ReasonCatalog } from './explain.js';
import type { DetectionOptions } from './options.js';
import type {
  DetectionLabel, DraggerFacts, MatchFacts, RecidivismFacts, RepeatFacts, SignalDetection, UpdateFacts, UrgencyFacts,
} from './result.js';
import { NONE, type SignalStore } from './store.js';
import type { Windows } from './windows.js';

/**
 * Turns the {@link Facts} of a row into the public {@link SignalDetection}, sharing every
 * object that does not depend on the signal (label lists, sector lists, "no" facts, reasons
 * without values).
 */

const LABEL_BITS: Readonly<Record<DetectionLabel, number>> = {
  single: 1, 'person-match': 2, 'household-match': 4, update: 8, recidivism: 16, dragger: 32, crisis: 64, 'warm-referral': 128,
};
const LABEL_ORDER = Object.keys(LABEL_BITS) as DetectionLabel[];

// Facts shared by many results are frozen: no caller can change what another result (or call) holds.
const NO_PARTNERS: readonly string[] = Object.freeze([]);
const NO_UPDATE: UpdateFacts = Object.freeze({ isUpdate: false, previousSignalId: null, previousDate: null, previousAmount: null });
const NO_RECIDIVISM: RecidivismFacts = Object.freeze({
  isRecidivist: false, previousSignalId: null, previousDate: null, previousCreditorId: null, sameCreditor: null, monthsSince: null,
});
const NO_REPEAT: RepeatFacts = Object.freeze({ sameCreditorLastMonth: false, previousSignalId: null, previousDate: null });

/** What urgent signal a kind is: a crisis signal (the model's one definition), a warm referral, or neither. */
function urgentKind(kind: (typeof SIGNAL_KINDS)[number]): UrgencyFacts['reason'] {
  return CRISIS_KINDS.includes(kind) ? 'crisis' : kind === 'warm-referral' ? 'warm-referral' : null;
}

/** Match level of a classified signal: none (single), person or household. */
export const LEVEL_NONE = 0;
export const LEVEL_PERSON = 1;
export const LEVEL_HOUSEHOLD = 2;

/** What classification found for a row, besides its match level and partners: rows ({@link NONE} when absent) and counts. */
export interface RowFacts {
  /** Whether the household was examined (the person alone was no match). */
  readonly householdChecked: boolean;
  /** The row this signal updates, or {@link NONE}. */
  readonly updateOf: number;
  /** The newest row in an earlier month of the recidivism window, or {@link NONE}. */
  readonly recidivismAfter: number;
  /** The newest row of the signal's creditor in the previous calendar month, or {@link NONE}. */
  readonly sameCreditorLastMonth: number;
  /** Months of the dragger period with a signal, this month included. */
  readonly draggerMonths: number;
}

/** Builds results for one run; caches shared lists by bit mask. */
export class ResultBuilder {
  private readonly labelLists: (readonly DetectionLabel[] | undefined)[] = [];
  private readonly sectorLists: (readonly Sector[] | undefined)[] = [];
  /** One-element lists of creditor ids, shared by the single signals. */
  private readonly creditorLists: (readonly string[])[] = [];
  /** Whole reason lists of plain single signals (nothing fired), by a key of their shared reasons. */
  private readonly plainReasons = new Map<number, readonly Reason[]>();
  private readonly draggerFacts: DraggerFacts[] = [];
  /** Urgency facts and label bits by kind (position in `SIGNAL_KINDS`). */
  private readonly urgency: readonly UrgencyFacts[];
  private readonly urgencyBits: readonly number[];

  constructor(
    private readonly store: SignalStore,
    private readonly options: DetectionOptions,
    private readonly catalog: ReasonCatalog,
  ) {
    const sameDay = new Set(options.sameDayKinds);
    this.urgency = SIGNAL_KINDS.map((kind) => Object.freeze({ sameDay: sameDay.has(kind), reason: urgentKind(kind) }));
    this.urgencyBits = this.urgency.map((u) => (u.reason === 'crisis' ? LABEL_BITS.crisis : u.reason === 'warm-referral' ? LABEL_BITS['warm-referral'] : 0));
  }

  private labels(mask: number): readonly DetectionLabel[] {
    return (this.labelLists[mask] ??= Object.freeze(LABEL_ORDER.filter((l) => (mask & LABEL_BITS[l]) !== 0)));
  }

  private sectors(rows: readonly number[]): readonly Sector[] {
    let mask = 0;
    for (const r of rows) mask |= 1 << this.store.sector[r]!;
    return this.sectorList(mask);
  }

  private sectors1(sector: number): readonly Sector[] {
    return this.sectorList(1 << sector);
  }

  private sectorList(mask: number): readonly Sector[] {
    return (this.sectorLists[mask] ??= Object.freeze(SECTORS.filter((_, i) => (mask & (1 << i)) !== 0)));
  }

  /** The match facts of a match: `rows` holds the newest row of each creditor, this signal's first. */
  private match(rows: readonly number[], level: MatchFacts['level'], windowStart: IsoDate): MatchFacts {
    const { store } = this;
    const n = rows.length;
    const creditorIds = new Array<string>(n);
    const partnerSignalIds = new Array<string>(n - 1);
    const partnerDates = new Array<IsoDate>(n - 1);
    let cents = 0;
    for (let k = 0; k < n; k++) {
      const r = rows[k]!;
      creditorIds[k] = store.creditors.keys[store.creditor[r]!]!;
      cents += store.cents[r]!;
      if (k === 0) continue;
      partnerSignalIds[k - 1] = store.ids[r]!;
      partnerDates[k - 1] = store.dates[r]!;
    }
    return {
      isMatch: true, level, creditorCount: n, creditorIds, sectors: this.sectors(rows),
      totalAmount: fromCents(cents), partnerSignalIds, partnerDates, windowStart,
    };
  }

  /** The match facts of a single signal: only its own creditor and amount, no partners. */
  private single(s: number, windowStart: IsoDate): MatchFacts {
    const { store } = this;
    const creditor = store.creditor[s]!;
    const creditorIds = (this.creditorLists[creditor] ??= Object.freeze([store.creditors.keys[creditor]!]));
    return {
      isMatch: false, level: 'none', creditorCount: 1, creditorIds, sectors: this.sectors1(store.sector[s]!), totalAmount: fromCents(store.cents[s]!),
      partnerSignalIds: NO_PARTNERS, partnerDates: NO_PARTNERS, windowStart,
    };
  }

  private matchValues(m: MatchFacts): Record<string, string | number> {
    return {
      creditorCount: m.creditorCount, creditorIds: m.creditorIds.join(', '), partnerSignalIds: m.partnerSignalIds.join(', '),
      partnerDates: m.partnerDates.join(', '), windowStart: m.windowStart, windowMonths: this.options.matchWindowMonths,
    };
  }

  /**
   * The reasons a signal shares with others, one per rule in a fixed order: identity, person
   * match, household match, update, returning resident, same creditor last month, dragger, urgency.
   */
  private sharedReasons(register: boolean, facts: RowFacts, kind: number, returning: number): Reason[] {
    const c = this.catalog;
    return [
      register ? c.identityRegister : c.identityFuzzy,
      c.personSingle,
      facts.householdChecked ? c.householdSingle : c.householdSkipped,
      c.noUpdate,
      returning < 0 ? c.noRecidivism : c.recidivism[returning]!,
      facts.sameCreditorLastMonth === NONE ? c.noRepeat : c.repeat,
      c.dragger[facts.draggerMonths]!,
      c.urgency[kind]!,
    ];
  }

  /**
   * The reason list of a signal with nothing but shared reasons (no match, no update), built once
   * per combination. `returning` is the returning-resident reason's index, or -1.
   */
  private plainReasonList(register: boolean, facts: RowFacts, kind: number, returning: number): readonly Reason[] {
    const key = (register ? 1 : 0) | (facts.householdChecked ? 2 : 0) | (kind << 2) | (facts.draggerMonths << 5) |
      ((returning + 1) << 12) | (facts.sameCreditorLastMonth === NONE ? 0 : 1 << 21);
    let list = this.plainReasons.get(key);
    if (list === undefined) this.plainReasons.set(key, (list = Object.freeze(this.sharedReasons(register, facts, kind, returning))));
    return list;
  }

  private dragger(months: number): DraggerFacts {
    return (this.draggerFacts[months] ??= Object.freeze({
      isDragger: months >= this.options.draggerMinMonths, monthsSignalled: months, periodMonths: this.options.draggerPeriodMonths,
    }));
  }

  /**
   * The result of row `s` from its facts, built when a caller asks for it. `kind` is the signal's
   * position in `SIGNAL_KINDS`; `register` tells whether the signal carried a register id; `level`
   * is its match level and `rows` (for a match) the newest row of each creditor, this signal's
   * first; `w` holds the windows of the signal's date.
   */
  build(s: number, kind: number, register: boolean, level: number, rows: readonly number[], facts: RowFacts, w: Windows): SignalDetection {
    const { store, catalog } = this;
    const dragger = this.dragger(facts.draggerMonths);
    let mask = (dragger.isDragger ? LABEL_BITS.dragger : 0) | this.urgencyBits[kind]!;
    const personMatch = level === LEVEL_PERSON;
    const householdMatch = level === LEVEL_HOUSEHOLD;
    let recidivism = NO_RECIDIVISM;
    let returning = -1;
    if (facts.recidivismAfter !== NONE) {
      const e = facts.recidivismAfter;
      const sameCreditor = store.creditor[e] === store.creditor[s];
      const monthsSince = w.month - store.month[e]!;
      recidivism = {
        isRecidivist: true, previousSignalId: store.ids[e]!, previousDate: store.dates[e]!,
        previousCreditorId: store.creditors.keys[store.creditor[e]!]!, sameCreditor, monthsSince,
      };
      returning = monthsSince * 2 + (sameCreditor ? 1 : 0);
      mask |= LABEL_BITS.recidivism;
    }
    const plain = !personMatch && !householdMatch && facts.updateOf === NONE;
    const reasons = plain ? this.plainReasonList(register, facts, kind, returning) : this.sharedReasons(register, facts, kind, returning);

    let match: MatchFacts;
    if (personMatch) {
      match = this.match(rows, 'person', w.matchFromDate);
      mask |= LABEL_BITS['person-match'];
      (reasons as Reason[])[1] = withValues(catalog.personMatch, this.matchValues(match));
    } else if (householdMatch) {
      match = this.match(rows, 'household', w.matchFromDate);
      mask |= LABEL_BITS['household-match'];
      (reasons as Reason[])[2] = withValues(catalog.householdMatch, this.matchValues(match));
    } else {
      match = this.single(s, w.matchFromDate);
      mask |= LABEL_BITS.single;
    }

    let update = NO_UPDATE;
    if (facts.updateOf !== NONE) {
      const e = facts.updateOf;
      update = { isUpdate: true, previousSignalId: store.ids[e]!, previousDate: store.dates[e]!, previousAmount: fromCents(store.cents[e]!) };
      mask |= LABEL_BITS.update;
      (reasons as Reason[])[3] = withValues(catalog.update, update);
    }

    let repeat = NO_REPEAT;
    if (facts.sameCreditorLastMonth !== NONE) {
      const e = facts.sameCreditorLastMonth;
      repeat = { sameCreditorLastMonth: true, previousSignalId: store.ids[e]!, previousDate: store.dates[e]! };
    }

    return {
      signalId: store.ids[s]!,
      person: store.people.keys[store.person[s]!]!,
      household: store.households.keys[store.household[s]!]!,
      labels: this.labels(mask),
      match,
      update,
      recidivism,
      repeat,
      dragger,
      urgency: this.urgency[kind]!,
      reasons,
    };
  }
}
