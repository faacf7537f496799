/**
 * Replay's steps for the library's own tools (synthetic histories, the playground's build):
 * the sample prepared for triage, and triage month by month. Not part of the package's public
 * API: import it only from inside this repository.
 * @internal
 * @module
 */
export { completePreparation, prepareSample, prepareSignals, type PreparedSample, type PreparedSignals } from './prepare.js';
export { replayPrepared } from './replay.js';
export { compilePolicyRef, triageByMonth } from './triage-months.js';
export { returnAfterClose } from './return-after-close.js';
export { groupCases } from './sample-cases.js';
