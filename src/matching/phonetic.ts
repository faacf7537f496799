import { foldText } from './fold.js';
import { splitSurnamePrefix, stripGluedPrefix } from './prefixes.js';

/**
 * Sound rules of the Dutch phonetic key, applied in order. Each pair is (pattern, replacement).
 * Modelled on the Dutch soundex of the Biografisch Portaal (DOMAIN.md §2): ij/y/ei/ie and other
 * vowel groups fold together, ch/g, v/w/f/ph, c/k/q, s/z/x, final d/t.
 */
const SOUND_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^y(?=[aeiou])/, 'j'],
  [/ph/g, 'f'],
  [/[ck]h/g, 'g'],
  [/gh/g, 'g'],
  [/ck/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/[cq]/g, 'k'],
  [/x/g, 'ks'],
  [/z/g, 's'],
  [/th/g, 't'],
  [/dt/g, 't'],
  [/[vw]/g, 'f'],
  [/(?<=.)h/g, ''],
  [/[aeiouy]+/g, 'a'],
  [/(.)\1+/g, '$1'],
  [/d(?=t)/g, ''],
  [/d$/, 't'],
  [/(.)\1+/g, '$1'],
];

/**
 * A Dutch soundex-like key of a surname (or given name) for blocking and the "sounds alike"
 * comparison level. Strips prefixes (also glued `van…`), keeps the first part of a double
 * name, folds ij/y/ei/ie, ch/g, v/w/f/ph, c/k, s/z, final d/t and collapses vowel groups and
 * doubled letters. Never throws; idempotent on its own output.
 *
 * @example
 * dutchPhoneticKey('Kluyt') === dutchPhoneticKey('Kluijt') // true ('klat')
 * dutchPhoneticKey('Fortuin') === dutchPhoneticKey('Fortuyn') // true
 * dutchPhoneticKey('van der Meijer') === dutchPhoneticKey('Meyer') // true
 * @category Normalisers
 */
export function dutchPhoneticKey(surname: string): string {
  let key = memo.get(surname);
  if (key === undefined) {
    key = computeKey(surname);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(surname, key);
  }
  return key;
}

/** Keys already computed (names repeat a lot); bounded, and invisible to callers. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 200_000;

function computeKey(surname: string): string {
  const folded = foldText(surname).replace(/[^a-z' -]/g, ' ').replace(/\s+/g, ' ').trim();
  const [, bare] = splitSurnamePrefix(folded.split('-')[0]!.trim());
  let key = stripGluedPrefix(bare.replace(/[^a-z]/g, '')).replace(/ij/g, 'y');
  for (const [pattern, replacement] of SOUND_RULES) key = key.replace(pattern, replacement);
  return key;
}
