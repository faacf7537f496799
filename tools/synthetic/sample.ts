/**
 * SYNTHETIC research samples for tests, benches, examples and the bundled demo sample. Every
 * person, address and amount is invented with a seeded generator; nothing here describes a
 * real resident.
 *
 * Shaped after De signaalreis (003) and DOMAIN.md §6: a municipality of ~100,000 inhabitants
 * receiving ~250 signals a month (the study's municipalities receive 80–1,200; M3 receives
 * ~250); 45% of signals from health insurers (Divosa 2022); matches (two creditors at once),
 * recidivists and draggers (monthly insurer signals); outcomes in the study's mix (56% not
 * reached, 23% reached without help, 12% help accepted, 9% not picked up; 88% of acceptances
 * had a phone call; letter-only contact rarely reaches anyone).
 *
 * With personal data, the residents and the register come from the matching module's
 * generator (`register.ts`: Dutch and migrant names, households, partner names, incomplete
 * birth dates), and each resident's name as the creditors write it carries one of its failure
 * modes in a realistic mix ({@link WRITTEN_NAME_SHARES}).
 */
import { seededRandom } from '../../bench/harness.js';
import type { SampleRecordInput } from '../../src/replay/index.js';
import { generateRegister, generateSignals, type FailureMode, type SyntheticRegister, type SyntheticSignal } from './register.js';

/** Options of {@link generateSample}. */
export interface SampleOptions {
  /** Seed of the generator (same seed, same sample). */
  readonly seed: number;
  /** Number of signals to generate. */
  readonly signals: number;
  /** First day of the period (default 2023-01-01). */
  readonly start?: string;
  /** Months in the period (default 12). */
  readonly months?: number;
  /** Include names, birth dates, full addresses and contact data (default true; false = pseudonymised form). */
  readonly personal?: boolean;
  /** Include outcomes (default true). */
  readonly outcomes?: boolean;
}

/** A synthetic resident as the creditors know them. */
export interface SampleResident {
  /** Person key: the register id, or `NR…` for someone not in the register. */
  readonly key: string;
  readonly household: string;
  /** Name, birth date and address as the creditors write them (with the injected failure mode). */
  readonly written: Pick<SyntheticSignal['input'], 'debtor' | 'address'> | null;
  readonly birthYear: number;
  readonly postcode: string;
  readonly phone: string | undefined;
  readonly email: string | undefined;
}

/**
 * How creditors write a resident's name, birth date and address: mostly as the register has them,
 * with the failure modes of the BRP check at rates a municipality might see (De signaalreis, 003:
 * names reversed, birth date 1-1-2000, surnames written differently, moved, not resident).
 */
export const WRITTEN_NAME_SHARES: Readonly<Partial<Record<FailureMode, number>>> = {
  clean: 0.85, 'swapped-names': 0.02, 'placeholder-birth-date': 0.02, 'surname-typo': 0.02, 'prefix-variant': 0.01,
  diacritics: 0.01, 'partner-name': 0.01, 'initials-only': 0.01, moved: 0.02, deceased: 0.005, emigrated: 0.005, 'not-resident': 0.02,
};

const CREDITORS = {
  'health-insurance': [['ZV1', 'Zorgverzekeraar A (synthetisch)'], ['ZV2', 'Zorgverzekeraar B (synthetisch)']],
  energy: [['EN1', 'Energieleverancier A (synthetisch)'], ['EN2', 'Energieleverancier B (synthetisch)']],
  housing: [['WC1', 'Woningcorporatie A (synthetisch)']],
  water: [['DW1', 'Drinkwaterbedrijf A (synthetisch)']],
  mortgage: [['HY1', 'Hypotheekverstrekker A (synthetisch)']],
} as const;
type SyntheticSector = keyof typeof CREDITORS;
/** Sector shares: 45% health insurers (Divosa 2022); the rest as the study's partners suggest. */
const SECTOR_WEIGHTS: ReadonlyArray<readonly [SyntheticSector, number]> = [
  ['health-insurance', 0.45], ['energy', 0.2], ['housing', 0.2], ['water', 0.12], ['mortgage', 0.03],
];
/** Median arrears per sector in euros (health: a few months' premium; housing: 1–2 months' rent). */
const MEDIAN_AMOUNT: Readonly<Record<SyntheticSector, number>> = { 'health-insurance': 260, energy: 420, housing: 950, water: 140, mortgage: 1800 };

/** Outcome mix of the study (003): 9% not picked up, 56% not reached, 23% reached without help, 12% accepted. */
const OUTCOME_MIX = [['not-picked-up', 0.09], ['not-reached', 0.56], ['reached-no-help', 0.23], ['help-accepted', 0.12]] as const;

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

function weighted<T>(rnd: () => number, table: ReadonlyArray<readonly [T, number]>): T {
  let x = rnd();
  for (const [value, w] of table) if ((x -= w) < 0) return value;
  return table[table.length - 1]![0];
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A generator of synthetic samples and the residents behind them. */
export class SampleGenerator {
  private readonly rnd: () => number;
  private readonly start: string;
  private readonly months: number;
  private readonly personal: boolean;
  private readonly outcomes: boolean;
  readonly people: SampleResident[] = [];
  private readonly seed: number;
  private nextHousehold = 0;

  constructor(options: SampleOptions) {
    this.rnd = seededRandom(options.seed);
    this.seed = options.seed;
    this.start = options.start ?? '2023-01-01';
    this.months = options.months ?? 12;
    this.personal = options.personal ?? true;
    this.outcomes = options.outcomes ?? true;
  }

  /**
   * The residents' register, how creditors write them, and the register indexes of the adults
   * they are drawn from (a signal's `truth` indexes `adults`), when the sample has personal data.
   */
  private population: { readonly register: SyntheticRegister; readonly written: readonly SyntheticSignal[]; readonly adults: readonly number[] } | null = null;

  /** The last birth date of a debtor: 18 years before the first day of the period, so every debtor is an adult on every signal date. */
  private latestDebtorBirth(): string {
    return `${Number(this.start.slice(0, 4)) - 18}${this.start.slice(4)}`;
  }

  /**
   * Prepare the population for a sample of `count` signals (about 0.7 residents per signal), in a
   * register four times as large, so that few households have more than one signalled resident.
   * Debtors are drawn from the register's adults only (children live in the households but
   * are never signalled).
   */
  populate(count: number): SyntheticRegister | null {
    if (!this.personal) return null;
    const residents = Math.ceil(count * 0.75) + 20;
    const register = generateRegister({ count: residents * 4, seed: this.seed });
    const latest = this.latestDebtorBirth();
    const iso = ({ year, month, day }: { year: number; month: number; day: number }): string =>
      `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const adults = register.people.flatMap((p, i) => (iso(p.birth) <= latest ? [i] : []));
    const written = generateSignals(adults.map((i) => register.people[i]!), { count: residents, seed: this.seed + 1, shares: WRITTEN_NAME_SHARES });
    this.population = { register, written, adults };
    return register;
  }

  /** The next resident: from the population with personal data, else a key, a birth year and a postcode area. */
  person(): SampleResident {
    const r = this.rnd;
    const n = this.people.length;
    const contact = { phone: r() < 0.75 ? `06${String(Math.floor(r() * 1e8)).padStart(8, '0')}` : undefined, email: r() < 0.55 ? `inwoner${n + 1}@example.org` : undefined };
    let p: SampleResident;
    if (this.population) {
      const w = this.population.written[n];
      if (!w) throw new RangeError('The synthetic population is exhausted; call populate() with a larger count');
      const truth = w.truth === null ? null : this.population.register.people[this.population.adults[w.truth]!]!;
      p = {
        key: truth ? truth.id : `NR${String(n + 1).padStart(7, '0')}`,
        household: truth ? `H${String(truth.household).padStart(7, '0')}` : `NRH${String(n + 1).padStart(7, '0')}`,
        written: { debtor: w.input.debtor, address: w.input.address },
        birthYear: Number((w.input.debtor.birthDate ?? '1980').slice(0, 4)) || 1980,
        postcode: w.input.address.postcode,
        ...contact,
      };
    } else {
      const previous = this.people[n - 1];
      const sameHousehold = previous !== undefined && r() < 0.2;
      const household = sameHousehold ? previous.household : `H${String(++this.nextHousehold).padStart(7, '0')}`;
      p = {
        key: `P${String(n + 1).padStart(7, '0')}`,
        household,
        written: null,
        // Born 1940 up to the last year in which everyone is 18 on the first day of the period (2004 for 2023).
        birthYear: 1940 + Math.floor(r() * Math.min(65, Number(this.latestDebtorBirth().slice(0, 4)) - 1940)),
        postcode: sameHousehold ? previous.postcode : String(1000 + ((this.nextHousehold * 7919) % 8999)),
        ...contact,
      };
    }
    this.people.push(p);
    return p;
  }

  private amount(sector: SyntheticSector): string {
    const r = this.rnd;
    const normal = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
    return Math.max(25, MEDIAN_AMOUNT[sector] * Math.exp(0.7 * normal)).toFixed(2);
  }

  private outcome(received: string, person: SampleResident): SampleRecordInput['outcome'] {
    const r = this.rnd;
    const cls = weighted(r, OUTCOME_MIX);
    if (cls === 'not-picked-up') return { pickedUp: false };
    const attempts: Array<{ date: string; channel: string; reached: boolean }> = [];
    let day = 2 + Math.floor(r() * 5);
    const attempt = (channel: string, reached: boolean): void => {
      attempts.push({ date: addDays(received, day), channel, reached });
      day += 2 + Math.floor(r() * 6);
    };
    if (cls === 'not-reached') {
      if (r() < 0.2) attempt('letter', false);
      else {
        attempt('letter', false);
        const n = 1 + Math.floor(r() * 3);
        for (let i = 0; i < n; i++) attempt(person.phone ? 'phone' : r() < 0.5 ? 'email' : 'card', false);
      }
    } else {
      attempt('letter', false);
      const phone = cls === 'help-accepted' ? r() < 0.88 : r() < 0.7;
      if (r() < 0.4) attempt(phone ? 'phone' : 'email', false);
      attempt(phone ? 'phone' : pick(r, ['email', 'home-visit', 'sms']), true);
    }
    return {
      pickedUp: true,
      attempts,
      helpAccepted: cls === 'help-accepted',
      closedDate: addDays(received, cls === 'help-accepted' ? day : Math.max(28, day)),
    };
  }

  /** One signal about a person from a creditor of a sector on a date. */
  signal(person: SampleResident, sector: SyntheticSector, received: string, kind = 'early', creditor = this.creditor(sector)): SampleRecordInput {
    const r = this.rnd;
    const [creditorId, creditorName] = creditor;
    const record: SampleRecordInput = {
      id: '',
      synthetic: true,
      kind: kind as SampleRecordInput['kind'],
      household: person.household,
      person: person.key,
      creditor: { id: creditorId, name: creditorName, sector },
      receivedDate: received,
      debtor: person.written
        ? {
            ...person.written.debtor,
            ...(person.phone ? { phone: person.phone } : {}),
            ...(person.email ? { email: person.email } : {}),
          } as SampleRecordInput['debtor']
        : { birthDate: String(person.birthYear), hasPhone: person.phone !== undefined, hasEmail: person.email !== undefined },
      address: person.written ? { ...person.written.address } : { postcode: person.postcode.slice(0, 4) },
      arrears: { total: this.amount(sector) },
      ...(r() < 0.04 ? { knownAtDebtHelp: true } : {}),
    };
    if (this.outcomes) record.outcome = this.outcome(received, person);
    return record;
  }

  /**
   * Whether a dragger or recidivist is signalled again after their latest signal: an assumption
   * of this generator (not a figure of the study) is that accepted help ends the series in 6 of 10
   * cases, so that return after close differs by outcome.
   */
  private signalAgain(out: readonly SampleRecordInput[]): boolean {
    const previous = out[out.length - 1]?.outcome;
    return !(previous?.helpAccepted === true && this.rnd() < 0.6);
  }

  /** One of the sector's creditors. */
  private creditor(sector: SyntheticSector): readonly [string, string] {
    return pick<readonly [string, string]>(this.rnd, CREDITORS[sector]);
  }

  /** A day in month `m` of the period (0-based). */
  day(month: number): string {
    const first = new Date(`${this.start}T00:00:00Z`);
    first.setUTCMonth(first.getUTCMonth() + month);
    first.setUTCDate(1 + Math.floor(this.rnd() * 28));
    return first.toISOString().slice(0, 10);
  }

  /**
   * Generate `count` signals: 5% of people are draggers (an insurer signals them every month),
   * 15% recidivists (signalled again 2–7 months later), 10% matches (two sectors in one month),
   * the rest single. Sorted by date, ids `S0000001`…
   */
  generate(count: number): SampleRecordInput[] {
    const r = this.rnd;
    if (this.personal && !this.population) this.populate(count);
    const out: SampleRecordInput[] = [];
    while (out.length < count) {
      const p = this.person();
      const type = r();
      const month = Math.floor(r() * this.months);
      if (type < 0.05) {
        const insurer = this.creditor('health-insurance');
        for (let m = month; m < this.months && out.length < count && (m === month || this.signalAgain(out)); m++) out.push(this.signal(p, 'health-insurance', this.day(m), 'early', insurer));
      } else if (type < 0.2) {
        const sector = weighted(r, SECTOR_WEIGHTS);
        const creditor = this.creditor(sector);
        for (let m = month; m < this.months && out.length < count && (m === month || this.signalAgain(out)); m += 2 + Math.floor(r() * 6)) out.push(this.signal(p, sector, this.day(m), 'early', creditor));
      } else if (type < 0.3) {
        const first = weighted(r, SECTOR_WEIGHTS);
        const second = first === 'health-insurance' ? 'energy' : 'health-insurance';
        const day = this.day(month);
        out.push(this.signal(p, first, day));
        if (out.length < count) out.push(this.signal(p, second, addDays(day, Math.floor(r() * 10))));
      } else {
        const sector = weighted(r, SECTOR_WEIGHTS);
        const special = r();
        const kind = special < 0.02 && (sector === 'energy' || sector === 'water') ? 'end-of-supply' : special < 0.03 ? 'warm-referral' : special < 0.04 && sector === 'housing' ? 'eviction-notice' : 'early';
        out.push(this.signal(p, sector, this.day(month), kind));
      }
    }
    out.sort((a, b) => (a.receivedDate < b.receivedDate ? -1 : a.receivedDate > b.receivedDate ? 1 : 0));
    out.forEach((s, i) => {
      s.id = `S${String(i + 1).padStart(7, '0')}`;
      s.caseId = `M${String(i + 1).padStart(7, '0')}`;
    });
    return out;
  }
}

/**
 * Generate a synthetic sample (SYNTHETIC: invented residents).
 * @example
 * const records = generateSample({ seed: 1, signals: 3000 }); // a year of ~250 signals a month
 */
export function generateSample(options: SampleOptions): SampleRecordInput[] {
  return new SampleGenerator(options).generate(options.signals);
}
