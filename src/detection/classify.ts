import { NONE, type SignalStore } from './store.js';
import type { Windows } from './windows.js';

/**
 * Different creditors, each with its newest row, in the order they were found. Cleared by
 * resetting {@link CreditorRows.size}, never by truncating the arrays: V8 frees an array's
 * storage when its length is set to 0, so truncating them made every classified signal allocate
 * four new backing stores (about 570 MB of garbage per million signals, measured with the
 * sampling heap profiler).
 */
export class CreditorRows {
  /** The creditors; only the first {@link CreditorRows.size} are current. */
  readonly creditors: number[] = [];
  /** The newest row of each creditor; only the first {@link CreditorRows.size} are current. */
  readonly rows: number[] = [];
  /** How many creditors are current. */
  size = 0;

  /** Start again with one creditor and its row. */
  reset(creditor: number, row: number): void {
    this.creditors[0] = creditor;
    this.rows[0] = row;
    this.size = 1;
  }

  /** Add a creditor (and its row) unless it is already in the list; rows arrive newest first. */
  add(creditor: number, row: number): void {
    const { creditors, size } = this;
    for (let k = 0; k < size; k++) if (creditors[k] === creditor) return;
    creditors[size] = creditor;
    this.rows[size] = row;
    this.size = size + 1;
  }
}

/**
 * The facts of one signal, as row numbers and counts: filled by {@link classify} into one
 * reused object, so the hot loop allocates nothing here.
 */
export interface Facts {
  /** Different creditors about the person in the match window, this signal's first. */
  readonly person: CreditorRows;
  /** Different creditors at the household in the match window (filled only when needed). */
  readonly household: CreditorRows;
  /** Whether the household was examined (the person alone was no match). */
  householdChecked: boolean;
  /** The row this signal updates, or {@link NONE}. */
  updateOf: number;
  /**
   * The newest earlier row in an earlier calendar month of the recidivism window — any creditor,
   * an update of the same debt included: the resident is a returning resident — or {@link NONE}.
   */
  recidivismAfter: number;
  /** The newest row of this signal's creditor in the previous calendar month, or {@link NONE}. */
  sameCreditorLastMonth: number;
  /** Months of the dragger period with a signal, this month included. */
  draggerMonths: number;
}

/** A fresh {@link Facts} to reuse. */
export function emptyFacts(): Facts {
  return {
    person: new CreditorRows(), household: new CreditorRows(),
    householdChecked: false, updateOf: NONE, recidivismAfter: NONE, sameCreditorLastMonth: NONE, draggerMonths: 0,
  };
}

/** Whether two rows can be the same debt: equal oldest due dates, or one of them unknown. */
function sameDebt(store: SignalStore, a: number, b: number): boolean {
  const da = store.debtDay[a]!;
  const db = store.debtDay[b]!;
  return da === NONE || db === NONE || da === db;
}

/**
 * Walk the person's history once, newest first, and fill the match, update, recidivism (returning
 * resident), same-creditor-last-month and dragger facts of row `s`. Sets `store.chain[s]` when
 * `s` updates an earlier signal.
 */
function walkPerson(store: SignalStore, s: number, w: Windows, facts: Facts): void {
  const { day, month, creditor, chain, prevOfPerson } = store;
  const ownCreditor = creditor[s]!;
  let seenOwnCreditor = false;
  let lastMonth = w.month;
  for (let e = store.personHead[store.person[s]!]!; e !== NONE; e = prevOfPerson[e]!) {
    const de = day[e]!;
    if (de < w.lookBackFrom) break;
    if (e === s || de > w.day) continue;
    const ce = creditor[e]!;
    if (de >= w.matchFrom) facts.person.add(ce, e);
    if (ce === ownCreditor && e < s && !seenOwnCreditor) {
      seenOwnCreditor = true;
      if (de >= w.updateFrom && sameDebt(store, s, e)) {
        facts.updateOf = e;
        chain[s] = chain[e]!;
      }
    }
    const me = month[e]!;
    if (facts.recidivismAfter === NONE && me < w.month && me >= w.recidivismFromMonth) facts.recidivismAfter = e;
    if (facts.sameCreditorLastMonth === NONE && ce === ownCreditor && me === w.month - 1) facts.sameCreditorLastMonth = e;
    if (me < lastMonth && me >= w.draggerFromMonth) {
      facts.draggerMonths += 1;
      lastMonth = me;
    }
  }
}

/** Walk the household's history in the match window and collect its creditors. */
function walkHousehold(store: SignalStore, s: number, w: Windows, facts: Facts): void {
  const { day, creditor, prevOfHousehold } = store;
  for (let e = store.householdHead[store.household[s]!]!; e !== NONE; e = prevOfHousehold[e]!) {
    const de = day[e]!;
    if (de < w.matchFrom) break;
    if (e === s || de > w.day) continue;
    facts.household.add(creditor[e]!, e);
  }
}

/**
 * Classify row `s` of the store against its history: fill `facts` (reset first). The household
 * is examined only when `householdMatches` is on and the person alone is no match.
 */
export function classify(store: SignalStore, s: number, w: Windows, householdMatches: boolean, facts: Facts): Facts {
  facts.household.size = 0;
  facts.updateOf = NONE;
  facts.recidivismAfter = NONE;
  facts.sameCreditorLastMonth = NONE;
  facts.draggerMonths = 1;
  facts.person.reset(store.creditor[s]!, s);
  walkPerson(store, s, w, facts);
  facts.householdChecked = householdMatches && facts.person.size < 2;
  if (facts.householdChecked) {
    facts.household.reset(store.creditor[s]!, s);
    walkHousehold(store, s, w, facts);
  }
  return facts;
}
