import type { TransitionRule } from './transitions.js';
import { TRANSITIONS } from './transitions.js';
import { CASE_STATES, type CaseState } from './states.js';

/** Mermaid state ids may not contain hyphens: `manual-review` becomes `manual_review`. */
function mermaidId(state: CaseState): string {
  return state.replaceAll('-', '_');
}

/**
 * Draw the transition table as a Mermaid state diagram. Edges between the same two states are
 * merged (their events joined by `/`); events that leave the state unchanged (contact attempts
 * without result, `signal-added`, `feedback-sent`) are left out to keep the picture readable —
 * the docs list them. The docs embed this output and a test keeps them in sync.
 * @example
 * stateDiagram().split('\n')[0] // 'stateDiagram-v2'
 * @category Lifecycle
 */
export function stateDiagram(rules: readonly TransitionRule[] = TRANSITIONS): string {
  const edges = new Map<string, string[]>();
  for (const rule of rules) {
    for (const from of rule.from) {
      const to = rule.to === 'unchanged' ? from : rule.to;
      if (to === from) continue;
      const key = `${mermaidId(from)} --> ${mermaidId(to)}`;
      const events = edges.get(key) ?? [];
      if (!events.includes(rule.event)) events.push(rule.event);
      edges.set(key, events);
    }
  }
  const lines = ['stateDiagram-v2'];
  for (const state of CASE_STATES) if (mermaidId(state) !== state) lines.push(`  state "${state}" as ${mermaidId(state)}`);
  lines.push('  [*] --> received: openCase');
  for (const [key, events] of edges) lines.push(`  ${key}: ${events.join(' / ')}`);
  lines.push('  closed --> [*]');
  return lines.join('\n');
}
