/**
 * The recommendation section of the report: what a policy learned from the municipality's own
 * history would change — expected residents helped and reached per month, current versus
 * recommended, with intervals from the simulation over the learned rates; each channel's use
 * against its capacity; the groups that change channel and why; and the guards.
 * @module
 */
import type { LocalizedText } from '../../model/index.js';
import type { Channel } from '../../triage/index.js';
import type { Recommendation } from '../learn/recommend.js';
import type { Comparison } from '../learn/trade-off.js';
import { channelName, esc, frame, section, table, type ReportContext } from './context.js';
import { formatNumber, formatPercent } from './i18n.js';
import { barChart, PALETTE } from './svg.js';

/** What of a recommendation the report shows. @category Report */
export type ReportRecommendation = Pick<Recommendation, 'tradeOff' | 'guards'> & {
  /** The written policy's name and number of rules. */
  readonly policy: { readonly name: string; readonly rules: readonly unknown[] };
};

/** Groups that change channel shown in the table (all are in the figures export). */
const CHANGES_SHOWN = 15;

const WORDS = {
  title: { nl: 'Aanbeveling: geleerd uit de eigen geschiedenis', en: 'Recommendation: learned from the own history' },
  note: {
    nl: 'Geleerd uit de uitkomsten van deze steekproef, niet uit de literatuur: per groep signalen de kans op bereik en hulpacceptatie per kanaal (beta-binomiaal met gedeelde informatie tussen groepen), en de toewijzing van groepen aan kanalen die de meeste inwoners helpt binnen de capaciteit per maand. Intervallen: 95% van een simulatie over de onzekerheid van de geleerde kansen. Aannames: geen verstorende factoren buiten de vastgelegde kenmerken, en kansen die in de tijd gelijk blijven; toets dat met een tijdsplitsing.',
    en: 'Learned from this sample’s outcomes, not from the literature: per group of signals the rate of reach and help accepted per channel (beta-binomial, groups borrowing from each other), and the assignment of groups to channels that helps the most residents within each month’s capacity. Intervals: 95% of a simulation over the uncertainty of the learned rates. Assumptions: no confounding beyond the recorded features, and rates that stay the same over time; check that with a time split.',
  },
  measure: { nl: 'maat', en: 'measure' },
  current: { nl: 'huidig beleid', en: 'current policy' },
  recommended: { nl: 'aanbevolen', en: 'recommended' },
  difference: { nl: 'verschil', en: 'difference' },
  better: { nl: 'trekkingen waarin de aanbeveling beter is', en: 'draws in which the recommendation does better' },
  helped: { nl: 'inwoners geholpen per maand (verwacht)', en: 'residents helped per month (expected)' },
  reached: { nl: 'inwoners bereikt per maand (verwacht)', en: 'residents reached per month (expected)' },
  perMonthAxis: { nl: 'inwoners per maand (verwacht)', en: 'residents per month (expected)' },
  valued: {
    nl: 'Gewaardeerd: {signals} signalen waarover de aanbeveling beslist; buiten beschouwing: {leftOut} (bewaarde routes, rechtspersonen, niet-ontvankelijk). Gewaardeerd met een voorspelling omdat het kanaal in de groep nooit is geprobeerd: huidig {current}, aanbevolen {recommended} signalen.',
    en: 'Valued: {signals} signals the recommendation decides on; left out: {leftOut} (kept routes, legal persons, ineligible). Valued by a prediction because the channel was never tried in the group: current {current}, recommended {recommended} signals.',
  },
  channelsTitle: { nl: 'Kanalen tegen hun capaciteit', en: 'Channels against their capacity' },
  channelsNote: {
    nl: 'Signalen per kalendermaand: het huidige beleid en het aanbevolen beleid zoals geschreven, elk maand voor maand binnen de capaciteit getrieerd. "Eén extra per maand levert op": de schaduwprijs van het kanaal in het verwachte aantal geholpen inwoners (0 als het niet vol is).',
    en: 'Signals per calendar month: the current policy and the recommended policy as written, each triaged month by month within capacity. "One more a month adds": the channel’s shadow price in expected residents helped (0 when it is not full).',
  },
  channel: { nl: 'kanaal', en: 'channel' },
  capacity: { nl: 'capaciteit per maand', en: 'capacity per month' },
  unlimited: { nl: 'onbeperkt', en: 'unlimited' },
  busiest: { nl: 'drukste maand (aanbevolen)', en: 'busiest month (recommended)' },
  overflow: { nl: 'doorgeschoven (vol)', en: 'moved on (full)' },
  shadowPrice: { nl: 'één extra per maand levert op', en: 'one more a month adds' },
  changesTitle: { nl: 'Groepen die van kanaal wisselen', en: 'Groups that change channel' },
  changesNote: {
    nl: '{count} groepen krijgen een ander hoofdkanaal; de {shown} met de grootste winst staan hier, alle in de export. Kansen: geleerd, met 95%-interval en het aantal zaken waarop ze rusten.',
    en: '{count} groups get another main channel; the {shown} with the largest gain are shown here, all are in the export. Rates: learned, with their 95% interval and the number of cases they rest on.',
  },
  group: { nl: 'groep', en: 'group' },
  signalsPerMonth: { nl: 'signalen per maand', en: 'signals per month' },
  from: { nl: 'van', en: 'from' },
  to: { nl: 'naar', en: 'to' },
  gain: { nl: 'winst per maand', en: 'gain per month' },
  why: { nl: 'waarom', en: 'why' },
  guardsTitle: { nl: 'Waarborgen', en: 'Guards' },
  keptRoutes: { nl: 'signalen via bewaarde regels (crisis, bekend bij schuldhulp, niet opgepakt)', en: 'signals routed by kept rules (crisis, known at debt help, not picked up)' },
  keptChanged: { nl: 'daarvan met een andere route', en: 'of which with another route' },
  lawful: { nl: 'rechtspersonen en niet-ontvankelijke signalen (nooit een kanaal)', en: 'legal persons and ineligible signals (never a channel)' },
  lawfulAssigned: { nl: 'daarvan toch een kanaal', en: 'of which given a channel' },
  floorsHold: { nl: 'subgroepen boven hun bodem ({points} punten verwacht bereik)', en: 'subgroups above their floor ({points} points of expected reach)' },
  floors: { nl: 'subgroepen bewaakt', en: 'subgroups guarded' },
  rules: { nl: 'regels in het aanbevolen beleid', en: 'rules in the recommended policy' },
} as const satisfies Record<string, LocalizedText>;

type Key = keyof typeof WORDS;

/** The recommendation: trade-off, channels against capacity, changes and guards. */
export function recommendationSection(ctx: ReportContext, rec: ReportRecommendation): string {
  const { lang, book } = ctx;
  const say = (key: Key, values: Readonly<Record<string, string | number>> = {}): string =>
    WORDS[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
  const sec = 'recommend';
  const t = rec.tradeOff;
  const n = t.coverage.signals;
  const interval = (c: { mean: number; lo: number; hi: number }) => ({ lower: c.lo, upper: c.hi, method: 'posterior' as const, n, decimals: 1 });
  const comparisonRow = (id: 'helped' | 'reached', c: Comparison): string[] => [
    esc(say(id)),
    book.number(`recommend.${id}.current`, sec, `${say(id)}: ${say('current')}`, c.current.mean, 'expected-count', interval(c.current)),
    book.number(`recommend.${id}.recommended`, sec, `${say(id)}: ${say('recommended')}`, c.recommended.mean, 'expected-count', interval(c.recommended)),
    book.number(`recommend.${id}.difference`, sec, `${say(id)}: ${say('difference')}`, c.difference.mean, 'expected-count', interval(c.difference)),
    book.number(`recommend.${id}.draws-better`, sec, `${say(id)}: ${say('better')}`, Math.round(c.probabilityBetter * t.draws), 'count', { n: t.draws }),
  ];
  const chart = barChart(frame(ctx, say('title'), say('perMonthAxis'), say('measure'), 'count'), [say('helped'), say('reached')], (['current', 'recommended'] as const).map((side, s) => ({
    name: say(side),
    values: [t.helped[side].mean, t.reached[side].mean],
    color: PALETTE[s]!,
    intervals: [[t.helped[side].lo, t.helped[side].hi], [t.reached[side].lo, t.reached[side].hi]],
  })));
  const tradeOff = table([say('measure'), say('current'), say('recommended'), say('difference'), say('better')], [comparisonRow('helped', t.helped), comparisonRow('reached', t.reached)]);
  const valued = `<p class="note">${esc(say('valued', {
    signals: formatNumber(lang, n), leftOut: formatNumber(lang, t.coverage.leftOut),
    current: formatNumber(lang, t.coverage.extrapolated.current), recommended: formatNumber(lang, t.coverage.extrapolated.recommended),
  }))}</p>`;

  const channelRows = t.channels.map((c) => {
    const id = `recommend.channel.${c.channel}`;
    const name = channelName(ctx, c.channel);
    return [
      esc(name),
      c.capacityPerMonth === null ? esc(say('unlimited')) : book.number(`${id}.capacity`, sec, `${name}: ${say('capacity')}`, c.capacityPerMonth, 'count'),
      book.number(`${id}.current`, sec, `${name}: ${say('current')}, ${say('signalsPerMonth')}`, c.current.perMonth, 'expected-count', { decimals: 1 }),
      book.number(`${id}.recommended`, sec, `${name}: ${say('recommended')}, ${say('signalsPerMonth')}`, c.recommended.perMonth, 'expected-count', { decimals: 1 }),
      book.number(`${id}.busiest`, sec, `${name}: ${say('busiest')}`, c.recommended.busiestMonth, 'count'),
      book.number(`${id}.overflow`, sec, `${name}: ${say('overflow')}`, c.recommended.overflow, 'count'),
      book.number(`${id}.shadow-price`, sec, `${name}: ${say('shadowPrice')}`, c.shadowPrice, 'expected-count', { decimals: 3 }),
    ];
  });
  const used = t.channels.filter((c) => c.current.perMonth > 0 || c.recommended.perMonth > 0);
  const channelChart = barChart(frame(ctx, say('channelsTitle'), say('signalsPerMonth'), say('channel'), 'count'), used.map((c) => channelName(ctx, c.channel)), (['current', 'recommended'] as const).map((side, s) => ({
    name: say(side),
    values: used.map((c) => c[side].perMonth),
    color: PALETTE[s]!,
  })));
  const channels = `<h3>${esc(say('channelsTitle'))}</h3><p class="note">${esc(say('channelsNote'))}</p>${channelChart}${table(
    [say('channel'), say('capacity'), say('current'), say('recommended'), say('busiest'), say('overflow'), say('shadowPrice')], channelRows)}`;

  const mix = (shares: Readonly<Partial<Record<Channel, number>>>): string =>
    Object.entries(shares).filter(([, v]) => (v ?? 0) > 0).sort((a, b) => b[1]! - a[1]!)
      .map(([c, v]) => `${channelName(ctx, c as Channel)} ${formatPercent(lang, v!)}`).join(', ');
  const changeRows = t.changes.map((c, i) => {
    const id = `recommend.change.${i + 1}`;
    const label = c.label[lang];
    const gain = book.number(`${id}.gain`, sec, `${label}: ${say('gain')}`, c.gainPerMonth, 'expected-count', { decimals: 2 });
    const perMonth = book.number(`${id}.signals`, sec, `${label}: ${say('signalsPerMonth')}`, c.signalsPerMonth, 'expected-count', { decimals: 1 });
    return [esc(label), perMonth, esc(mix(c.from)), esc(mix(c.to)), gain, esc(c.why[lang])];
  });
  const changes = `<h3>${esc(say('changesTitle'))}</h3><p class="note">${esc(say('changesNote', { count: t.changes.length, shown: Math.min(CHANGES_SHOWN, t.changes.length) }))}</p>${table(
    [say('group'), say('signalsPerMonth'), say('from'), say('to'), say('gain'), say('why')], changeRows.slice(0, CHANGES_SHOWN))}`;

  const g = rec.guards;
  const guardRows = [
    [esc(say('keptRoutes')), book.number('recommend.guards.kept-routes', sec, say('keptRoutes'), g.keptRoutes.signals, 'count')],
    [esc(say('keptChanged')), book.number('recommend.guards.kept-routes-changed', sec, say('keptChanged'), g.keptRoutes.changed, 'count')],
    [esc(say('lawful')), book.number('recommend.guards.lawful', sec, say('lawful'), g.lawful.legalPersons + g.lawful.ineligible, 'count')],
    [esc(say('lawfulAssigned')), book.number('recommend.guards.lawful-assigned', sec, say('lawfulAssigned'), g.lawful.assigned, 'count')],
    [esc(say('floors')), book.number('recommend.guards.floors', sec, say('floors'), g.floors.length, 'count')],
    [esc(say('floorsHold', { points: g.maxReachLoss })), book.number('recommend.guards.floors-hold', sec, say('floorsHold', { points: g.maxReachLoss }), g.floors.filter((f) => f.holds).length, 'count')],
    [esc(say('rules')), book.number('recommend.policy.rules', sec, say('rules'), rec.policy.rules.length, 'count')],
  ];
  const guards = `<h3>${esc(say('guardsTitle'))}</h3>${table([say('measure'), say('recommended')], guardRows)}<p class="note">${esc(g.reasons.map((r) => r.message[lang]).join(' '))}</p>`;

  return section(sec, `${say('title')}: ${rec.policy.name}`, say('note'), `${chart}${tradeOff}${valued}${channels}${changes}${guards}`);
}
