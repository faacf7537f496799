import type { PolicyInput } from '../policy-shape.js';
import { ABOVE_500_HOME_VISIT } from './above-500.js';
import { M1 } from './m1.js';
import { M2 } from './m2.js';
import { M3 } from './m3.js';
import { M4 } from './m4.js';
import { M5 } from './m5.js';
import { M6 } from './m6.js';


/**
 * The presets by name: the six municipalities of the study (De signaalreis, 003, Bijlage 1)
 * and the "everything above €500 gets a home visit" policy. Each preset's `description` lists
 * the choices made where the study's text is not exact.
 * @example
 * const m4 = compilePolicy(PRESETS.M4);
 * @category Presets
 */
export const PRESETS = {
  M1, M2, M3, M4, M5, M6, 'above-500-home-visit': ABOVE_500_HOME_VISIT,
} satisfies Record<string, PolicyInput>;

/** A preset name. @category Presets */
export type PresetName = keyof typeof PRESETS;

/** The preset names, in order. @category Presets */
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

/** Whether a string names a preset (anything that is not text does not). @category Presets */
export function isPresetName(name: string): name is PresetName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(PRESETS, name);
}
