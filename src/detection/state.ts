import { z } from 'zod';
import { SECTORS, type Euro, type IsoDate, type Result, type Sector } from '../model/index.js';
import { birthDateReader, canonicalCheck, dateReader, euroReader, safeParseWith } from '../model/internal.js';

/**
 * One retained signal in the state, as a tuple to keep state files small:
 * `[id, receivedDate, person, household, creditorId, sector, amount, chain, oldestDueDate]`.
 * `chain` is the position (in `signals`) of the first retained signal of the same debt.
 * @category Detection
 */
export type StateSignal = [
  id: string, receivedDate: IsoDate, person: string, household: string, creditorId: string, sector: Sector, amount: Euro,
  chain: number, oldestDueDate: IsoDate | null,
];

/**
 * One fuzzy-identity entry in the state: `[block, person, register, birthDate, initial, lastDate]`,
 * `birthDate` in the register's `YYYYMMDD` form with zeros for unknown parts.
 * @category Detection
 */
export type StateIdentity = [block: string, person: string, register: boolean, birthDate: string, initial: string, lastDate: IsoDate];

/**
 * What incremental detection carries from one batch to the next: plain JSON, small, holding
 * only what any window can still reach (everything older is pruned after each batch).
 * @category Detection
 */
export interface DetectionState {
  /** Format version. */
  readonly version: 1;
  /** Latest received date processed so far (the last signal's), or `null` before the first batch. */
  readonly lastDate: IsoDate | null;
  /** Retained signals, in received-date order (the order they were taken in within a day). */
  readonly signals: readonly StateSignal[];
  /** Identities of residents, for fuzzy grouping of signals without a register id. */
  readonly identities: readonly StateIdentity[];
}

/**
 * An empty state, to start incremental detection.
 * @example
 * let state = createDetectionState();
 * ({ items, state } = detectIncremental(marchSignals, { state }));
 * @category Detection
 */
export function createDetectionState(): DetectionState {
  return { version: 1, lastDate: null, signals: [], identities: [] };
}

// Every value of a state is in the form the model's readers write: checked with `canonicalCheck`,
// so that a state is read by the same kernel as any signal (real dates only, exact amounts).
const isDate = canonicalCheck(dateReader);
const isAmount = canonicalCheck(euroReader);
const isBirthText = (text: string): boolean => birthDateReader.read(text) !== null;

const DateText = z.string().refine(isDate, { message: 'Expected a real date as YYYY-MM-DD', params: { code: 'invalid_date' } });
const Key = (prefixes: readonly string[]) =>
  z.string().refine((k) => prefixes.some((p) => k.startsWith(p) && k.length > p.length), {
    message: `Expected a key starting with ${prefixes.join(' or ')}`, params: { code: 'invalid_key' },
  });
const PersonKey = Key(['register:', 'fuzzy:']);

const StateShape = z.object({
  version: z.literal(1),
  lastDate: DateText.nullable(),
  signals: z.array(z.tuple([
    z.string().min(1), DateText, PersonKey, Key(['household:', 'address:']), z.string().min(1),
    z.enum(SECTORS),
    z.string().refine(isAmount, { message: 'Expected an amount such as 1234.56', params: { code: 'invalid_amount' } }),
    z.number().int().min(0), DateText.nullable(),
  ])),
  identities: z.array(z.tuple([
    z.string().min(1), PersonKey, z.boolean(),
    z.string().regex(/^\d{8}$/).refine(isBirthText, { message: 'Expected a birth date as YYYYMMDD (00 for unknown parts)', params: { code: 'invalid_birth_date' } }),
    z.string().regex(/^[a-z]?$/, { message: 'Expected one letter a–z, or nothing' }),
    DateText,
  ])),
});

type Issue = { readonly path: (string | number)[]; readonly code: string; readonly message: string };

/**
 * The checks a state's parts cannot make on their own: signals in date order with unique ids,
 * update chains that point back to a first signal of the same resident and creditor, a last date
 * that is the last signal's, and identities that belong to retained signals' residents (and each
 * resident with at least one identity), once per block.
 */
function integrity(state: z.infer<typeof StateShape>): Issue[] {
  const issues: Issue[] = [];
  const { signals, identities, lastDate } = state;
  const ids = new Set<string>();
  const people = new Set<string>();
  signals.forEach(([id, date, person, , creditor, , , chain], k) => {
    if (ids.has(id)) issues.push({ path: ['signals', k, 0], code: 'duplicate_id', message: 'Another retained signal has the same id' });
    ids.add(id);
    people.add(person);
    if (k > 0 && date < signals[k - 1]![1]) issues.push({ path: ['signals', k, 1], code: 'out_of_order', message: 'Signals must be in received-date order' });
    const first = chain <= k ? signals[chain] : undefined;
    if (first === undefined || first[7] !== chain || first[2] !== person || first[4] !== creditor) {
      issues.push({ path: ['signals', k, 7], code: 'invalid_chain', message: 'An update chain must point to an earlier first signal of the same resident and creditor' });
    }
  });
  const newest = signals.at(-1)?.[1] ?? null;
  if (lastDate !== newest && (lastDate === null || isDate(lastDate))) {
    issues.push({ path: ['lastDate'], code: 'invalid_last_date', message: 'The last date must be the date of the last retained signal (none without signals)' });
  }
  const blocks = new Set<string>();
  const identified = new Set<string>();
  identities.forEach(([block, person, register, , , date], k) => {
    const key = `${block}\u0000${person}`;
    if (blocks.has(key)) issues.push({ path: ['identities', k, 1], code: 'duplicate_identity', message: 'A resident appears twice in one identity block' });
    blocks.add(key);
    identified.add(person);
    if (!people.has(person)) issues.push({ path: ['identities', k, 1], code: 'unknown_person', message: 'An identity must belong to a resident of a retained signal' });
    if (register !== person.startsWith('register:')) issues.push({ path: ['identities', k, 2], code: 'invalid_identity', message: 'The register flag must match the kind of person key' });
    if (lastDate === null || date > lastDate) issues.push({ path: ['identities', k, 5], code: 'invalid_date', message: 'An identity cannot be newer than the state' });
  });
  for (const person of people) {
    if (!identified.has(person)) {
      issues.push({ path: ['identities'], code: 'missing_identity', message: 'Every resident of a retained signal needs an identity' });
      break;
    }
  }
  return issues;
}

/** Schema of a {@link DetectionState} read back from JSON: every value through the model's readers, and the state's integrity. */
const DetectionStateSchema = StateShape.superRefine((state, ctx) => {
  for (const issue of integrity(state)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, params: { code: issue.code } });
});

/**
 * Check a state read back from a file; never throws. Every date must be a real date in the form
 * the model's date reader writes, every amount exact, and the state whole: signals in date order
 * with unique ids, update chains within one resident and creditor, the last date the last
 * signal's, identities belonging to the retained residents. Issues name the place, never a value.
 * @example
 * const r = parseDetectionState(JSON.parse(readFileSync('state.json', 'utf8')));
 * if (!r.ok) for (const i of r.issues) console.error(i.field, i.message);
 * @category Detection
 */
export function parseDetectionState(input: unknown): Result<DetectionState> {
  return safeParseWith(DetectionStateSchema, input, { version: 'versie', lastDate: 'laatste datum', signals: 'signalen', identities: 'identiteiten' });
}
