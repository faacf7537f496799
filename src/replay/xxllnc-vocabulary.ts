/**
 * The free texts of an xxllnc export read as the library's vocabulary: creditor type → sector,
 * type of signal → kind. Patterns are tried in order; the first that matches wins.
 * @module
 */
import type { Sector, SignalKind } from '../model/index.js';

/** "Type melder" patterns and the sector they mean. @category Vendor exports */
export const CREDITOR_TYPE_SECTORS: ReadonlyArray<readonly [RegExp, Sector]> = [
  [/zorg|cak/i, 'health-insurance'],
  [/energie|gas|elektr/i, 'energy'],
  [/water/i, 'water'],
  [/woning|huur|verhuur|corporatie/i, 'housing'],
  [/hypotheek/i, 'mortgage'],
];

/** "Type melding" patterns and the signal kind they mean; anything else is an early signal. @category Vendor exports */
export const SIGNAL_TYPE_KINDS: ReadonlyArray<readonly [RegExp, SignalKind]> = [
  [/eindelever|einde levering|afsluit/i, 'end-of-supply'],
  [/warm/i, 'warm-referral'],
  [/ontruim|uitzet/i, 'eviction-notice'],
  [/cak|wanbetaler/i, 'cak-list'],
];

/** The first value whose pattern matches the text, or `null`. @category Vendor exports */
export function lookupPattern<T>(table: ReadonlyArray<readonly [RegExp, T]>, textValue: string): T | null {
  for (const [pattern, value] of table) if (pattern.test(textValue)) return value;
  return null;
}
