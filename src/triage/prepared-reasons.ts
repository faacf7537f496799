import { type Reason, type SourceRef } from '../model/index.js';
import { reason, text } from '../model/internal.js';
import type { CompiledCondition } from './conditions.js';
import { describeCondition } from './describe.js';
import type { Policy } from './policy-shape.js';
import type { ChannelMove, MoveCause } from './moves.js';
import { preparePickUpReasons, type PickUpReasons } from './pick-up-outcome.js';
import { CHANNEL_NAMES, CHANNELS, type Channel } from './vocabulary.js';

/**
 * The reasons a triage decision carries, prepared once per compiled policy: the deciding rule
 * (or `otherwise`) with its source, each earlier rule with the condition that kept it from
 * applying, and each move away from the chosen channel with its cause. Decisions share these
 * frozen reasons (and frozen arrays of them), so explaining costs a table lookup, not text.
 * @module
 */

/** What a compiled policy explains its decisions with. @internal */
export interface PreparedReasons {
  /** Per rule, then `otherwise` last: the reason that it decided. */
  readonly decided: readonly Reason[];
  /** Per rule and per condition of the rule: the reason that the rule did not apply. */
  readonly notApplied: readonly (readonly Reason[])[];
  /** Per rule: the reason that it did not apply, without the condition (for policies too large to trail). */
  readonly notAppliedRule: readonly Reason[];
  /** The reason lists made so far, by the pattern of failed conditions and moves (bounded). */
  readonly lists: Map<number, readonly Reason[]>;
  /** Move reasons made so far, with a small id each (never reused), by move (bounded). */
  readonly moves: Map<number, { readonly id: number; readonly reason: Reason }>;
  /** Base of the trail number: the most conditions a rule has. */
  readonly radix: number;
  /** Whether every trail and move pattern fits in a safe integer (else lists are built afresh). */
  readonly cacheable: boolean;
  readonly policySource: SourceRef;
  /** Per action: the channel it chooses. */
  readonly channels: readonly Channel[];
  /** Not-picked-up and referral reasons per action. */
  readonly pickUp: PickUpReasons;
}

/** Bound on the reason lists and move reasons kept per policy. */
const MAX_KEPT = 4096;
/** Move patterns of up to two moves with ids below 63 are kept as one number below this. */
const MOVE_PATTERNS = 4096;

/** Where one rule (or `otherwise`) of a policy comes from. @internal */
export function ruleSource(policy: Policy, source: SourceRef, ruleIndex: number): SourceRef {
  const rule = policy.rules[ruleIndex];
  return Object.freeze({ ...source, clause: rule ? (rule.source ?? `regel ${rule.id}`) : 'anders (otherwise)' });
}

/** Prepare the reasons of a policy. @internal */
export function prepareReasons(
  policy: Policy, source: SourceRef, conditions: readonly (readonly CompiledCondition[])[], actions: readonly { readonly ruleId: string; readonly channel: number }[],
): PreparedReasons {
  const decided = actions.map((a, r) => {
    const rule = policy.rules[r];
    const chosen = CHANNEL_NAMES[CHANNELS[a.channel]!];
    const values = { rule: a.ruleId, channel: CHANNELS[a.channel]! };
    return rule
      ? reason('triage.rule.decided', 'pass', ruleSource(policy, source, r),
        text(`Regel '${rule.id}' beslist: ${chosen.nl}${rule.description ? ` — ${rule.description}` : ''}`, `Rule '${rule.id}' decides: ${chosen.en}`), values)
      : reason('triage.rule.otherwise', 'info', ruleSource(policy, source, r),
        text(`Geen regel van toepassing; anders: ${chosen.nl}`, `No rule applies; otherwise: ${chosen.en}`), values);
  });
  const notApplied = policy.rules.map((rule, r) => conditions[r]!.map((c) => {
    const expected = describeCondition(c.key, rule.when, policy);
    return reason('triage.rule.not-applied', 'fail', ruleSource(policy, source, r),
      text(`Regel '${rule.id}' geldt niet: ${expected.nl} niet voldaan`, `Rule '${rule.id}' does not apply: ${expected.en} not met`),
      { rule: rule.id, condition: c.key });
  }));
  const notAppliedRule = policy.rules.map((rule, r) => reason('triage.rule.not-applied', 'fail', ruleSource(policy, source, r),
    text(`Regel '${rule.id}' geldt niet`, `Rule '${rule.id}' does not apply`), { rule: rule.id, condition: null }));
  const radix = Math.max(1, ...conditions.map((cs) => cs.length));
  const cacheable = policy.rules.length * Math.log2(radix) + Math.log2(actions.length) + Math.log2(MOVE_PATTERNS) < 52;
  return {
    decided, notApplied, notAppliedRule, lists: new Map(), moves: new Map(), radix, cacheable, policySource: source,
    channels: actions.map((a) => CHANNELS[a.channel]!), pickUp: preparePickUpReasons(policy, (r) => ruleSource(policy, source, r)),
  };
}

/** The number of a move pattern (0: no moves), or -1 when it is too long to keep. @internal */
export function movePattern(p: PreparedReasons, moves: readonly ChannelMove[] | null): number {
  if (moves === null || moves.length === 0) return 0;
  if (moves.length > 2) return -1;
  let pattern = 0;
  for (let i = moves.length - 1; i >= 0; i--) {
    const id = moveEntry(p, moves[i]!).id;
    if (id >= 63) return -1;
    pattern = pattern * 64 + id + 1;
  }
  return pattern;
}

/**
 * The reasons of a decision: each earlier rule with the condition that failed (the trail: digit
 * `r` in base `radix`, least significant first, is the position of rule r's first failed
 * condition, as `decide` computes it), the deciding rule, then each move with its cause. Frozen and shared between decisions.
 * @internal
 */
export function decisionReasons(
  p: PreparedReasons, decided: number, trail: number, moves: readonly ChannelMove[] | null, pattern = p.cacheable ? movePattern(p, moves) : -1,
): readonly Reason[] {
  if (pattern < 0 || !p.cacheable) return Object.freeze(listOf(p, decided, trail, moves));
  const key = (trail * p.decided.length + decided) * MOVE_PATTERNS + pattern;
  const kept = p.lists.get(key);
  if (kept !== undefined) return kept;
  const made = Object.freeze(listOf(p, decided, trail, moves));
  if (p.lists.size >= MAX_KEPT) p.lists.clear();
  p.lists.set(key, made);
  return made;
}

/** The list itself; a policy too large for an exact trail names its earlier rules without their conditions. */
function listOf(p: PreparedReasons, decided: number, trail: number, moves: readonly ChannelMove[] | null): Reason[] {
  const out = new Array<Reason>(decided + 1);
  let rest = trail;
  for (let r = 0; r < decided; r++) {
    out[r] = p.cacheable ? p.notApplied[r]![rest % p.radix]! : p.notAppliedRule[r]!;
    rest = Math.floor(rest / p.radix);
  }
  out[decided] = p.decided[decided]!;
  if (moves !== null) for (const m of moves) out.push(moveEntry(p, m).reason);
  const final = moves !== null && moves.length > 0 ? moves[moves.length - 1]!.to : p.channels[decided]!;
  if (final === 'not-picked-up') out.push(p.channels[decided] === 'not-picked-up' ? p.pickUp.notPickedUp[decided]! : p.pickUp.movedToNotPickedUp[decided]!);
  else if (p.pickUp.referral[decided]) out.push(p.pickUp.referral[decided]!);
  return out;
}

const MOVE_TEXT: Readonly<Record<MoveCause, { nl: string; en: string }>> = {
  full: { nl: 'capaciteit vol', en: 'capacity full' },
  'no-phone': { nl: 'geen telefoonnummer bekend', en: 'no phone number known' },
  'no-email': { nl: 'geen e-mailadres bekend', en: 'no e-mail address known' },
  'capacity-left': { nl: 'restcapaciteit na de hele batch', en: 'capacity left after the whole batch' },
};

const CAUSES: readonly MoveCause[] = ['full', 'no-phone', 'no-email', 'capacity-left'];

/** A move as one number: channels, cause, whether a fallback named it, and the capacity. */
function moveKey(m: ChannelMove): number {
  const head = ((CHANNELS.indexOf(m.from) * 16 + CHANNELS.indexOf(m.to)) * 4 + CAUSES.indexOf(m.because)) * 2 + (m.viaFallback ? 1 : 0);
  return head * 2 ** 32 + (m.capacity === undefined ? 0 : Math.min(m.capacity, 2 ** 32 - 2) + 1);
}

/** The reason for one move (full, missing contact data, upgrade), made once per kind of move. @internal */
export function moveReason(p: PreparedReasons, m: ChannelMove): Reason {
  return moveEntry(p, m).reason;
}

function moveEntry(p: PreparedReasons, m: ChannelMove): { readonly id: number; readonly reason: Reason } {
  const key = moveKey(m);
  const kept = p.moves.get(key);
  if (kept !== undefined) return kept;
  const why = MOVE_TEXT[m.because];
  const cap = m.capacity !== undefined ? ` (${m.capacity}/maand)` : '';
  const capEn = m.capacity !== undefined ? ` (${m.capacity}/month)` : '';
  const how = m.viaFallback ? text('terugvalkanaal', 'fallback') : text('geen terugvalkanaal in het beleid', 'no fallback in the policy');
  const made = reason(`triage.move.${m.because}`, 'info',
    Object.freeze({ ...p.policySource, clause: m.because === 'capacity-left' ? 'ifCapacityLeft' : `fallbacks.${m.from}` }),
    text(
      `${CHANNEL_NAMES[m.from].nl} → ${CHANNEL_NAMES[m.to].nl}: ${why.nl}${cap}; ${how.nl}`,
      `${CHANNEL_NAMES[m.from].en} → ${CHANNEL_NAMES[m.to].en}: ${why.en}${capEn}; ${how.en}`,
    ),
    { from: m.from, to: m.to, because: m.because, viaFallback: m.viaFallback, capacity: m.capacity ?? null });
  // Ids are never reused (cached lists refer to them): past the bound, moves are made afresh.
  if (p.moves.size >= MAX_KEPT) return { id: MAX_KEPT, reason: made };
  const entry = { id: p.moves.size, reason: made };
  p.moves.set(key, entry);
  return entry;
}
