/**
 * The page's own words in Dutch (for the municipal staff who try a policy) and English. The
 * explanations and channel names come from the library itself (see `adapter.ts`).
 * @module
 */
import type { Lang } from './adapter.js';

const WORDS = {
  title: { nl: 'Triagebeleid uitproberen', en: 'Triage policy playground' },
  intro: {
    nl: 'Kies een voorbeeldbeleid of plak uw eigen beleid (JSON), en zie meteen wat het doet met een synthetische steekproef: 3.000 verzonnen signalen uit 2023, maand voor maand verdeeld over de kanalen binnen de capaciteit. Alles draait in deze pagina, met de bibliotheek zelf; er gaat niets over het netwerk.',
    en: 'Pick a preset or paste your own policy (JSON) and see at once what it does to a synthetic sample: 3,000 invented signals from 2023, shared out over the channels month by month within capacity. Everything runs in this page, with the library itself; nothing goes over the network.',
  },
  language: { nl: 'Taal', en: 'Language' },
  policy: { nl: 'Beleid', en: 'Policy' },
  preset: { nl: 'Voorbeeldbeleid', en: 'Preset' },
  load: { nl: 'Laden', en: 'Load' },
  openFile: { nl: 'Of open een JSON-bestand', en: 'Or open a JSON file' },
  editor: { nl: 'Beleid als JSON', en: 'Policy as JSON' },
  editorHint: {
    nl: 'Problemen verschijnen terwijl u typt, elk met het pad naar het veld (zoals capacity.home-visit).',
    en: 'Problems appear as you type, each with the path to its field (such as capacity.home-visit).',
  },
  valid: { nl: 'Geldig beleid: {label}, {n} regels.', en: 'Valid policy: {label}, {n} rules.' },
  invalid: {
    nl: '{n} probleem/problemen. De cijfers hieronder horen bij het laatste geldige beleid.',
    en: '{n} problem(s). The figures below belong to the last valid policy.',
  },
  notJson: { nl: 'Geen geldige JSON: {message}', en: 'Not valid JSON: {message}' },
  jsonAt: { nl: '(JSON) regel {line}, kolom {column}', en: '(JSON) line {line}, column {column}' },
  download: { nl: 'Beleid downloaden', en: 'Download policy' },
  downloadSchema: { nl: 'JSON Schema downloaden', en: 'Download the JSON Schema' },
  capacity: { nl: 'Capaciteit per maand', en: 'Capacity per month' },
  capacityHint: {
    nl: 'Leeg is onbeperkt. Een wijziging hier herschrijft het veld capacity in de JSON.',
    en: 'Empty means unlimited. A change here rewrites the capacity field of the JSON.',
  },
  capacityDisabled: { nl: 'Eerst de JSON herstellen.', en: 'Fix the JSON first.' },
  results: { nl: 'Kanalen per maand', en: 'Channels per month' },
  resultsCaption: {
    nl: 'Signalen per kanaal en maand; bij een kanaal met capaciteit: gebruikt / capaciteit. "Verschoven" telt de signalen die door een volle capaciteit naar een terugvalkanaal gingen.',
    en: 'Signals per channel and month; for a channel with capacity: used / capacity. "Moved" counts the signals a full channel sent to a fallback.',
  },
  month: { nl: 'Maand', en: 'Month' },
  total: { nl: 'Totaal', en: 'Total' },
  moved: { nl: 'Verschoven (vol)', en: 'Moved (full)' },
  full: { nl: 'vol', en: 'full' },
  explanation: { nl: 'Uitleg van één signaal', en: 'Explanation of one signal' },
  channel: { nl: 'Kanaal', en: 'Channel' },
  allChannels: { nl: 'alle kanalen', en: 'all channels' },
  signal: { nl: 'Signaal', en: 'Signal' },
  noSignals: { nl: 'Geen signalen in deze maand en dit kanaal.', en: 'No signals in this month and channel.' },
  pass: { nl: 'geldt', en: 'holds' },
  fail: { nl: 'geldt niet', en: 'fails' },
  info: { nl: 'info', en: 'info' },
  synthetic: {
    nl: 'De steekproef is synthetisch (examples/data/sample-signals.jsonl): verzonnen inwoners. Matches, recidive en slepers zijn bij het bouwen van de pagina bepaald met de replay-module; de pagina bevat alleen wat triage leest.',
    en: 'The sample is synthetic (examples/data/sample-signals.jsonl): invented residents. Matches, recidivism and draggers were found with the replay module when the page was built; the page holds only what triage reads.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

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
