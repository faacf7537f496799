import { DEFAULT_RULEBOOK, ENERGY_50_100, ENERGY_FROM_50, RULE_DATES, WATER_30_100 } from './default-rulebook.js';
import { defineRulebook } from './load.js';
import { rule } from './rule-builders.js';
import type { Rulebook, RuleSpec, RuleSpecInput } from './rule-spec.js';

/** Windows whose versions the seeds state differently from the later public sources. */
const SEED_WINDOWS: Readonly<Record<string, RuleSpecInput>> = {
  'window.water': rule('window', 'window.water', { sectors: ['water'] }, [WATER_30_100]),
  'window.energy': rule('window', 'window.energy', { sectors: ['energy'] }, [{ ...ENERGY_50_100, until: RULE_DATES.amendment }, ENERGY_FROM_50]),
};

/** A rule with only the versions the seeds state; none when no version is left. */
function asTheSeedsSayIt(r: RuleSpec): RuleSpecInput[] {
  const own = SEED_WINDOWS[r.code];
  if (own) return [own];
  const versions = r.versions.filter((v) => v.value.origin === 'seed');
  return versions.length === 0 ? [] : [{ ...r, versions } as RuleSpecInput];
}

/**
 * The rules as the seed documents alone state them — every rule version of the default
 * rulebook whose origin is `seed`, nothing from later public sources and no assumption — for
 * replaying a sample under the reading of De signaalreis and the convenant:
 * - the 8 Dec 2022 amendment only lifts energy's 100-day maximum (De signaalreis: energy
 *   companies may also signal when the oldest claim is over 100 days); energy keeps its 50-day
 *   minimum, and drinking water keeps 30–100 days (De signaalreis names only energy companies);
 * - no Bgs conditions for rent and water, no CAK referral, no experiments with the tax office,
 *   municipal taxes or mortgage lenders (those sectors have no basis here), no Energieregeling.
 * docs/eligibility.md lists where the seeds and the later rules differ.
 * @category Rulebook
 */
export const SIGNAALREIS_RULEBOOK: Rulebook = defineRulebook({
  id: 'nl-vroegsignalering-seeds',
  name: 'Alleen de brondocumenten (De signaalreis, het convenant, de vuistregels, het projectplan warme doorverwijzing)',
  rules: DEFAULT_RULEBOOK.rules.flatMap(asTheSeedsSayIt),
});
