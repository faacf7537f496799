/**
 * Bilingual messages: Dutch for municipal staff, English for developers.
 * @module
 */

/** A message in Dutch (for the people who act on it) and English (for developers). */
export interface LocalizedText {
  /** Dutch text, for municipal and creditor staff. */
  readonly nl: string;
  /** English text, for developers and logs. */
  readonly en: string;
}

/**
 * Build a {@link LocalizedText}.
 * @example
 * text('Signaal is te laat', 'Signal is too late')
 * @category Explanations
 */
export function text(nl: string, en: string): LocalizedText {
  return { nl, en };
}
