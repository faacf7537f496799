import type { BirthDateLevel } from '../matching/index.js';
import { compareBirthDates, dutchPhoneticKey, foldText, nameForm, normaliseBirthDate, type NormalisedBirthDate } from '../matching/internal.js';
import type { BirthDate } from '../model/index.js';
import type { DetectionInput } from './input.js';

/**
 * Fuzzy identity of residents without a register id, built on the matching module's
 * normalisers: signals are blocked on the Dutch phonetic key of the surname and the postcode,
 * and within a block join the identity whose birth date and first initial do not disagree.
 * Register ids always win; a signal with a register id also enters its block, so that a later
 * signal about the same resident that matching could not place joins that resident.
 */

/** One identity in a block. */
export interface IdentityEntry {
  /** Person number in the store. */
  readonly person: number;
  /** Whether the person is known by a register id. */
  readonly register: boolean;
  /** Best known birth date. */
  birth: NormalisedBirthDate;
  /** First initial (`a`–`z`), or `''` when unknown. */
  initial: string;
  /** Day number of the identity's latest signal. */
  lastDay: number;
}

/** Birth-date levels that rule a candidate out: the dates disagree. */
const DISAGREEING: ReadonlySet<BirthDateLevel> = new Set<BirthDateLevel>(['different', 'same-year']);
/** Levels that confirm a candidate. */
const CONFIRMING: ReadonlySet<BirthDateLevel> = new Set<BirthDateLevel>(['exact', 'one-typo', 'day-month-swapped']);

/**
 * The block and comparison features of a signal's resident. One object is reused for every
 * signal; the birth date is normalised only when an identity needs it.
 */
export interface IdentityFeatures {
  /** Phonetic surname key and postcode, `klat|1234AB`. */
  block: string;
  /** The birth date as the signal gives it. */
  birthDate: BirthDate | undefined;
  /** First initial (`a`–`z`), or `''`. */
  initial: string;
}

/** Computes identity features, caching the phonetic key of each written surname. */
export class FeatureReader {
  private readonly surnameKeys = new Map<string, string>();
  private readonly fullNames = new Map<string, { key: string; initial: string }>();
  private readonly features: IdentityFeatures = { block: '', birthDate: undefined, initial: '' };

  private surnameKey(surname: string): string {
    let key = this.surnameKeys.get(surname);
    if (key === undefined) {
      key = dutchPhoneticKey(surname);
      this.surnameKeys.set(surname, key);
    }
    return key;
  }

  private fromFullName(fullName: string): { key: string; initial: string } {
    let entry = this.fullNames.get(fullName);
    if (entry === undefined) {
      const name = nameForm(fullName);
      entry = { key: name.surnameKeys[0] ?? '', initial: name.initials.charAt(0) };
      this.fullNames.set(fullName, entry);
    }
    return entry;
  }

  /** Features of a signal's resident, in the reader's one reused object. */
  read(signal: DetectionInput): IdentityFeatures {
    const name = signal.debtor.name;
    const f = this.features;
    f.initial = firstInitial(name.initials ?? name.givenNames);
    let key: string;
    if (name.surname !== undefined) key = this.surnameKey(name.surname);
    else {
      const full = this.fromFullName(name.fullName ?? '');
      key = full.key;
      if (f.initial === '') f.initial = full.initial;
    }
    f.block = `${key}|${signal.address.postcode}`;
    f.birthDate = signal.debtor.birthDate;
    return f;
  }
}

/** First letter of initials or given names, folded (`É.` → `e`), or `''`. */
function firstInitial(text: string | undefined): string {
  if (text === undefined) return '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return String.fromCharCode(c);
    if (c > 127) return firstInitial(foldText(text.slice(i)).replace(/[^a-z]/g, ''));
  }
  return '';
}

/** How well a candidate fits: -1 ruled out, 0 no disagreement, 1 the birth date confirms it. */
function fit(entry: IdentityEntry, features: IdentityFeatures, birth: NormalisedBirthDate): number {
  if (entry.initial !== '' && features.initial !== '' && entry.initial !== features.initial) return -1;
  const level = compareBirthDates(entry.birth, birth);
  if (DISAGREEING.has(level)) return -1;
  return CONFIRMING.has(level) ? 1 : 0;
}

/** Blocks of identities, with the lapse rule that keeps batch and incremental runs equal. */
export class IdentityIndex {
  readonly blocks = new Map<string, IdentityEntry[]>();

  /** @param lapseDays - an identity without signals for longer than this is not joined any more */
  constructor(readonly lapseDays: number) {}

  /**
   * The best live identity in the block for these features: a confirmed birth date first,
   * then a register identity, then the oldest. `null` when none fits.
   */
  find(features: IdentityFeatures, day: number): IdentityEntry | null {
    const entries = this.blocks.get(features.block);
    if (entries === undefined) return null;
    let best: IdentityEntry | null = null;
    let bestScore = -1;
    const birth = normaliseBirthDate(features.birthDate);
    for (const entry of entries) {
      if (entry.lastDay < day - this.lapseDays) continue;
      const f = fit(entry, features, birth);
      if (f < 0) continue;
      const score = f * 2 + (entry.register ? 1 : 0);
      if (score > bestScore) {
        best = entry;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The live identity of a register person in a block, or `null`. A lapsed one is removed, so
   * that the person re-enters the block as new, as after pruning in an incremental run.
   */
  livePerson(block: string, person: number, day: number): IdentityEntry | null {
    const entries = this.blocks.get(block);
    if (entries === undefined) return null;
    let at = entries.length - 1;
    while (at >= 0 && entries[at]!.person !== person) at--;
    if (at < 0) return null;
    if (entries[at]!.lastDay >= day - this.lapseDays) return entries[at]!;
    entries.splice(at, 1);
    return null;
  }

  /** Record that an identity was signalled with these features: fill what it did not know yet. */
  touch(entry: IdentityEntry, features: IdentityFeatures, day: number): void {
    if ((entry.birth.precision === 'unknown' || entry.birth.placeholder) && features.birthDate !== undefined) {
      const birth = normaliseBirthDate(features.birthDate);
      if (entry.birth.precision === 'unknown' || (!birth.placeholder && birth.precision === 'day')) entry.birth = birth;
    }
    if (entry.initial === '') entry.initial = features.initial;
    if (day > entry.lastDay) entry.lastDay = day;
  }

  /** Add an identity to a block. */
  add(block: string, entry: IdentityEntry): void {
    const entries = this.blocks.get(block);
    if (entries === undefined) this.blocks.set(block, [entry]);
    else entries.push(entry);
  }

  /** Drop identities that lapsed before `day` (they can never be joined again). */
  prune(day: number): void {
    for (const [block, entries] of this.blocks) {
      const live = entries.filter((e) => e.lastDay >= day - this.lapseDays);
      if (live.length === 0) this.blocks.delete(block);
      else if (live.length !== entries.length) this.blocks.set(block, live);
    }
  }
}
