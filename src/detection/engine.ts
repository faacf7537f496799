import { normaliseBirthDate } from '../matching/internal.js';
import { DetectionBatch } from './batch.js';
import { ResultBuilder } from './build.js';
import { classify, emptyFacts } from './classify.js';
import { reasonCatalog } from './explain.js';
import { FeatureReader, IdentityIndex } from './identity.js';
import type { DetectionInput } from './input.js';
import { Intake } from './intake.js';
import type { DetectionOptions } from './options.js';
import type { DetectionState } from './state.js';
import { loadState, saveState } from './state-codec.js';
import { RegisterMemo } from './register-memo.js';
import { NONE, SignalStore, type SignalRow } from './store.js';
import { emptyWindows, retentionMonths, windowsOf } from './windows.js';

/**
 * One detection run: the history (loaded from a state, or empty), the fuzzy identities and the
 * machinery to classify batches in date order. Batch and incremental detection both use it, so
 * their labels agree by construction; pruning keeps only what a window can still reach.
 */
export class DetectionRun {
  private readonly store = new SignalStore();
  private readonly identities: IdentityIndex;
  private readonly features = new FeatureReader();
  private readonly builder: ResultBuilder;
  private readonly facts = emptyFacts();
  private readonly windows = emptyWindows();
  /** Days of history any window can reach; also the lapse of a fuzzy identity. */
  private readonly retentionDays: number;
  private lastDay = NONE;
  private readonly intake: Intake;
  private readonly memos: (RegisterMemo | undefined)[] = [];
  /** The rows of one day's signals as they are appended ({@link NONE} for a repeat). */
  private readonly rows: number[] = [];
  private readonly row: SignalRow = { id: '', day: 0, month: 0, person: 0, household: 0, creditor: 0, sector: 0, cents: 0, debtDay: NONE };

  /**
   * @param options - checked detection options
   * @param saves - whether the run's state will be saved: then every register person enters its
   * identity block, for fuzzy signals of later batches; otherwise only where a fuzzy signal of
   * this batch can look (its postcode), with the same labels.
   */
  constructor(private readonly options: DetectionOptions, private readonly saves: boolean) {
    this.retentionDays = (retentionMonths(options) + 1) * 31;
    this.identities = new IdentityIndex(this.retentionDays);
    this.builder = new ResultBuilder(this.store, options, reasonCatalog(options));
    this.intake = new Intake(this.store, saves);
  }

  /**
   * The person of input `i`: its register id, else the fuzzy identity it joins or starts. A
   * register person's next signal with the same name and address takes the short way through
   * its {@link RegisterMemo}, with the same outcome. In a run whose state is not saved, a register
   * person enters no identity block at a postcode where no signal of the batch lacks a register
   * id: no fuzzy signal will ever look there.
   */
  private person(i: number, day: number): number {
    const { intake } = this;
    const person = intake.registerPerson[i]!;
    const signal = intake.signals[i]!;
    if (person === NONE) return this.fuzzyPerson(signal, day);
    if (!this.saves && !intake.hasFuzzyAt(intake.postcode[i]!)) return person;
    const household = intake.household[i]!;
    const memo = this.memos[person];
    if (memo !== undefined && memo.fits(intake.surnames[i], intake.postcode[i]!, household, day, this.identities.lapseDays)) {
      if (day > memo.entry.lastDay) memo.entry.lastDay = day;
      return person;
    }
    const f = this.features.read(signal);
    let entry = this.identities.livePerson(f.block, person, day);
    if (entry !== null) this.identities.touch(entry, f, day);
    else {
      entry = { person, register: true, birth: normaliseBirthDate(f.birthDate), initial: f.initial, lastDay: day };
      this.identities.add(f.block, entry);
    }
    this.memos[person] = new RegisterMemo(signal.debtor.name.surname, intake.postcode[i]!, entry, household);
    return person;
  }

  private fuzzyPerson(signal: DetectionInput, day: number): number {
    const f = this.features.read(signal);
    const entry = this.identities.find(f, day);
    if (entry !== null) {
      this.identities.touch(entry, f, day);
      return entry.person;
    }
    const person = this.store.people.add(`fuzzy:${signal.id}`);
    this.identities.add(f.block, { person, register: false, birth: normaliseBirthDate(f.birthDate), initial: f.initial, lastDay: day });
    return person;
  }

  /**
   * Whether the person already has a signal with this id on this day: the same signal again (the
   * same record twice in a batch). The person's newest signals come first, so the walk stops at
   * the first earlier day.
   */
  private isRepeat(person: number, day: number, id: string): boolean {
    const { store } = this;
    for (let e = store.newestOf(person); e !== NONE && store.day[e] === day; e = store.prevOfPerson[e]!) {
      if (store.ids[e] === id) return true;
    }
    return false;
  }

  /** Append input `i` of the batch to the history, as the store's next row; {@link NONE} when it repeats a signal. */
  private append(i: number): number {
    const { intake, row } = this;
    row.id = intake.ids[i]!;
    row.day = intake.day[i]!;
    row.month = intake.month[i]!;
    row.person = this.person(i, row.day);
    if (this.isRepeat(row.person, row.day, row.id)) return NONE;
    row.household = intake.household[i]!;
    row.creditor = intake.creditor[i]!;
    row.sector = intake.sector[i]!;
    row.cents = intake.cents[i]!;
    row.debtDay = intake.debtDay[i]!;
    return this.store.append(row, intake.dates[i]!);
  }

  /**
   * Classify a batch: one result per input, in input order, as columns (the result objects are
   * built when asked for). Valid signals are taken in date order (input order within a day);
   * signals of one day see each other as match partners.
   */
  process(batch: readonly unknown[]): DetectionBatch {
    const { intake, store, windows: w } = this;
    const results = new DetectionBatch(batch.length, store, this.builder, this.options);
    intake.take(batch);
    for (const [index, issues] of intake.issues) results.invalid(index, issues);
    const { order } = intake;
    const m = order.length;
    store.reserve(m);
    let start = 0;
    while (start < m) {
      const day = intake.day[order[start]!]!;
      let end = start;
      while (end < m && intake.day[order[end]!] === day) end++;
      windowsOf(intake.dates[order[start]!]!, this.options, w);
      const rows = this.rows;
      for (let t = start; t < end; t++) rows[t - start] = this.append(order[t]!);
      for (let t = start; t < end; t++) {
        const i = order[t]!;
        const row = rows[t - start]!;
        if (row === NONE) {
          results.duplicate(i);
          continue;
        }
        classify(store, row, w, this.options.householdMatches, this.facts);
        results.record(i, row, intake.kind[i]!, intake.registerPerson[i] !== NONE, this.facts);
      }
      if (day > this.lastDay) this.lastDay = day;
      start = end;
    }
    intake.release();
    return results;
  }

  /** Load a state (already checked) into this run's history. */
  load(state: DetectionState): void {
    this.lastDay = loadState(this.store, this.identities, state);
    for (const signal of state.signals) this.intake.knownId(signal[0]);
  }

  /** The state to carry to the next batch: what any window can still reach from the latest date. */
  save(): DetectionState {
    return saveState(this.store, this.identities, this.lastDay, this.retentionDays);
  }
}
