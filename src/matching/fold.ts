/**
 * Text folding shared by every normaliser: lower case, diacritics removed, ligatures and
 * special letters spelled out, apostrophes unified. Folded text is a comparison form, not
 * something to display.
 * @module
 */

const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', ı: 'i', þ: 'th', ŀ: 'l',
};
const SPECIAL_RE = /[ßøæœłđðıþŀ]/g;
const COMBINING_RE = /[\u0300-\u036f]/g;
const APOSTROPHE_RE = /[’‘`´ʼ′]/g;
const ASCII_RE = /^[\x20-\x7e]*$/;

/**
 * Fold text for comparison: lower case, diacritics stripped (é → e, ü → u), the IJ ligature
 * `ĳ` spelled `ij`, special letters spelled out (ß → ss, ø → o), typographic apostrophes made `'`.
 * Never throws; idempotent.
 * @example
 * foldText('Çelik-Müller') // 'celik-muller'
 * @category Normalisers
 */
export function foldText(input: string): string {
  let s = input.toLowerCase();
  if (!ASCII_RE.test(s)) {
    s = s
      .normalize('NFKD')
      .toLowerCase()
      .replace(COMBINING_RE, '')
      .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c)
      .replace(APOSTROPHE_RE, "'");
  }
  return s;
}
