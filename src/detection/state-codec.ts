import { fromDayNumber, toDayNumber } from '../model/internal.js';
import { normaliseBirthDate } from '../matching/internal.js';
import { SECTORS } from '../model/index.js';
import { fromCents, toCents } from '../model/internal.js';
import type { IdentityIndex } from './identity.js';
import { SECTOR_INDEX } from './intake.js';
import type { DetectionState, StateIdentity, StateSignal } from './state.js';
import { NONE, type SignalStore } from './store.js';

/**
 * Between a detection run's history (typed-array store and identity blocks) and the plain
 * JSON state carried from batch to batch.
 */

/** Load a state (already checked) into an empty store and identity index; returns the last day. */
export function loadState(store: SignalStore, identities: IdentityIndex, state: DetectionState): number {
  const fuzzy = new Map<string, number>();
  const personOf = (key: string): number => {
    if (key.startsWith('register:')) return store.registerPeople.intern(key.slice('register:'.length));
    let p = fuzzy.get(key);
    if (p === undefined) fuzzy.set(key, (p = store.people.add(key)));
    return p;
  };
  const householdOf = (key: string): number =>
    key.startsWith('household:') ? store.householdIds.intern(key.slice('household:'.length)) : store.addresses.intern(key.slice('address:'.length));
  store.reserve(state.signals.length);
  state.signals.forEach(([id, date, person, household, creditorId, sector, amount, chain, debt], k) => {
    const row = store.append({
      id, day: toDayNumber(date), month: +date.slice(0, 4) * 12 + +date.slice(5, 7) - 1, person: personOf(person),
      household: householdOf(household), creditor: store.creditorIds.intern(creditorId), sector: SECTOR_INDEX.get(sector)!,
      cents: toCents(amount), debtDay: debt === null ? NONE : toDayNumber(debt),
    }, date);
    store.chain[row] = chain <= k ? store.chain[chain]! : row;
  });
  for (const [block, person, register, birth, initial, lastDate] of state.identities) {
    identities.add(block, { person: personOf(person), register, birth: normaliseBirthDate(birth), initial, lastDay: toDayNumber(lastDate) });
  }
  return state.lastDate === null ? NONE : toDayNumber(state.lastDate);
}

/**
 * The state after a batch: the signals from `retentionDays` before the last day on (what any
 * window can still reach), in date order (the order they were taken in within a day), with update
 * chains renumbered to the first retained signal of each chain, and the identities that have not lapsed.
 */
export function saveState(store: SignalStore, identities: IdentityIndex, lastDay: number, retentionDays: number): DetectionState {
  if (lastDay === NONE) return { version: 1, lastDate: null, signals: [], identities: [] };
  const keepFrom = lastDay - retentionDays;
  const kept: number[] = [];
  for (let r = 0; r < store.size; r++) if (store.day[r]! >= keepFrom) kept.push(r);
  // rows are in the order they were taken; a signal dated before an earlier batch's last day comes later
  kept.sort((a, b) => store.day[a]! - store.day[b]! || a - b);
  const position = new Map<number, number>();
  const signals: StateSignal[] = [];
  for (const r of kept) {
    const chainRow = store.chain[r]!;
    const chain = position.get(chainRow) ?? signals.length;
    if (!position.has(chainRow)) position.set(chainRow, chain);
    signals.push([
      store.ids[r]!, store.dates[r]!, store.people.keys[store.person[r]!]!, store.households.keys[store.household[r]!]!,
      store.creditors.keys[store.creditor[r]!]!, SECTORS[store.sector[r]!]!, fromCents(store.cents[r]!), chain,
      store.debtDay[r] === NONE ? null : fromDayNumber(store.debtDay[r]!),
    ]);
  }
  identities.prune(lastDay);
  const entries: StateIdentity[] = [];
  for (const [block, list] of identities.blocks) {
    for (const e of list) {
      entries.push([block, store.people.keys[e.person]!, e.register, String(e.birth.code).padStart(8, '0'), e.initial, fromDayNumber(e.lastDay)]);
    }
  }
  return { version: 1, lastDate: fromDayNumber(lastDay), signals, identities: entries };
}
