/**
 * Figures of a matcher's decisions against the evaluation set's truth, overall and per failure
 * mode: automatic links to the right person, the share sent to review, precision of automatic
 * links and the count of wrong ones. A review is not counted as found: several municipalities
 * drop their fallout unread (DOMAIN.md §2).
 * @module
 */
import { FAILURE_MODES, type FailureMode, type SignalTruth } from './signals.js';

/** What a matcher decided for a signal, in the set's own terms. */
export type LinkDecision = 'link' | 'review' | 'no-link';

/** One signal's outcome: the decision and, for a link, the linked person's BSN. */
export interface SignalOutcome {
  readonly signalId: string;
  readonly decision: LinkDecision;
  /** The BSN linked automatically; null unless `decision` is `link`. */
  readonly bsn: string | null;
}

/** Figures of a group of signals. */
export interface ModeFigures {
  readonly signals: number;
  /** Signals about a registered person whom their facts single out. */
  readonly identifiable: number;
  /** Automatic links to the right person over identifiable signals; null when there are none. */
  readonly autoLinkRecall: number | null;
  /** Signals sent to review over all signals. */
  readonly reviewShare: number;
  /** Automatic links to the right person over all automatic links; null when there are none. */
  readonly precision: number | null;
  /** Automatic links to another person than the signal's, or to anyone for a person not in the register. */
  readonly wrongLinks: number;
  readonly links: number;
  readonly reviews: number;
}

/** Figures overall and per failure mode. */
export interface EvaluationFigures extends ModeFigures {
  readonly byMode: Readonly<Record<FailureMode, ModeFigures>>;
}

/** Running counts of a group. */
class Tally {
  signals = 0;
  identifiable = 0;
  rightAutoLinks = 0;
  links = 0;
  rightLinks = 0;
  reviews = 0;

  add(truth: SignalTruth, outcome: SignalOutcome): void {
    this.signals++;
    if (truth.identifiable) this.identifiable++;
    if (outcome.decision === 'review') this.reviews++;
    if (outcome.decision !== 'link') return;
    this.links++;
    const right = truth.bsn !== null && outcome.bsn === truth.bsn;
    if (right) this.rightLinks++;
    if (right && truth.identifiable) this.rightAutoLinks++;
  }

  figures(): ModeFigures {
    return {
      signals: this.signals,
      identifiable: this.identifiable,
      autoLinkRecall: this.identifiable === 0 ? null : this.rightAutoLinks / this.identifiable,
      reviewShare: this.signals === 0 ? 0 : this.reviews / this.signals,
      precision: this.links === 0 ? null : this.rightLinks / this.links,
      wrongLinks: this.links - this.rightLinks,
      links: this.links,
      reviews: this.reviews,
    };
  }
}

/**
 * Compare a matcher's outcomes with the truth. Every signal of the truth needs exactly one
 * outcome (matched by signal id); throws otherwise, since figures over a partial run would lie.
 * @example
 * const figures = evaluate(set.truth, outcomes);
 * figures.byMode['surname-prefix'].autoLinkRecall // e.g. 0.85
 */
export function evaluate(truth: readonly SignalTruth[], outcomes: readonly SignalOutcome[]): EvaluationFigures {
  const byId = new Map<string, SignalOutcome>();
  for (const o of outcomes) {
    if (byId.has(o.signalId)) throw new Error(`two outcomes for signal ${o.signalId}`);
    byId.set(o.signalId, o);
  }
  if (byId.size !== truth.length) throw new Error(`${truth.length} signals but ${byId.size} outcomes`);
  const all = new Tally();
  const modes = new Map<FailureMode, Tally>(FAILURE_MODES.map((m) => [m, new Tally()]));
  for (const t of truth) {
    const outcome = byId.get(t.signalId);
    if (outcome === undefined) throw new Error(`no outcome for signal ${t.signalId}`);
    all.add(t, outcome);
    modes.get(t.mode)!.add(t, outcome);
  }
  const byMode = Object.fromEntries([...modes].map(([m, tally]) => [m, tally.figures()])) as Record<FailureMode, ModeFigures>;
  return { ...all.figures(), byMode };
}
