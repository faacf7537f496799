import { type LocalizedText, type Reason } from '../model/index.js';
import { reason, text } from '../model/internal.js';
import { holds, type CompiledCondition, type Facts } from './conditions.js';
import { tables, type CompiledPolicy, type PolicyTables } from './compile.js';
import type { TriageInput } from './context.js';
import { describeCondition, observedValue, type Observed } from './describe.js';
import { emptyFacts, fillFacts } from './facts.js';
import { moveReason, ruleSource } from './prepared-reasons.js';
import type { TriageDecision } from './triage.js';
import { CHANNEL_NAMES, EXECUTOR_NAMES } from './vocabulary.js';

function shownValue(seen: Observed): LocalizedText {
  if (seen === null) return text('onbekend', 'unknown');
  if (typeof seen === 'boolean') return seen ? text('ja', 'yes') : text('nee', 'no');
  return text(String(seen), String(seen));
}

function conditionReason(t: PolicyTables, r: number, c: CompiledCondition, f: Facts, input: TriageInput): Reason {
  const rule = t.policy.rules[r]!;
  const expected = describeCondition(c.key, rule.when, t.policy);
  const seen = observedValue(c.key, rule.when, f, input);
  const ok = holds(c, f);
  const shown = shownValue(seen);
  return reason(
    ok ? 'triage.condition.holds' : 'triage.condition.fails',
    ok ? 'pass' : 'fail',
    ruleSource(t.policy, t.source, r),
    ok
      ? text(`Regel '${rule.id}': ${expected.nl} (gezien: ${shown.nl})`, `Rule '${rule.id}': ${expected.en} (seen: ${shown.en})`)
      : text(`Regel '${rule.id}' geldt niet: ${expected.nl} gevraagd, gezien: ${shown.nl}`, `Rule '${rule.id}' does not apply: ${expected.en} required, seen: ${shown.en}`),
    { rule: rule.id, condition: c.key, observed: seen },
  );
}

/**
 * The full explanation of a triage decision, longer than its own `reasons`: the policy, each
 * earlier rule with the condition that kept it from applying and the value it saw, the
 * deciding rule with every condition and the value it saw, each move (full, missing contact
 * data, upgrade), the signal's place in the priority order, why a signal is not picked up (with
 * its feedback code and DDAS result) or where it is referred, and the final channel and executor.
 * Works for decisions of `triage` and `triageBatch` alike.
 * @example
 * const decision = triage(input, m4);
 * for (const r of explainTriage(input, m4, decision)) console.log(r.message.nl);
 * @category Triage
 */
export function explainTriage(input: TriageInput, compiled: CompiledPolicy, decision: TriageDecision): Reason[] {
  const t = tables(compiled);
  const { policy } = t;
  const f = fillFacts(emptyFacts(), input, t.outcomeBits);
  const reasons: Reason[] = [reason('triage.policy', 'info', t.source, text(
    `Triagebeleid ${policy.name}, versie ${policy.version}, geldig vanaf ${policy.effectiveFrom}`,
    `Triage policy ${policy.name}, version ${policy.version}, effective from ${policy.effectiveFrom}`,
  ), { policy: policy.name, version: policy.version, effectiveFrom: policy.effectiveFrom })];
  const decided = decision.ruleIndex < 0 ? policy.rules.length : decision.ruleIndex;
  for (let r = 0; r < decided; r++) {
    const failing = t.conditions[r]!.find((c) => !holds(c, f));
    if (failing) reasons.push(conditionReason(t, r, failing, f, input));
  }
  reasons.push(t.reasons.decided[decided]!);
  if (policy.rules[decided]) for (const c of t.conditions[decided]!) reasons.push(conditionReason(t, decided, c, f, input));
  for (const m of decision.moves) reasons.push(moveReason(t.reasons, m));
  if (decision.rank !== null) {
    const order = policy.priority.join(' → ');
    reasons.push(reason('triage.priority', 'info', Object.freeze({ ...t.source, clause: 'priority' }), text(
      `Nummer ${decision.rank} in de volgorde van de capaciteitsverdeling (${order}; daarna signaaldatum en ID)`,
      `Number ${decision.rank} in the order capacity was shared out (${order}; then received date and id)`,
    ), { rank: decision.rank, priority: order }));
  }
  for (const r of decision.reasons) if (r.code === 'triage.not-picked-up' || r.code === 'triage.referral') reasons.push(r);
  const also = decision.also.length > 0 ? decision.also : null;
  reasons.push(reason('triage.channel', 'pass', ruleSource(policy, t.source, decided), text(
    `Kanaal: ${CHANNEL_NAMES[decision.channel].nl}, uitvoering: ${EXECUTOR_NAMES[decision.executor].nl}${also ? `; daarnaast: ${also.map((c) => CHANNEL_NAMES[c].nl).join(', ')}` : ''}`,
    `Channel: ${CHANNEL_NAMES[decision.channel].en}, executed by: ${EXECUTOR_NAMES[decision.executor].en}${also ? `; also: ${also.map((c) => CHANNEL_NAMES[c].en).join(', ')}` : ''}`,
  ), { channel: decision.channel, executor: decision.executor, also: also && also.join(',') }));
  return reasons;
}
