import { SOURCES, cite } from '../model/index.js';
import { DEFAULT_RULEBOOK, RULE_DATES } from './default-rulebook.js';
import { defineRulebook } from './load.js';
import { title } from './rule-builders.js';
import type { Rulebook, RuleSpec } from './rule-spec.js';

/** Rules of the default rulebook that rest only on later public sources, not on the seeds. */
const PUBLIC_ONLY = new Set([
  'energy.personal-contact', 'energy.arrangement-offered', 'energy.personal-contact-before-first-signal', 'energy.early-before-end-of-supply',
]);

/** Rules whose first version the seeds describe as still in force. */
const STILL_IN_FORCE = new Set(['window.water', 'energy.reminders']);

const ENERGY_FROM_50 = {
  from: RULE_DATES.amendment,
  value: {
    title: title('Energie: vanaf 50 dagen, geen maximum (oudste vordering mag > 100 dagen zijn)', 'Energy: from 50 days, no maximum (oldest claim may be over 100 days)'),
    source: cite(SOURCES.signaalreis, 'Op 8 december 2022 is het Landelijk Convenant Vroegsignalering aangepast'),
    minDays: 50, maxDays: null, maxOnNewestAfterLapse: false,
  },
};

function asTheSeedsReadIt(rule: RuleSpec): RuleSpec[] {
  if (PUBLIC_ONLY.has(rule.code)) return [];
  const [first] = rule.versions;
  if (STILL_IN_FORCE.has(rule.code)) return [{ ...rule, versions: [{ from: first!.from, value: first!.value }] } as RuleSpec];
  if (rule.code === 'window.energy') return [{ ...rule, versions: [first!, ENERGY_FROM_50] } as RuleSpec];
  return [rule];
}

/**
 * The rules as the seed documents alone state them, for replaying a sample under the
 * reading of De signaalreis (003) and the convenant (002):
 * - the 8 Dec 2022 amendment only lifts energy's 100-day maximum (003: energy companies may
 *   also signal when the oldest claim is over 100 days); energy keeps its 50-day minimum;
 * - drinking water keeps 30–100 days (003 names only energy companies);
 * - energy keeps "two terms and two reminders" (003: "in de huidige afsluitregeling"), and
 *   personal contact is not required (003: "ondanks dat ook zij hier niet toe verplicht zijn").
 * The default rulebook follows the later public sources instead; docs/eligibility.md lists
 * both readings side by side.
 * @category Rulebook
 */
export const SIGNAALREIS_RULEBOOK: Rulebook = defineRulebook({
  id: 'nl-vroegsignalering-signaalreis',
  name: 'Lezing van De signaalreis (003) en het convenant (002), zonder latere publieke regels',
  rules: DEFAULT_RULEBOOK.rules.flatMap(asTheSeedsReadIt),
});
