/**
 * The page's own words (`words.json`) in Dutch (for the municipal staff who try a policy) and
 * English. The explanations and channel names come from the library itself (see `adapter.ts`).
 * @module
 */
import type { Lang } from './adapter.js';
import words from './words.json';

/** Every word of the page, Dutch and English (data in `words.json`, bundled into the page). */
const WORDS: Readonly<Record<keyof typeof words, Readonly<Record<Lang, string>>>> = words;

/** A word of the page. */
export type WordKey = keyof typeof WORDS;

/** The page's text for a key in a language, with `{name}` placeholders filled in. */
export function t(lang: Lang, key: WordKey, values: Readonly<Record<string, string | number>> = {}): string {
  return WORDS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Whether a string names a word of the page (for `data-i18n` attributes). */
export function isWordKey(key: string): key is WordKey {
  return Object.prototype.hasOwnProperty.call(WORDS, key);
}
