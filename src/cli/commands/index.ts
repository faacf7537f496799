import type { Command } from 'commander';
import { registerValidate } from './validate.js';
import { registerEligibility } from './eligibility.js';
import { registerFeedback } from './feedback.js';
import { registerTriage } from './triage.js';
import { registerPlan } from './plan.js';
import { registerDetect } from './detect.js';
import { registerReplay } from './replay.js';
import { registerMatch } from './match.js';
import { registerImportXxllnc } from './import-xxllnc.js';
import { registerResearch } from './research.js';
import { registerRecommend } from './recommend.js';

/** Every CLI command, registered in the order `--help` lists them. */
export const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  registerValidate,
  registerEligibility,
  registerMatch,
  registerDetect,
  registerTriage,
  registerPlan,
  registerFeedback,
  registerReplay,
  registerImportXxllnc,
  registerResearch,
  registerRecommend,
];
