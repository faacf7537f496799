import { z } from 'zod';
import { UsageError, type Result } from '../model/index.js';
import { hmacSha256, issuesFromZod, toHex, validationIssue } from '../model/internal.js';
import { applyEvent } from './apply-event.js';
import { MatchingRunSchema, type Case } from './case.js';
import { CaseSignalSchema } from './case-signal.js';
import { caseIssue } from './errors.js';
import { CaseEventSchema, InstantField } from './events.js';
import { openCase } from './open-case.js';
import { CASE_OUTCOMES, CASE_STATES } from './states.js';

/** Format tag written into serialised cases. @category Lifecycle */
export const CASE_FORMAT = 'vroegsignalering/case@1';

/** A stored case: the case's own fields, with the format tag (optional, so that a case object reads too). */
const StoredCaseSchema = z.object({
  format: z.literal(CASE_FORMAT).optional(),
  id: z.string().min(1),
  municipalityCode: z.string(),
  openedAt: InstantField,
  openedBy: z.string().min(1),
  state: z.enum(CASE_STATES),
  outcome: z.enum(CASE_OUTCOMES).nullable(),
  signals: z.array(CaseSignalSchema).min(1),
  matching: MatchingRunSchema.nullable(),
  history: z.array(z.object({ from: z.enum(CASE_STATES), to: z.enum(CASE_STATES), event: CaseEventSchema })),
  seal: z.string().optional(),
});

/** Options of {@link serialiseCase} and {@link deserialiseCase}. @category Lifecycle */
export interface CaseSealOptions {
  /**
   * A secret key (text or bytes, at least 16 bytes) for an HMAC-SHA-256 seal over the stored
   * case: `serialiseCase` adds the seal, `deserialiseCase` refuses a case whose seal is missing
   * or does not match, so any edit of the stored text is detected.
   */
  readonly key?: string | Uint8Array;
}

const encoder = new TextEncoder();
const MIN_KEY_BYTES = 16;

function keyBytes(key: string | Uint8Array): Uint8Array {
  const bytes = typeof key === 'string' ? encoder.encode(key) : key;
  if (!(bytes instanceof Uint8Array) || bytes.length < MIN_KEY_BYTES) {
    throw new UsageError('case seal key', [validationIssue('invalid_key', ['key'], `The seal key must be text or bytes of at least ${MIN_KEY_BYTES} bytes`)]);
  }
  return bytes;
}

/** JSON with the keys of every object sorted: one text per value, whatever the key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]))
      : v,
  );
}

/** The seal of a stored case (without its `seal` field): HMAC-SHA-256 of its canonical JSON, in hex. */
function sealOf(stored: object, key: Uint8Array): string {
  return toHex(hmacSha256(key, encoder.encode(canonicalJson(stored))));
}

/** Compare two strings in time that does not depend on where they differ. */
function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return diff === 0;
}

/** Why a stored case's seal does not hold, or `null` when it does. */
function sealProblem(value: unknown, key: Uint8Array): Result<Case> | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null; // the schema reports it
  const { seal, ...stored } = value as Record<string, unknown>;
  if (typeof seal !== 'string') {
    return { ok: false, issues: [validationIssue('missing_seal', ['seal'], 'The case has no seal, but a key was given: it was not stored with this key, or its seal was removed')] };
  }
  if (!sameText(seal, sealOf(stored, key))) {
    return { ok: false, issues: [validationIssue('invalid_seal', ['seal'], 'The seal does not match: the stored case was edited, or sealed with another key')] };
  }
  return null;
}

/**
 * Serialise a case to JSON text (plain data with a format tag). {@link deserialiseCase} reads it
 * back. With `{ key }`, a `seal` field is added: an HMAC-SHA-256 under the key over the case's
 * canonical JSON (keys sorted), so that `deserialiseCase(text, { key })` detects any edit.
 * Throws `UsageError` only for a key shorter than 16 bytes.
 * @example
 * const json = serialiseCase(c);
 * const sealed = serialiseCase(c, { key: process.env.CASE_KEY! }); // … "seal":"3f9a…"
 * @category Lifecycle
 */
export function serialiseCase(c: Case, options: CaseSealOptions = {}): string {
  const stored = { format: CASE_FORMAT, ...c };
  if (options.key === undefined) return JSON.stringify(stored);
  return JSON.stringify({ ...stored, seal: sealOf(stored, keyBytes(options.key)) });
}

function inconsistent(message: string): Result<Case> {
  return { ok: false, issues: [caseIssue('inconsistent_history', [], message)] };
}

/**
 * Read a case back: the JSON text {@link serialiseCase} wrote, the parsed object, or a case
 * object from elsewhere. Every field is read with the readers and the stored audit trail is
 * replayed through the transition table, so a case whose trail does not lead to its stored state
 * (a state, outcome or trail edited by hand, or a case from another table) is refused rather than
 * loaded corrupted.
 *
 * Without a key, an edit of the signal data that is still valid (another amount, date or BSN) or
 * of the actors and times of events that the table allows cannot be told from the original. With
 * `{ key }`, the case must carry the seal `serialiseCase(c, { key })` wrote: a missing seal
 * (`missing_seal`) or one that does not match (`invalid_seal`: any edit, or another key) is
 * refused. Never throws, except `UsageError` for a key shorter than 16 bytes.
 * @example
 * const r = deserialiseCase(serialiseCase(c)); // r.ok === true, r.value deep-equals c
 * const s = deserialiseCase(sealedText, { key }); // refused when anything in the text was changed
 * @category Lifecycle
 */
export function deserialiseCase(input: unknown, options: CaseSealOptions = {}): Result<Case> {
  const key = options.key === undefined ? undefined : keyBytes(options.key);
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch {
      return { ok: false, issues: [validationIssue('invalid_json', [], 'Not valid JSON')] };
    }
  }
  const unsealed = key === undefined ? null : sealProblem(value, key);
  if (unsealed) return unsealed;
  const parsed = StoredCaseSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const stored = parsed.data;
  const opened = openCase({
    caseId: stored.id, municipalityCode: stored.municipalityCode, at: stored.openedAt, actor: stored.openedBy,
    signal: stored.signals[0], ...(stored.matching ? { matching: stored.matching } : {}),
  });
  if (!opened.ok) return opened;
  let current: Case = opened.value;
  for (const [i, entry] of stored.history.entries()) {
    const result = applyEvent(current, entry.event);
    if (!result.ok) return inconsistent(`History entry ${i} is refused: ${result.issues[0]!.message}`);
    if (entry.from !== current.state || entry.to !== result.value.state) return inconsistent(`History entry ${i} does not match the transition table`);
    current = result.value;
  }
  if (current.state !== stored.state || current.outcome !== stored.outcome || current.signals.length !== stored.signals.length) {
    return inconsistent('The stored state does not follow from the history');
  }
  return { ok: true, value: current };
}
