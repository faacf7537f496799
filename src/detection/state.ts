import { z } from 'zod';
import type { IsoDate } from '../model/index.js';
import { SECTORS, type Euro, type Result, type Sector } from '../model/index.js';
import { safeParseWith } from '../model/internal.js';

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
  /** Latest received date processed so far, or `null` before the first batch. */
  readonly lastDate: IsoDate | null;
  /** Retained signals, oldest first. */
  readonly signals: readonly StateSignal[];
  /** Identities of residents, for fuzzy grouping of signals without a register id. */
  readonly identities: readonly StateIdentity[];
}

/**
 * An empty state, to start incremental detection.
 * @example
 * let state = createDetectionState();
 * ({ results, state } = detectIncremental(state, marchSignals));
 * @category Detection
 */
export function createDetectionState(): DetectionState {
  return { version: 1, lastDate: null, signals: [], identities: [] };
}

const IsoDateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Expected a date as YYYY-MM-DD' });

/** Schema of a {@link DetectionState} read back from JSON. @category Detection */
export const DetectionStateSchema = z.object({
  version: z.literal(1),
  lastDate: IsoDateText.nullable(),
  signals: z.array(z.tuple([
    z.string().min(1), IsoDateText, z.string().min(1), z.string().min(1), z.string().min(1), z.enum(SECTORS),
    z.string().regex(/^\d+\.\d{2}$/), z.number().int().min(0), IsoDateText.nullable(),
  ])),
  identities: z.array(z.tuple([z.string(), z.string().min(1), z.boolean(), z.string().regex(/^\d{8}$/), z.string().max(1), IsoDateText])),
});

/**
 * Check a state read back from a file; never throws.
 * @example
 * const r = parseDetectionState(JSON.parse(readFileSync('state.json', 'utf8')));
 * @category Detection
 */
export function parseDetectionState(input: unknown): Result<DetectionState> {
  return safeParseWith(DetectionStateSchema, input, { version: 'versie', lastDate: 'laatste datum', signals: 'signalen', identities: 'identiteiten' });
}
