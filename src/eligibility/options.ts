import { UsageError, type IsoDate, type PathSegment } from '../model/index.js';
import { IsoDateField, toDayNumber, validationIssue } from '../model/internal.js';
import type { ArrearsCase } from './arrears-case.js';
import { compileRulebook, type CompiledRulebook } from './compile.js';
import { CREDITOR_PRESETS } from './creditor-presets.js';
import { DEFAULT_RULEBOOK } from './default-rulebook.js';
import { isValidated, parseCreditorPolicy, parseRulebook } from './load.js';
import type { EligibilityOptions } from './result.js';
import type { CreditorPolicy, Rulebook } from './rule-spec.js';

/**
 * Reading the options of an assessment: `asOf` through the model's date reader, the rulebook
 * and creditor policies validated (or trusted when they came from this module's validation),
 * and the compiled form of each (rulebook, policy) pair. Compiled forms are kept only for
 * validated — deeply frozen — rulebooks and policies, which cannot change after their first
 * use; anything else is validated and compiled afresh on every call.
 * @module
 */

function misuse(path: PathSegment[], code: string, message: string): never {
  throw new UsageError('eligibility options', [validationIssue(code, path, message)]);
}

/** The last `asOf` read and its result (a pure function of the string: nothing to go stale). */
let lastAsOfInput: unknown = null;
let lastAsOf: { iso: IsoDate; day: number } = { iso: '', day: 0 };

function readAsOf(asOf: unknown): { iso: IsoDate; day: number } {
  if (asOf === lastAsOfInput) return lastAsOf;
  const read = IsoDateField.safeParse(asOf);
  if (!read.success) misuse(['asOf'], 'invalid_date', 'Expected asOf as a real date YYYY-MM-DD');
  lastAsOf = { iso: read.data, day: toDayNumber(read.data) };
  lastAsOfInput = asOf;
  return lastAsOf;
}

function trustedRulebook(book: Rulebook): Rulebook {
  if (isValidated(book)) return book;
  const parsed = parseRulebook(book);
  if (!parsed.ok) throw new UsageError('eligibility options', parsed.issues.map((i) => ({ ...i, field: `rulebook.${i.field}`, path: ['rulebook', ...i.path] })));
  return parsed.value;
}

function trustedPolicy(policy: unknown, path: PathSegment[]): CreditorPolicy {
  if (typeof policy === 'string') {
    const preset = (CREDITOR_PRESETS as Readonly<Record<string, CreditorPolicy>>)[policy];
    return preset ?? misuse(path, 'unknown_preset', `Unknown creditor preset; expected one of: ${Object.keys(CREDITOR_PRESETS).join(', ')}`);
  }
  if (typeof policy === 'object' && policy !== null && isValidated(policy)) return policy as CreditorPolicy;
  const parsed = parseCreditorPolicy(policy);
  if (!parsed.ok) throw new UsageError('eligibility options', parsed.issues.map((i) => ({ ...i, field: `${path.join('.')}.${i.field}`, path: [...path, ...i.path] })));
  return parsed.value;
}

/** Options read once: the date, the rulebook and the creditor policies, all validated. @internal */
export interface ReadOptions {
  readonly asOf: IsoDate;
  readonly day: number;
  readonly book: Rulebook;
  readonly policy: CreditorPolicy | undefined;
  readonly byCreditor: ReadonlyMap<string, CreditorPolicy> | undefined;
}

/**
 * Read and validate the options of an assessment; throws `UsageError` (from `vroegsignalering/model`) when they are wrong.
 * @internal
 */
export function readOptions(options: EligibilityOptions): ReadOptions {
  if (typeof options !== 'object' || options === null) misuse([], 'invalid_type', 'Expected an options object with asOf');
  const { iso, day } = readAsOf(options.asOf);
  const book = options.rulebook === undefined ? DEFAULT_RULEBOOK : trustedRulebook(options.rulebook);
  const policy = options.creditorPolicy === undefined ? undefined : trustedPolicy(options.creditorPolicy, ['creditorPolicy']);
  const policies = options.creditorPolicies;
  const byCreditor = policies === undefined
    ? undefined
    : new Map(Object.entries(policies).map(([id, p]) => [id, trustedPolicy(p, ['creditorPolicies', id])] as const));
  return { asOf: iso, day, book, policy, byCreditor };
}

/** The creditor policy that applies to a case under the options, if any. @internal */
export function policyFor(o: ReadOptions, c: ArrearsCase): CreditorPolicy | undefined {
  if (o.policy !== undefined || o.byCreditor === undefined || c.creditorId === undefined) return o.policy;
  return o.byCreditor.get(c.creditorId);
}

const plain = new WeakMap<Rulebook, CompiledRulebook>();
const withPolicy = new WeakMap<Rulebook, WeakMap<CreditorPolicy, CompiledRulebook>>();
let lastBook: Rulebook | null = null;
let lastPolicy: CreditorPolicy | undefined;
let lastCompiled: CompiledRulebook | null = null;

/**
 * The compiled form of a validated rulebook with a validated policy: compiled once per pair and
 * kept while the rulebook is reachable. Both are deeply frozen, so the compiled form cannot go
 * stale; it holds only closures and frozen reasons, so sharing it is not observable.
 * @internal
 */
export function compiledFor(book: Rulebook, policy: CreditorPolicy | undefined): CompiledRulebook {
  if (book === lastBook && policy === lastPolicy && lastCompiled !== null) return lastCompiled;
  let out: CompiledRulebook | undefined;
  if (policy === undefined) {
    out = plain.get(book);
    if (!out) plain.set(book, (out = compileRulebook(book)));
  } else {
    let byPolicy = withPolicy.get(book);
    if (!byPolicy) withPolicy.set(book, (byPolicy = new WeakMap()));
    out = byPolicy.get(policy);
    if (!out) byPolicy.set(policy, (out = compileRulebook(book, policy)));
  }
  lastBook = book;
  lastPolicy = policy;
  lastCompiled = out;
  return out;
}
