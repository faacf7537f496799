/**
 * A seeded stream of synthetic signals for detection, with ground-truth labels.
 *
 * Residents follow one scenario each, as De signaalreis (003) describes them: a one-off signal,
 * an insurer's monthly updates of one debt, a match of two or three creditors, a recidivist, a
 * dragger signalled month after month; a fifth of the households have two residents. Most
 * residents carry their register id; the others (register fallout) do not, and their creditors
 * spell their names in variants (ij/y, diacritics, capitals of the prefix) and sometimes send
 * the 1-1-2000 placeholder birth date, so detection must find them by its fuzzy identity.
 *
 * The truth is computed from the true residents and debts by a plain reference implementation
 * of the rules in `docs/detection.md` (quadratic per resident, written for clarity, not speed).
 * Every person here is made up.
 */
import { addMonths } from '../../src/model/index.js';
import { toDayNumber } from '../../src/model/internal.js';
import type { DetectableSignal } from '../../src/detection/index.js';
import type { BirthDate, Sector, SignalKind } from '../../src/model/index.js';
import { DUTCH_GIVEN, DUTCH_SURNAMES, MIGRANT_SURNAMES, tailSurname, type SyntheticSurname } from './names.js';
import { randomFrom, type Random } from './people.js';

/** Ground-truth label bits of one signal (the same encoding as {@link labelCode}). */
export const TRUTH = { personMatch: 1, householdMatch: 2, update: 4, recidivism: 8, dragger: 16, crisis: 32, warmReferral: 64 } as const;

/** Options of the stream. */
export interface DetectionStreamOptions {
  /** Number of signals (exactly). */
  readonly signals: number;
  /** Seed; the same seed gives the same stream. */
  readonly seed: number;
  /** Share of residents with a register id (default 0.8). */
  readonly registerShare?: number;
  /** First month of the stream, `YYYY-MM` (default 2022-02, as casus 1 of De signaalreis). */
  readonly start?: string;
  /** Months the stream covers (default 24). */
  readonly months?: number;
}

/** The stream and its truth. */
export interface DetectionStream {
  /** Signals in received-date order. */
  readonly signals: DetectableSignal[];
  /** Ground-truth label bits per signal ({@link TRUTH}). */
  readonly truth: Uint8Array;
}

interface Creditor {
  readonly id: string;
  readonly sector: Sector;
}
const INSURERS: readonly Creditor[] = [
  { id: 'ZV-A', sector: 'health-insurance' }, { id: 'ZV-B', sector: 'health-insurance' }, { id: 'ZV-C', sector: 'health-insurance' },
];
const OTHERS: readonly Creditor[] = [
  { id: 'EN-A', sector: 'energy' }, { id: 'EN-B', sector: 'energy' }, { id: 'WA-A', sector: 'water' },
  { id: 'WO-A', sector: 'housing' }, { id: 'WO-B', sector: 'housing' }, { id: 'HY-A', sector: 'mortgage' },
];
const ALL = [...INSURERS, ...OTHERS];

/** A resident with the name variants its creditors write. */
interface Resident {
  readonly index: number;
  readonly registerId: string | undefined;
  readonly household: number;
  readonly debtors: readonly object[];
  readonly address: object;
}

/** One generated signal before it becomes an object. */
interface Event {
  readonly resident: Resident;
  readonly creditor: Creditor;
  readonly day: number;
  readonly date: string;
  readonly debt: number;
  readonly due: string;
  readonly kind: SignalKind;
}

const PLACEHOLDER: BirthDate = { year: 2000, month: 1, day: 1, placeholder: true };

function spellings(surname: SyntheticSurname): SyntheticSurname[] {
  const plain = surname.surname.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/ş/g, 's').replace(/ğ/g, 'g');
  const y = surname.surname.replace(/ij/g, 'y').replace(/IJ/g, 'Y');
  const prefix = surname.prefix === '' ? '' : surname.prefix[0]!.toUpperCase() + surname.prefix.slice(1);
  return [surname, { prefix, surname: plain }, { prefix: surname.prefix, surname: y }];
}

class StreamBuilder {
  private readonly events: Event[] = [];
  private residents = 0;
  private households = 0;
  private debts = 0;
  private readonly firstDay: number;

  constructor(private readonly r: Random, private readonly o: Required<DetectionStreamOptions>) {
    this.firstDay = toDayNumber(`${o.start}-01`);
  }

  private dateOf(monthOffset: number, dayOfMonth: number): string {
    return addMonths(`${this.o.start}-01`, monthOffset).slice(0, 8) + String(dayOfMonth).padStart(2, '0');
  }

  private surname(): SyntheticSurname {
    const r = this.r;
    const u = r.next();
    return u < 0.5 ? r.zipf(DUTCH_SURNAMES) : u < 0.65 ? r.pick(MIGRANT_SURNAMES) : tailSurname(r.int(1_000_000));
  }

  private resident(household: number, address: object): Resident {
    const r = this.r;
    const index = this.residents++;
    const registered = r.chance(this.o.registerShare);
    const given = r.pick(r.chance(0.5) ? DUTCH_GIVEN.male : DUTCH_GIVEN.female);
    const birthDate: BirthDate = { year: 1940 + r.int(66), month: 1 + r.int(12), day: 2 + r.int(26), placeholder: false };
    // Every key present, as `parseSignal` outputs them, so that all signals share one shape.
    const name = (s: SyntheticSurname) => ({
      givenNames: given, initials: `${given[0]}.`, surnamePrefix: s.prefix === '' ? undefined : s.prefix, surname: s.surname, fullName: undefined,
    });
    const debtor = (s: SyntheticSurname, born: BirthDate) => ({
      name: name(s), birthDate: born, legalForm: 'natural-person' as const, bsn: undefined, phone: undefined, email: undefined,
    });
    const surname = this.surname();
    const debtors = (registered ? [surname] : spellings(surname)).map((s) => debtor(s, birthDate));
    if (!registered) debtors.push(debtor(surname, PLACEHOLDER));
    return { index, registerId: registered ? `BRP-${index}` : undefined, household, debtors, address };
  }

  private add(resident: Resident, creditor: Creditor, month: number, dayOfMonth: number, debt: number, dueMonth: number, kind: SignalKind = 'early'): void {
    if (month < 0 || month >= this.o.months) return;
    const date = this.dateOf(month, dayOfMonth);
    this.events.push({ resident, creditor, day: toDayNumber(date), date, debt, due: this.dateOf(dueMonth, 1), kind });
  }

  /** One resident's scenario. */
  private scenario(p: Resident): void {
    const r = this.r;
    const month = r.int(this.o.months);
    const day = 1 + r.int(28);
    const u = r.next();
    const debt = () => this.debts++;
    if (u < 0.4) {
      const creditor = r.pick(ALL);
      const crisis = r.next();
      const kind: SignalKind =
        crisis < 0.04 && (creditor.sector === 'energy' || creditor.sector === 'water') ? 'end-of-supply'
          : crisis < 0.04 && creditor.sector === 'housing' ? 'eviction-notice'
            : crisis < 0.06 ? 'warm-referral' : 'early';
      this.add(p, creditor, month, day, debt(), month - 2, kind);
    } else if (u < 0.58) {
      // An insurer's monthly updates of one debt until the formal notice.
      const creditor = r.pick(INSURERS);
      const d = debt();
      const n = 2 + r.int(3);
      for (let k = 0; k < n; k++) this.add(p, creditor, month + k, day, d, month - 2);
    } else if (u < 0.76) {
      // A match: two or three creditors within about two months.
      const n = 2 + r.int(2);
      const creditors = [r.pick(INSURERS), ...OTHERS].sort(() => r.next() - 0.5).slice(0, n);
      creditors.forEach((c, k) => this.add(p, c, month + (k === 0 ? 0 : r.int(2)), 1 + r.int(28), debt(), month - 2));
    } else if (u < 0.9) {
      // A recidivist: signalled again 1 to 12 months later.
      const gap = 1 + r.int(12);
      this.add(p, r.pick(ALL), month, day, debt(), month - 2);
      this.add(p, r.pick(ALL), month + gap, 1 + r.int(28), debt(), month + gap - 2);
    } else {
      // A dragger: the same creditor signals a new debt (nearly) every month, up to 22 times.
      const creditor = r.pick(ALL);
      const n = 6 + r.int(17);
      for (let k = 0; k < n; k++) if (!r.chance(0.08)) this.add(p, creditor, month - 10 + k, day, debt(), month - 11 + k);
    }
  }

  /** Residents and their signals until there are at least `count` signals. */
  build(count: number): Event[] {
    const r = this.r;
    while (this.events.length < count) {
      const household = this.households++;
      const address = {
        postcode: `${1000 + r.int(9000)}${String.fromCharCode(65 + r.int(26), 65 + r.int(26))}`,
        houseNumber: 1 + r.int(300),
        houseLetter: r.chance(0.1) ? String.fromCharCode(65 + r.int(4)) : undefined,
        houseNumberAddition: undefined, street: undefined, city: undefined,
      };
      this.scenario(this.resident(household, address));
      if (r.chance(0.2)) this.scenario(this.resident(household, address));
    }
    const events = this.events.slice(0, count);
    events.sort((a, b) => a.day - b.day);
    return events;
  }

  /** The signal objects (names, addresses and creditors shared between signals). */
  signals(events: readonly Event[]): DetectableSignal[] {
    const r = this.r;
    const creditors = new Map(ALL.map((c) => [c.id, { id: c.id, name: undefined, sector: c.sector }]));
    return events.map((e, i) => ({
      id: `SIG-${i}`,
      kind: e.kind,
      creditor: creditors.get(e.creditor.id)!,
      receivedDate: e.date,
      debtor: e.resident.debtors.length === 1 ? e.resident.debtors[0]! : r.pick(e.resident.debtors),
      address: e.resident.address,
      arrears: {
        total: `${50 + r.int(2000)}.${String(r.int(100)).padStart(2, '0')}`, termAmount: undefined, unpaidTerms: undefined,
        oldestDueDate: e.due, newestDueDate: undefined, health: undefined,
      },
      personId: e.resident.registerId,
      householdId: undefined,
    }) as unknown as DetectableSignal);
  }
}

/** Distinct creditors among `group` within the match window of `e` (same day in any order). */
function creditorsInWindow(group: readonly Event[], e: Event, months: number): number {
  const from = toDayNumber(addMonths(e.date, -months));
  return new Set(group.filter((x) => x.day >= from && x.day <= e.day).map((x) => x.creditor.id)).size;
}

const monthOf = (date: string) => +date.slice(0, 4) * 12 + +date.slice(5, 7);

/**
 * The reference truth of each event, on the true residents, households and debts, with the
 * default windows (match 3, update 2, recidivism 6, dragger 6 of 8 months).
 */
function truthOf(events: readonly Event[]): Uint8Array {
  const byResident = new Map<Resident, Event[]>();
  const byHousehold = new Map<number, Event[]>();
  const order = new Map<Event, number>();
  events.forEach((e, i) => {
    order.set(e, i);
    const mine = byResident.get(e.resident);
    if (mine) mine.push(e);
    else byResident.set(e.resident, [e]);
    const household = byHousehold.get(e.resident.household);
    if (household) household.push(e);
    else byHousehold.set(e.resident.household, [e]);
  });
  const truth = new Uint8Array(events.length);
  events.forEach((e, i) => {
    const mine = byResident.get(e.resident)!;
    const before = mine.filter((x) => x !== e && (x.day < e.day || (x.day === e.day && order.get(x)! < i)));
    let bits = 0;
    if (creditorsInWindow(mine, e, 3) >= 2) bits |= TRUTH.personMatch;
    else if (creditorsInWindow(byHousehold.get(e.resident.household)!, e, 3) >= 2) bits |= TRUTH.householdMatch;
    const sameCreditor = before.filter((x) => x.creditor === e.creditor).at(-1);
    if (sameCreditor && sameCreditor.debt === e.debt && sameCreditor.day >= toDayNumber(addMonths(e.date, -2))) bits |= TRUTH.update;
    const m = monthOf(e.date);
    // a returning resident: signalled in an earlier month of the window, by any creditor and for any debt (DOMAIN.md §3)
    if (before.some((x) => monthOf(x.date) < m && monthOf(x.date) >= m - 6)) bits |= TRUTH.recidivism;
    const months = new Set(mine.filter((x) => x.day <= e.day && monthOf(x.date) > m - 8).map((x) => monthOf(x.date)));
    if (months.size >= 6) bits |= TRUTH.dragger;
    if (e.kind === 'end-of-supply' || e.kind === 'eviction-notice') bits |= TRUTH.crisis;
    if (e.kind === 'warm-referral') bits |= TRUTH.warmReferral;
    truth[i] = bits;
  });
  return truth;
}

/**
 * Generate a detection stream of exactly `signals` signals with ground truth.
 * @example
 * const { signals, truth } = generateDetectionStream({ signals: 10_000, seed: 5 });
 */
export function generateDetectionStream(options: DetectionStreamOptions): DetectionStream {
  const o: Required<DetectionStreamOptions> = { registerShare: 0.8, start: '2022-02', months: 24, ...options };
  const builder = new StreamBuilder(randomFrom(o.seed), o);
  const events = builder.build(o.signals);
  return { signals: builder.signals(events), truth: truthOf(events) };
}

/** The label bits of a detection result, in the encoding of {@link TRUTH}. */
export function labelCode(labels: readonly string[]): number {
  let bits = 0;
  for (const l of labels) {
    if (l === 'person-match') bits |= TRUTH.personMatch;
    else if (l === 'household-match') bits |= TRUTH.householdMatch;
    else if (l === 'update') bits |= TRUTH.update;
    else if (l === 'recidivism') bits |= TRUTH.recidivism;
    else if (l === 'dragger') bits |= TRUTH.dragger;
    else if (l === 'crisis') bits |= TRUTH.crisis;
    else if (l === 'warm-referral') bits |= TRUTH.warmReferral;
  }
  return bits;
}
