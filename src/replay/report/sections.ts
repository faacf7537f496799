/**
 * The sections of the replay report, each a function from figures to HTML.
 * @module
 */
import { DEADLINE_RULES } from '../../calendar/index.js';
import { CHANNEL_NAMES, CHANNELS, type Channel } from '../../triage/index.js';
import type { PolicyComparison } from '../compare.js';
import { OUTCOME_CLASSES, OUTCOME_LABELS } from '../outcome-classes.js';
import type { ResearchFigures } from '../research-figures.js';
import type { ChannelCounts, ReplayFigures } from '../replay-result.js';
import { barChart, escapeXml, monthlyChart, PALETTE, stepChart } from './svg.js';

/** Colours of the return curves: not reached, reached without help, help accepted. */
const CURVE_COLORS = [PALETTE[5], PALETTE[0], PALETTE[2]] as const;

const NOT_CONTACTED: ReadonlySet<Channel> = new Set(['not-picked-up', 'known-at-debt-help']);

/** Percentage text of a share. */
export function pct(share: number): string {
  return `${(share * 100).toFixed(0)}%`;
}

/** A channel's name for tables: English with the Dutch term. */
function channelLabel(c: Channel): string {
  return `${CHANNEL_NAMES[c].en} (${CHANNEL_NAMES[c].nl})`;
}

/** A channel's name for chart axes: English only, so that it fits. */
function channelAxisLabel(c: Channel): string {
  return CHANNEL_NAMES[c].en;
}

function usedChannels(...counts: ChannelCounts[]): Channel[] {
  return CHANNELS.filter((c) => counts.some((x) => (x[c] ?? 0) > 0));
}

function table(headers: readonly string[], rows: ReadonlyArray<readonly (string | number)[]>): string {
  const cell = (v: string | number, tag: string) => `<${tag}>${escapeXml(typeof v === 'number' ? v.toLocaleString('en-GB') : v)}</${tag}>`;
  return `<table><thead><tr>${headers.map((h) => cell(h, 'th')).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((v) => cell(v, 'td')).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/** Funnel: received → picked up → contacted in person or by phone → reached → accepted (observed, else expected). */
export function funnelSection(f: ReplayFigures, research: ResearchFigures | undefined, comparison: PolicyComparison | undefined): string {
  const sum = (pred: (c: Channel) => boolean) => CHANNELS.filter(pred).reduce((n, c) => n + (f.channels[c] ?? 0), 0);
  const personal: ReadonlySet<Channel> = new Set(['phone', 'home-visit', 'youth-worker', 'case-director']);
  const steps: Array<[string, number]> = [
    ['Signals received', f.signals],
    ['Picked up (a channel assigned)', sum((c) => !NOT_CONTACTED.has(c))],
    ['Phone, visit or case director', sum((c) => personal.has(c))],
  ];
  let note = '';
  if (research && research.casesWithOutcome > 0) {
    steps.push(['Reached (observed)', Math.round(research.reachRate * f.signals)], ['Help accepted (observed)', Math.round(research.acceptanceRate * f.signals)]);
    note = 'Reached and accepted are the sample’s observed outcomes.';
  } else if (comparison) {
    const e = comparison.sides[0].expected;
    steps.push(['Reached (expected)', Math.round(e.reached)], ['Help accepted (expected)', Math.round(e.accepted)]);
    note = 'Reached and accepted are expected values under the stated assumptions (no outcomes in the sample).';
  }
  const chart = barChart(`Funnel under ${f.policy}`, steps.map((s) => s[0]), [{ name: f.policy, values: steps.map((s) => s[1]), color: PALETTE[0] }]);
  return `<section id="funnel"><h2>Funnel</h2>${chart}<p class="note">${escapeXml(note)}</p></section>`;
}

/** Channels: decided by the rules and final after capacity (and the second policy's, when compared). */
export function channelSection(f: ReplayFigures, comparison: PolicyComparison | undefined): string {
  const other = comparison?.sides[1].replay.figures;
  const channels = usedChannels(f.decided, f.channels, other?.channels ?? {});
  const series = [
    { name: `${f.policy}: rules`, values: channels.map((c) => f.decided[c] ?? 0), color: PALETTE[4] },
    { name: `${f.policy}: final`, values: channels.map((c) => f.channels[c] ?? 0), color: PALETTE[0] },
    ...(other ? [{ name: `${other.policy}: final`, values: channels.map((c) => other.channels[c] ?? 0), color: PALETTE[1] }] : []),
  ];
  const moves = Object.entries(f.moves).map(([cause, n]) => [cause, n] as const);
  return `<section id="channels"><h2>Channels</h2>${barChart('Signals per channel', channels.map(channelAxisLabel), series)}
<p>Moves away from the channel the rules chose, under ${escapeXml(f.policy)}:</p>${table(['cause', 'signals'], moves)}</section>`;
}

/** Capacity: monthly demand and use of each channel with a limited capacity. */
export function capacitySection(sides: readonly ReplayFigures[]): string {
  const charts = sides.flatMap((f) =>
    f.capacity.map((c) => {
      const title = `${f.policy}: ${channelLabel(c.channel)} per month`;
      return `<h3>${escapeXml(title)}</h3>${monthlyChart(title, f.months, [
        { name: 'demand (rules)', values: c.demand, color: PALETTE[1] },
        { name: 'used', values: c.used, color: PALETTE[0] },
      ], c.perMonth)}`;
    }),
  );
  const rows = sides.flatMap((f) => f.capacity.map((c) => [f.policy, channelLabel(c.channel), c.perMonth, Math.max(0, ...c.demand), c.overflow, c.monthsOver] as const));
  return `<section id="capacity"><h2>Capacity</h2>${charts.join('')}${table(['policy', 'channel', 'capacity / month', 'peak demand', 'moved on (full)', 'months over'], rows)}</section>`;
}

/** Comparison: expected reach, capacity needed, and the signals that change channel. */
export function comparisonSection(cmp: PolicyComparison): string {
  const [a, b] = cmp.sides;
  const fa = a.replay.figures;
  const fb = b.replay.figures;
  const chart = barChart('Expected residents reached and accepting help', ['reached', 'help accepted'], [
    { name: fa.policy, values: [Math.round(a.expected.reached), Math.round(a.expected.accepted)], color: PALETTE[0] },
    { name: fb.policy, values: [Math.round(b.expected.reached), Math.round(b.expected.accepted)], color: PALETTE[1] },
  ]);
  const needed = usedChannels(a.capacityNeeded, b.capacityNeeded).map((c) => [channelLabel(c), a.capacityNeeded[c] ?? 0, b.capacityNeeded[c] ?? 0] as const);
  const transitions = Object.entries(cmp.transitions).sort((x, y) => y[1] - x[1]).slice(0, 12);
  const causes: Record<string, number> = {};
  for (const c of cmp.changes) causes[c.cause] = (causes[c.cause] ?? 0) + 1;
  const assumptions = CHANNELS.flatMap((c) => {
    const r = cmp.assumptions.reach[c];
    return r ? [[channelLabel(c), pct(r.rate), r.derivation, r.source.document] as const] : [];
  });
  return `<section id="comparison"><h2>${escapeXml(fa.policy)} compared with ${escapeXml(fb.policy)}</h2>${chart}
${table(['', fa.policy, fb.policy], [
  ['expected reach', pct(a.expected.rate), pct(b.expected.rate)],
  ['expected residents reached', Math.round(a.expected.reached), Math.round(b.expected.reached)],
  ['expected acceptances', Math.round(a.expected.accepted), Math.round(b.expected.accepted)],
])}
<h3>Capacity the rules ask for (busiest month)</h3>${table(['channel', fa.policy, fb.policy], needed)}
<h3>${cmp.changes.length.toLocaleString('en-GB')} signals change channel</h3>${table(['from → to', 'signals'], transitions)}
${table(['why', 'signals'], Object.entries(causes))}
<h3>Assumptions</h3>${table(['channel', 'reach', 'derivation', 'source'], assumptions)}
<p class="note">Acceptance among those reached: ${pct(cmp.assumptions.acceptance.rate)} — ${escapeXml(cmp.assumptions.acceptance.derivation)}</p></section>`;
}

/** The researchers' questions: outcome table, reach, days to reach, attempts, return after close. */
export function researchSection(r: ResearchFigures, byChannel: ReplayFigures): string {
  const classes = ['not-reached', 'reached-no-help', 'help-accepted'] as const;
  const curves = classes.map((c, i) => ({
    name: OUTCOME_LABELS[c].en,
    points: r.returnAfterClose[c].curve.map((p) => [p.day, p.share] as const),
    color: CURVE_COLORS[i]!,
  }));
  const checkpoints = Object.keys(r.returnAfterClose['not-reached'].at).map(Number);
  const outcomeRows = OUTCOME_CLASSES.map((c) => [OUTCOME_LABELS[c].en, r.outcomes[c].count, pct(r.outcomes[c].share)] as const);
  const channelRows = CHANNELS.flatMap((c) => {
    const o = byChannel.outcomesByChannel[c];
    return o ? [[channelLabel(c), ...OUTCOME_CLASSES.map((k) => o[k])] as const] : [];
  });
  const num = (v: number | null) => (v === null ? '–' : v.toFixed(1));
  return `<section id="research"><h2>Outcomes and return after close</h2>
${table(['outcome', 'cases', 'share'], outcomeRows)}
${table(['figure', 'value'], [
  ['reach rate', pct(r.reachRate)],
  ['help accepted', pct(r.acceptanceRate)],
  ['days to reach (median / mean / p90)', `${num(r.daysToReach.median)} / ${num(r.daysToReach.mean)} / ${num(r.daysToReach.p90)}`],
  ['attempts per case (median / mean)', `${num(r.attemptsPerCase.median)} / ${num(r.attemptsPerCase.mean)}`],
  ['acceptances with a phone call', pct(r.phoneShareOfAccepted)],
  ['letter-only cases (not reached)', `${r.letterOnly.cases} (${r.letterOnly.notReached})`],
])}
<h3>Outcome by channel (${escapeXml(byChannel.policy)})</h3>${table(['channel', ...OUTCOME_CLASSES.map((c) => OUTCOME_LABELS[c].en)], channelRows)}
<h3>Signalled again after the case closed</h3>${stepChart('Return after close: cumulative % of households signalled again', curves, Math.max(...checkpoints), 'days since the case closed')}
${table(['outcome', 'closed cases', 'returned', ...checkpoints.map((d) => `by day ${d}`)], classes.map((c) => {
  const x = r.returnAfterClose[c];
  return [OUTCOME_LABELS[c].en, x.closed, x.returned, ...checkpoints.map((d) => pct(x.at[d] ?? 0))];
}))}</section>`;
}

/** Detection labels, register checks and deadlines. */
export function pipelineSection(f: ReplayFigures): string {
  const labels = Object.entries(f.labels);
  const register = Object.entries(f.register.outcomes);
  const rules: Readonly<Record<string, { readonly description: { readonly en: string } }>> = DEADLINE_RULES;
  const deadlines = Object.entries(f.deadlines).map(([k, d]) => [rules[k]?.description.en ?? k, d.met, d.missed, d.open] as const);
  return `<section id="pipeline"><h2>Pipeline</h2>
<h3>Detection</h3>${table(['label', 'signals'], labels)}
<p>Matches: ${f.matches.signals.toLocaleString('en-GB')}; crisis signals: ${f.crisis.signals.toLocaleString('en-GB')} (${escapeXml(
    Object.entries(f.crisis.channels).map(([c, n]) => `${n} ${CHANNEL_NAMES[c as Channel].en}`).join(', ') || 'none')}).</p>
${register.length ? `<h3>Register check</h3>${table(['outcome', 'signals'], register)}` : ''}
${deadlines.length ? `<h3>Deadlines</h3>${table(['deadline', 'met', 'missed', 'open'], deadlines)}` : ''}</section>`;
}
