/**
 * Options of {@link replay} and {@link comparePolicies}, with their zod schema for the parts
 * replay checks itself (the policy, capacities and module options are checked by their modules).
 * @module
 */
import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../model/index.js';
import type { DetectionOptions } from '../detection/index.js';
import type { EligibilityOptions } from '../eligibility/index.js';
import type { MatchOptions, RegisterIndex, RegisterRecord } from '../matching/index.js';
import type { Capacities, CompiledPolicy, PolicyInput, PresetName } from '../triage/index.js';

/** A policy: a preset name (`M4`), a policy (JSON or `definePolicy`), or a compiled policy. @category Replay */
export type PolicyRef = PresetName | PolicyInput | CompiledPolicy;

/** Progress of a long replay, for a progress bar: the step that starts (or, for `triage`, goes on), and how far it is. @category Replay */
export type ProgressListener = (step: 'eligibility' | 'register' | 'detection' | 'context' | 'triage' | 'contacts' | 'figures', done: number, total: number) => void;

/** What every replay step shares: the date, the register, the modules' options. @category Replay */
export interface PipelineOptions {
  /** The replay date: deadlines still open on it count as open; signals later than it are still replayed. */
  readonly asOf: IsoDate;
  /** A register to check residents against (an index, or records to index); only records with names and full addresses are checked. */
  readonly register?: RegisterIndex | readonly RegisterRecord[];
  /** Options of register matching. */
  readonly match?: MatchOptions;
  /** Options of detection (windows, thresholds). */
  readonly detection?: Partial<DetectionOptions>;
  /** Options of the eligibility check, for records that carry creditor fields (`eligibility`); `asOf` is each signal's date. */
  readonly eligibility?: Omit<EligibilityOptions, 'asOf'>;
  /** Called as the replay goes, e.g. to draw a progress bar. */
  readonly onProgress?: ProgressListener;
}

/** Options of {@link replay}. @category Replay */
export interface ReplayOptions extends PipelineOptions {
  /** The triage policy. */
  readonly policy: PolicyRef;
  /** Monthly capacity per channel, overriding the policy's (e.g. `{ 'home-visit': 30 }`). */
  readonly capacities?: Capacities;
}

/** The checked shape of the options replay reads itself. @category Replay */
export const PipelineOptionsSchema = z.object({
  asOf: z.string().refine(isIsoDate, { message: 'Expected a date as YYYY-MM-DD' }),
});
