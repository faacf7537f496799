/**
 * The jobs a worker runs: each is a core function applied to one part of the input, with its
 * arguments as JSON bytes. The same table runs them on the main thread when one worker is asked
 * for, so that both ways share one code path.
 * @module
 */
import { detectMatches, type DetectionOptions } from '../detection/index.js';
import { createRegisterIndex, matchSignals, type MatchOptions, type RegisterIndex, type RegisterIndexOptions, type RegisterRecord } from '../matching/index.js';
import { compilePolicy, triageBatch, type Capacities, type Policy } from '../triage/index.js';

/** A job: the task's name, and its arguments. */
export type Job =
  | { readonly task: 'detect'; readonly inputs: readonly unknown[]; readonly options: Partial<DetectionOptions> }
  | { readonly task: 'match'; readonly inputs: readonly unknown[]; readonly register: readonly RegisterRecord[]; readonly indexOptions: RegisterIndexOptions; readonly options: MatchOptions }
  | { readonly task: 'triage'; readonly inputs: readonly unknown[]; readonly policy: Policy; readonly capacities: Capacities | undefined };

/** What a worker keeps between jobs: the last register index it built, for the next job on the same register. */
export interface JobMemo {
  register?: readonly RegisterRecord[];
  index?: RegisterIndex;
}

/** Run one job. */
export function runJob(job: Job, memo: JobMemo = {}): unknown {
  switch (job.task) {
    case 'detect':
      return [...detectMatches(job.inputs, job.options)]; // every item built: they cross to the caller's thread
    case 'match': {
      if (memo.register !== job.register || memo.index === undefined) {
        memo.register = job.register;
        memo.index = createRegisterIndex(job.register, job.indexOptions);
      }
      return matchSignals(job.inputs, memo.index, job.options);
    }
    case 'triage':
      return triageBatch(job.inputs, compilePolicy(job.policy), job.capacities === undefined ? {} : { capacities: job.capacities });
  }
}
