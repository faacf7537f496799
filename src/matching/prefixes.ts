/**
 * Dutch surname prefixes (voorvoegsels), as the population register (BRP) keeps them apart
 * from the surname (`voorvoegsel`), and how to find them in names written as one string.
 * @module
 */

/**
 * Surname prefixes in folded form (lower case, no diacritics), multi-word ones included.
 * Follows the BRP's table of prefixes (Haal Centraal BRP-API `voorvoegsel`) plus abbreviations
 * seen in creditor files (`v.d.`, `vd`, `v/d`).
 * @category Normalisers
 */
export const SURNAME_PREFIXES: readonly string[] = [
  'van der', 'van den', 'van de', 'van het', "van 't", 'van t', 'in het', "in 't", 'in de', 'in den',
  'op de', 'op den', 'op het', "op 't", 'aan de', 'aan den', 'aan het', 'bij de', 'uit de', 'uit den',
  'uit het', 'onder de', 'over de', 'voor de', 'voor den', 'von der', 'von dem', 'de la', 'de los',
  'van', 'von', 'de', 'der', 'den', 'het', "'t", 't', 'te', 'ten', 'ter', 'la', 'le', 'les', 'du', 'des',
  'da', 'dos', 'das', 'di', 'del', 'della', 'el', 'al', "d'", "l'", 'vd', 'v.d.', 'v.d', 'v/d', 'zu', 'zum',
  'vom', 'op', 'aan', 'in', 'uit', 'bij', 'ver',
  // Abbreviated and apostrophe-less forms in creditor files: `v. Leeuwen`, `v. d. Berg`, `In t Hout`, `Int Hout`.
  'v.', 'v. d.', 'v. de', 'v. den', 'v. der', 'in t', 'op t', 'int',
];

/** Prefixes as token lists, longest first, so that `van der` wins over `van`. */
const PREFIX_TOKENS: readonly (readonly string[])[] = [...SURNAME_PREFIXES]
  .map((p) => p.split(' '))
  .sort((a, b) => b.length - a.length);

/** The prefixes of {@link PREFIX_TOKENS} by their first token, in the same order (longest first). */
const PREFIXES_BY_FIRST_TOKEN: ReadonlyMap<string, readonly (readonly string[])[]> = PREFIX_TOKENS.reduce((byFirst, prefix) => {
  byFirst.set(prefix[0]!, [...(byFirst.get(prefix[0]!) ?? []), prefix]);
  return byFirst;
}, new Map<string, (readonly string[])[]>());

/** Prefixes that may be glued to the surname in creditor files (`Vandenberg`, `Vanderlinde`). */
const GLUED_PREFIX_RE = /^(vanden|vander|vande|van|vd)(?=[a-z]{3})/;

/**
 * Length in tokens of the surname prefix that starts at `tokens[start]`, or 0 when none does.
 * @category Normalisers
 */
export function prefixLengthAt(tokens: readonly string[], start: number): number {
  const candidates = start < tokens.length ? PREFIXES_BY_FIRST_TOKEN.get(tokens[start]!) : undefined;
  if (candidates === undefined) return 0;
  outer: for (const prefix of candidates) {
    if (start + prefix.length > tokens.length) continue;
    for (let i = 0; i < prefix.length; i++) if (tokens[start + i] !== prefix[i]) continue outer;
    return prefix.length;
  }
  return 0;
}

/**
 * Split a folded surname into its leading prefix and the rest: `van den berg` →
 * `['van den', 'berg']`, `d'ancona` → `["d'", 'ancona']`. A prefix is only split off when a
 * surname remains after it.
 * @example
 * splitSurnamePrefix('van den berg') // ['van den', 'berg']
 * @category Normalisers
 */
export function splitSurnamePrefix(folded: string): [prefix: string, surname: string] {
  const apostrophe = /^([dl]')\s*(\S.*)$/.exec(folded);
  if (apostrophe) return [apostrophe[1]!, apostrophe[2]!];
  const tokens = folded.split(' ').filter((t) => t !== '');
  const n = prefixLengthAt(tokens, 0);
  if (n === 0 || n >= tokens.length) return ['', tokens.join(' ')];
  return [tokens.slice(0, n).join(' '), tokens.slice(n).join(' ')];
}

/**
 * Strip a prefix glued onto a surname without a space (`vandenberg` → `berg`), for phonetic
 * keys. Only the `van…` family is stripped: glued `de`/`ter` cannot be told from surnames such
 * as Dekker or Terpstra.
 * @category Normalisers
 */
export function stripGluedPrefix(compact: string): string {
  return compact.replace(GLUED_PREFIX_RE, '');
}
