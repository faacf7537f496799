/**
 * The ONE place where the policy playground calls the library. The page (`main.ts`) and the
 * build script see only the plain shapes below, so a change in the triage API (names, result
 * shape) is fixed here and nowhere else.
 *
 * Browser side: presets, policy validation (`parsePolicy`: path + message per problem),
 * compiling, reading the sample (`parseTriageInput`, once), triaging a month (`triageBatch`),
 * explaining one decision (`explainTriage`), the channel names and the JSON Schema. Build side (run in Node by
 * `scripts/build-playground.mjs`, tree-shaken out of the page): the bundled synthetic sample
 * prepared by the replay module (detection of matches, recidivism and draggers), reduced to
 * what triage reads.
 * @module
 */
import { parseSample, prepareSample as prepareReplaySample } from '../src/replay/index.js';
import {
  CHANNEL_NAMES, CHANNELS, compilePolicy, explainTriage, parsePolicy, parseTriageInput, policyJsonSchema,
  PRESET_NAMES, PRESETS, triageBatch, type Channel, type CompiledPolicy, type TriageDecision, type TriageInput,
} from '../src/triage/index.js';

export type { Channel };

/** A display language of the page and the explanations. */
export type Lang = 'nl' | 'en';

/** One embedded sample signal, parsed by triage (so a batch takes it as it is). */
export type SampleInput = TriageInput;

/** A policy problem: where (dotted path) and what. */
export interface PolicyProblem {
  readonly path: string;
  readonly message: string;
}

/** A policy that validated and compiled, with the figures the page shows. */
export interface CheckedPolicy {
  readonly label: string;
  readonly ruleCount: number;
  /** Monthly capacity per limited channel. */
  readonly capacity: Readonly<Partial<Record<Channel, number>>>;
  readonly compiled: CompiledPolicy;
}

/** The outcome of checking a policy text. */
export type PolicyCheck = { readonly ok: true; readonly policy: CheckedPolicy } | { readonly ok: false; readonly problems: readonly PolicyProblem[] };

/** One decision, as the page shows it. */
export interface Decision {
  readonly signalId: string;
  readonly rule: string;
  readonly channel: Channel;
  /** True when capacity (a full channel) moved the signal away from the channel its rule chose. */
  readonly overflowed: boolean;
}

/** One line of an explanation. */
export interface ExplanationLine {
  readonly outcome: string;
  readonly text: string;
}

/** Every channel, in the library's order. */
export const ALL_CHANNELS: readonly Channel[] = CHANNELS;

/** The preset names (M1–M6 and the study's "above €500 home visit"). */
export const PRESET_LIST: readonly string[] = PRESET_NAMES;

/** A channel's name in a language. */
export function channelName(channel: Channel, lang: Lang): string {
  return CHANNEL_NAMES[channel][lang];
}

/** A preset as the JSON text a municipality would keep, pointing editors at the shipped schema. */
export function presetText(name: string): string {
  const preset = PRESETS[name as keyof typeof PRESETS];
  return `${JSON.stringify({ $schema: policyJsonSchema()['$id'], ...preset }, null, 2)}\n`;
}

/** The shipped JSON Schema of the policy format (as `schema/policy.schema.json`: two-space indent, final newline). */
export function schemaText(): string {
  return `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
}

/**
 * Check a parsed JSON value as a policy with the library's own parser (shape, then the checks on
 * the whole policy: shadowed rules, empty ranges, fallback loops), and compile it.
 */
export function checkPolicy(json: unknown): PolicyCheck {
  const parsed = parsePolicy(json);
  if (!parsed.ok) return { ok: false, problems: parsed.issues.map((i) => ({ path: i.field, message: i.message })) };
  const policy = parsed.value;
  return {
    ok: true,
    policy: { label: `${policy.name} ${policy.version}`, ruleCount: policy.rules.length, capacity: { ...policy.capacity }, compiled: compilePolicy(policy) },
  };
}

/** The month (`YYYY-MM`) a sample signal was received in. */
export function monthOf(input: SampleInput): string {
  return input.signal.receivedDate.slice(0, 7);
}

/** What the page shows of a signal in lists: id, amount, creditor sector. */
export function signalSummary(input: SampleInput): { id: string; amount: string; sector: string } {
  return { id: input.signal.id, amount: input.signal.arrears.total, sector: input.signal.creditor.sector };
}

/** A month's decisions, in input order (the inputs are parsed, so no item is refused). */
function decideMonth(policy: CheckedPolicy, inputs: readonly SampleInput[]): TriageDecision[] {
  return triageBatch(inputs, policy.compiled).map((item) => {
    if (!item.ok) throw new Error(`sample signal ${item.index + 1} was refused: ${item.issues.map((i) => i.field).join(', ')}`);
    return item.value;
  });
}

/** Triage one month's signals: they compete for that month's capacity in the policy's priority order. */
export function triageMonth(policy: CheckedPolicy, inputs: readonly SampleInput[]): Decision[] {
  return decideMonth(policy, inputs).map((d) => ({
    signalId: d.signalId,
    rule: d.rule,
    channel: d.channel,
    overflowed: d.moves.some((m) => m.because === 'full'),
  }));
}

/**
 * The explanation of one signal's decision in its month, rule by rule, in a language. Triages
 * the month again (cheap) so that the place in the priority order is the batch's.
 */
export function explainDecision(policy: CheckedPolicy, inputs: readonly SampleInput[], position: number, lang: Lang): ExplanationLine[] {
  const decision = decideMonth(policy, inputs)[position]!;
  return explainTriage(inputs[position]!, policy.compiled, decision).map((r) => ({ outcome: r.outcome, text: r.message[lang] }));
}

/**
 * One signal of the embedded sample, reduced to what triage reads: no names, birth dates,
 * addresses or contact details (only whether a phone number / e-mail address is known), and a
 * context without the facts that equal their defaults (single, not signalled before, …).
 */
export interface SampleSignal {
  readonly id: string;
  readonly kind: string;
  readonly creditor: { readonly id: string; readonly sector: string };
  readonly receivedDate: string;
  readonly total: string;
  readonly phone?: true;
  readonly email?: true;
  readonly context?: Readonly<Record<string, unknown>>;
}

/** Placeholders for the fields a signal must have but triage never reads. */
const PLACEHOLDER = { postcode: '9999ZZ', phone: '(bekend)', email: 'bekend@example.org' } as const;

/** An embedded sample signal as a raw triage input (placeholders where triage reads only "known"). */
export function rawSampleInput(s: SampleSignal): unknown {
  const debtor: Record<string, unknown> = { name: { surname: s.id } };
  if (s.phone) debtor['phone'] = PLACEHOLDER.phone;
  if (s.email) debtor['email'] = PLACEHOLDER.email;
  return {
    signal: { id: s.id, kind: s.kind, creditor: s.creditor, receivedDate: s.receivedDate, debtor, address: { postcode: PLACEHOLDER.postcode, houseNumber: 1 }, arrears: { total: s.total } },
    context: s.context ?? {},
  };
}

/** An embedded sample signal parsed by triage, once (then every batch takes it as it is). */
export function sampleInput(s: SampleSignal): SampleInput {
  const parsed = parseTriageInput(rawSampleInput(s));
  if (!parsed.ok) throw new Error(`sample signal ${s.id} does not parse: ${parsed.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
  return parsed.value;
}

/** A context without the facts that read the same when absent (docs/triage.md, "Inputs"). */
function leanContext(input: SampleInput): Record<string, unknown> | undefined {
  const lean: Record<string, unknown> = { ...input.context };
  const m = input.context?.match;
  const own = input.signal.creditor.sector;
  if (m && !m.isMatch && (m.creditorCount ?? 1) === 1 && (m.totalAmount ?? input.signal.arrears.total) === input.signal.arrears.total && (m.sectors ?? [own]).every((x) => x === own)) delete lean['match'];
  for (const [key, value] of Object.entries(lean)) if (value === undefined || value === null || value === false) delete lean[key];
  return Object.keys(lean).length > 0 ? lean : undefined;
}

/**
 * Build side: the bundled synthetic sample (JSONL text) through the replay module's steps before
 * triage (detection of matches, recidivism, draggers; age on the signal date), reduced to
 * {@link SampleSignal}s.
 */
export function prepareSample(jsonl: string, asOf: string): SampleSignal[] {
  const records = parseSample(jsonl.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as unknown)).map((r, n) => {
    if (!r.ok) throw new Error(`sample record ${n + 1}: ${r.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
    return r.value;
  });
  return prepareReplaySample(records, { asOf }).inputs.map((input) => {
    const { signal } = input;
    const context = leanContext(input);
    return {
      id: signal.id, kind: signal.kind, creditor: { id: signal.creditor.id, sector: signal.creditor.sector }, receivedDate: signal.receivedDate, total: signal.arrears.total,
      ...(signal.debtor.phone !== undefined ? { phone: true as const } : {}),
      ...(signal.debtor.email !== undefined ? { email: true as const } : {}),
      ...(context ? { context } : {}),
    };
  });
}
