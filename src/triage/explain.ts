import { type LocalizedText, type Reason, type SourceRef } from '../model/index.js';
import { text } from '../model/internal.js';
import { holds, type CompiledCondition } from './conditions.js';
import type { CompiledPolicy } from './compile.js';
import type { TriageInput } from './context.js';
import { describeCondition, observedValue, type Observed } from './describe.js';
import { emptyFacts, fillFacts } from './facts.js';
import type { ChannelMove } from './resolve.js';
import type { TriageResult } from './triage.js';
import { CHANNEL_NAMES, EXECUTOR_NAMES } from './vocabulary.js';
import type { Facts } from './conditions.js';

function ruleSource(cp: CompiledPolicy, ruleIndex: number): SourceRef {
  const rule = cp.policy.rules[ruleIndex];
  if (!rule) return { ...cp.source, clause: 'anders (otherwise)' };
  return { ...cp.source, clause: rule.source ?? `regel ${rule.id}` };
}

function shownValue(seen: Observed): LocalizedText {
  if (seen === null) return text('onbekend', 'unknown');
  if (typeof seen === 'boolean') return seen ? text('ja', 'yes') : text('nee', 'no');
  return text(String(seen), String(seen));
}

function conditionReason(cp: CompiledPolicy, r: number, c: CompiledCondition, f: Facts, input: TriageInput): Reason {
  const rule = cp.policy.rules[r]!;
  const expected = describeCondition(c.key, rule.when, cp.policy);
  const seen = observedValue(c.key, rule.when, f, input);
  const ok = holds(c, f);
  const shown = shownValue(seen);
  return {
    code: ok ? 'triage.condition.holds' : 'triage.condition.fails',
    outcome: ok ? 'pass' : 'fail',
    values: { rule: rule.id, condition: c.key, observed: seen },
    source: ruleSource(cp, r),
    message: ok
      ? text(`Regel '${rule.id}': ${expected.nl} (gezien: ${shown.nl})`, `Rule '${rule.id}': ${expected.en} (seen: ${shown.en})`)
      : text(`Regel '${rule.id}' geldt niet: ${expected.nl} gevraagd, gezien: ${shown.nl}`, `Rule '${rule.id}' does not apply: ${expected.en} required, seen: ${shown.en}`),
  };
}

const MOVE_TEXT: Readonly<Record<ChannelMove['because'], { nl: string; en: string }>> = {
  full: { nl: 'capaciteit vol', en: 'capacity full' },
  'no-phone': { nl: 'geen telefoonnummer bekend', en: 'no phone number known' },
  'no-email': { nl: 'geen e-mailadres bekend', en: 'no e-mail address known' },
  'capacity-left': { nl: 'restcapaciteit na de hele batch', en: 'capacity left after the whole batch' },
};

function moveReason(cp: CompiledPolicy, m: ChannelMove): Reason {
  const why = MOVE_TEXT[m.because];
  const cap = m.capacity !== undefined ? ` (${m.capacity}/maand)` : '';
  const capEn = m.capacity !== undefined ? ` (${m.capacity}/month)` : '';
  const how = m.viaFallback ? text('terugvalkanaal', 'fallback') : text('geen terugvalkanaal in het beleid', 'no fallback in the policy');
  return {
    code: `triage.move.${m.because}`,
    outcome: 'info',
    values: { from: m.from, to: m.to, because: m.because, viaFallback: m.viaFallback, capacity: m.capacity ?? null },
    source: { ...cp.source, clause: m.because === 'capacity-left' ? 'ifCapacityLeft' : `fallbacks.${m.from}` },
    message: text(
      `${CHANNEL_NAMES[m.from].nl} → ${CHANNEL_NAMES[m.to].nl}: ${why.nl}${cap}; ${how.nl}`,
      `${CHANNEL_NAMES[m.from].en} → ${CHANNEL_NAMES[m.to].en}: ${why.en}${capEn}; ${how.en}`,
    ),
  };
}

/**
 * The full explanation of a triage result: the policy, each earlier rule and the condition that
 * kept it from applying, the deciding rule with every condition and the value it saw, each
 * move (full, missing contact data, upgrade), the signal's place in the priority order and the
 * final channel and executor. Works for results of `triage` and `triageBatch` alike.
 * @example
 * const result = triage(m4, input);
 * for (const reason of explainTriage(m4, input, result)) console.log(reason.message.nl);
 * @category Triage
 */
export function explainTriage(compiled: CompiledPolicy, input: TriageInput, result: TriageResult): Reason[] {
  const { policy } = compiled;
  const f = fillFacts(emptyFacts(), input, compiled.outcomeBits);
  const reasons: Reason[] = [{
    code: 'triage.policy',
    outcome: 'info',
    values: { policy: policy.name, version: policy.version, effectiveFrom: policy.effectiveFrom },
    source: compiled.source,
    message: text(
      `Triagebeleid ${policy.name}, versie ${policy.version}, geldig vanaf ${policy.effectiveFrom}`,
      `Triage policy ${policy.name}, version ${policy.version}, effective from ${policy.effectiveFrom}`,
    ),
  }];
  const decided = result.ruleIndex < 0 ? policy.rules.length : result.ruleIndex;
  for (let r = 0; r < decided; r++) {
    const failing = compiled.conditions[r]!.find((c) => !holds(c, f));
    if (failing) reasons.push(conditionReason(compiled, r, failing, f, input));
  }
  const rule = policy.rules[decided];
  const chosen = CHANNEL_NAMES[result.decided];
  reasons.push({
    code: rule ? 'triage.rule.decided' : 'triage.rule.otherwise',
    outcome: rule ? 'pass' : 'info',
    values: { rule: result.rule, channel: result.decided },
    source: ruleSource(compiled, decided),
    message: rule
      ? text(`Regel '${rule.id}' beslist: ${chosen.nl}${rule.description ? ` — ${rule.description}` : ''}`, `Rule '${rule.id}' decides: ${chosen.en}`)
      : text(`Geen regel van toepassing; anders: ${chosen.nl}`, `No rule applies; otherwise: ${chosen.en}`),
  });
  if (rule) for (const c of compiled.conditions[decided]!) reasons.push(conditionReason(compiled, decided, c, f, input));
  for (const m of result.moves) reasons.push(moveReason(compiled, m));
  if (result.rank !== null) {
    const order = policy.priority.join(' → ');
    reasons.push({
      code: 'triage.priority',
      outcome: 'info',
      values: { rank: result.rank, priority: order },
      source: { ...compiled.source, clause: 'priority' },
      message: text(
        `Nummer ${result.rank} in de volgorde van de capaciteitsverdeling (${order}; daarna signaaldatum en ID)`,
        `Number ${result.rank} in the order capacity was shared out (${order}; then received date and id)`,
      ),
    });
  }
  const also = result.also.length > 0 ? result.also : null;
  reasons.push({
    code: 'triage.channel',
    outcome: 'pass',
    values: { channel: result.channel, executor: result.executor, also: also && also.join(',') },
    source: ruleSource(compiled, decided),
    message: text(
      `Kanaal: ${CHANNEL_NAMES[result.channel].nl}, uitvoering: ${EXECUTOR_NAMES[result.executor].nl}${also ? `; daarnaast: ${also.map((c) => CHANNEL_NAMES[c].nl).join(', ')}` : ''}`,
      `Channel: ${CHANNEL_NAMES[result.channel].en}, executed by: ${EXECUTOR_NAMES[result.executor].en}${also ? `; also: ${also.map((c) => CHANNEL_NAMES[c].en).join(', ')}` : ''}`,
    ),
  });
  return reasons;
}
