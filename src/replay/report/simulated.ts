/**
 * The simulated sections of the report: what a policy's rules do with the sample's signals
 * (funnel, channels, capacity, the comparison of two policies, the pipeline's labels and
 * deadlines) and what the literature's reach rates lead one to expect, with their sources.
 * @module
 */
import { DEADLINE_RULES } from '../../calendar/index.js';
import { CHANNELS, type Channel } from '../../triage/index.js';
import type { PolicyComparison } from '../compare.js';
import type { ReplayFigures } from '../replay-result.js';
import {
  channelName, CONTACT_CHANNELS, esc, expectation, frame, literatureN, monthAxis, rateBand, section, table, usedChannels, type ReportContext,
} from './context.js';
import { barChart, monthlyChart, PALETTE } from './svg.js';
import type { LocalizedText } from '../../model/index.js';

const SIDE_COLORS = [PALETTE[0], PALETTE[1]] as const;
const sideId = (s: number): string => (s === 0 ? 'a' : 'b');

/** The simulated funnel of each policy: signals → a contact channel → expected reached → expected help accepted. */
export function simulatedFunnelSection(ctx: ReportContext, sides: readonly ReplayFigures[]): string {
  const { w, book } = ctx;
  const sec = 'simulated-funnel';
  const acceptance = rateBand(ctx.assumptions.acceptance);
  const body = sides.map((f, s) => {
    const side = sideId(s);
    const e = expectation(f, ctx.assumptions);
    const nText = literatureN(ctx, e.reachNs);
    const acceptNText = literatureN(ctx, e.acceptNs);
    const count = (id: string, label: string, value: number, band?: readonly [number, number, number], n = nText) =>
      `<span class="step" data-step="${value}">${book.number(`simulated.${side}.${id}`, sec, `${f.policy}: ${label}`, value, band ? 'expected-count' : 'count', band ? { lower: band[1], upper: band[2], method: 'sensitivity', nText: n } : {})}</span>`;
    const rows = [
      [esc(w('signalsInSample')), count('signals', w('signalsInSample'), f.signals), '', ''],
      [
        esc(w('contactChannel')),
        count('contacted', w('contactChannel'), e.contacted),
        book.proportion(`simulated.${side}.contacted.of-previous`, sec, `${f.policy}: ${w('contactChannel')}, ${w('ofPrevious')}`, e.contacted, f.signals),
        book.proportion(`simulated.${side}.contacted.of-all`, sec, `${f.policy}: ${w('contactChannel')}, ${w('ofAll')}`, e.contacted, f.signals),
      ],
      [
        esc(w('expectedReached')),
        count('reached', w('expectedReached'), e.reached[0], e.reached),
        book.share(`simulated.${side}.reached.of-previous`, sec, `${f.policy}: ${w('expectedReached')}, ${w('ofPrevious')}`, e.contacted === 0 ? 0 : e.reached[0] / e.contacted, {
          lower: e.contacted === 0 ? 0 : e.reached[1] / e.contacted, upper: e.contacted === 0 ? 0 : e.reached[2] / e.contacted, method: 'sensitivity', nText,
        }),
        book.share(`simulated.${side}.reach-rate`, sec, `${f.policy}: ${w('expectedReachRate')}`, f.signals === 0 ? 0 : e.reached[0] / f.signals, {
          lower: f.signals === 0 ? 0 : e.reached[1] / f.signals, upper: f.signals === 0 ? 0 : e.reached[2] / f.signals, method: 'sensitivity', nText,
        }),
      ],
      [
        esc(w('expectedAccepted')),
        count('accepted', w('expectedAccepted'), e.accepted[0], e.accepted, acceptNText),
        book.share(`simulated.${side}.accepted.of-previous`, sec, `${f.policy}: ${w('acceptanceAmongReached')}`, acceptance.rate, {
          lower: acceptance.lower, upper: acceptance.upper, method: acceptance.method, ...(acceptance.n !== undefined ? { n: acceptance.n } : { nText: w('nNotStated') }),
          source: ctx.assumptions.acceptance.source.document,
        }),
        book.share(`simulated.${side}.accepted.of-all`, sec, `${f.policy}: ${w('expectedAccepted')}, ${w('ofAll')}`, f.signals === 0 ? 0 : e.accepted[0] / f.signals, {
          lower: f.signals === 0 ? 0 : e.accepted[1] / f.signals, upper: f.signals === 0 ? 0 : e.accepted[2] / f.signals, method: 'sensitivity', nText: acceptNText,
        }),
      ],
    ];
    const labels = [w('signalsInSample'), w('contactChannel'), w('expectedReached'), w('expectedAccepted')];
    const chart = barChart(frame(ctx, `${w('simulatedFunnel')}: ${f.policy}`, w('signalsAxis'), w('stageAxis'), 'count'), labels, [
      {
        name: f.policy,
        values: [f.signals, e.contacted, e.reached[0], e.accepted[0]],
        color: SIDE_COLORS[s]!,
        intervals: [null, null, [e.reached[1], e.reached[2]], [e.accepted[1], e.accepted[2]]],
      },
    ]);
    return `<div class="funnel simulated" data-policy="${esc(f.policy)}"><h3>${esc(`${w('policy')} ${f.policy}`)}</h3>${chart}${table([w('stage'), w('signals'), w('ofPrevious'), w('ofAll')], rows)}</div>`;
  });
  return section(sec, w('simulatedFunnel'), w('simulatedFunnelNote'), body.join(''));
}

/** Expected reach per channel: the assumed rate, its interval and n, what was counted and the document it comes from. */
export function assumptionsSection(ctx: ReportContext, sides: readonly ReplayFigures[]): string {
  const { w, book, lang } = ctx;
  const sec = 'assumptions';
  const channels = usedChannels(...sides.map((f) => f.channels)).filter((c) => CONTACT_CHANNELS.includes(c));
  const rows = channels.map((c) => {
    const a = ctx.assumptions.reach[c];
    const name = channelName(ctx, c);
    const counts = sides.map((f, s) => book.number(`simulated.${sideId(s)}.channel.${c}`, 'channels', `${f.policy}: ${name}`, f.channels[c] ?? 0, 'count'));
    if (!a) return [esc(name), ...counts, '–', '', ''];
    const band = rateBand(a);
    const source = a.source.clause ? `${a.source.document}, ${a.source.clause}` : a.source.document;
    return [
      esc(name),
      ...counts,
      book.share(`assumptions.${c}`, sec, `${w('assumedReach')}: ${name}`, band.rate, {
        lower: band.lower, upper: band.upper, method: band.method, ...(band.n !== undefined ? { n: band.n } : { nText: w('nNotStated') }), source: a.source.document,
      }),
      esc(a.evidence ? a.evidence.basis[lang] : a.derivation),
      esc(source),
    ];
  });
  const acc = ctx.assumptions.acceptance;
  const band = rateBand(acc);
  rows.push([
    esc(w('acceptanceAmongReached')),
    ...sides.map(() => ''),
    book.share('assumptions.acceptance', sec, w('acceptanceAmongReached'), band.rate, {
      lower: band.lower, upper: band.upper, method: band.method, ...(band.n !== undefined ? { n: band.n } : { nText: w('nNotStated') }), source: acc.source.document,
    }),
    esc(acc.evidence ? acc.evidence.basis[lang] : acc.derivation),
    esc(acc.source.clause ? `${acc.source.document}, ${acc.source.clause}` : acc.source.document),
  ]);
  return section(sec, w('assumptionsTitle'), w('assumptionsNote'), table([w('channel'), ...sides.map((f) => `${w('signals')} ${f.policy}`), w('assumedReach'), w('basis'), w('source')], rows));
}

const MOVE_CAUSES: Readonly<Record<string, LocalizedText>> = {
  full: { nl: 'kanaal vol (capaciteit)', en: 'channel full (capacity)' },
  'no-phone': { nl: 'geen telefoonnummer bekend', en: 'no phone number known' },
  'no-email': { nl: 'geen e-mailadres bekend', en: 'no e-mail address known' },
  'capacity-left': { nl: 'ruimte over: aangevuld', en: 'spare capacity filled' },
};

/** Channels the rules chose and the channels signals ended in, per policy; moves in words. */
export function channelSection(ctx: ReportContext, sides: readonly ReplayFigures[]): string {
  const { w, book, lang } = ctx;
  const sec = 'channels';
  const channels = usedChannels(...sides.flatMap((f) => [f.decided, f.channels]));
  const series = sides.flatMap((f, s) => [
    { name: `${f.policy}: ${w('rules')}`, values: channels.map((c) => f.decided[c] ?? 0), color: s === 0 ? PALETTE[4] : PALETTE[3] },
    { name: `${f.policy}: ${w('afterCapacity')}`, values: channels.map((c) => f.channels[c] ?? 0), color: SIDE_COLORS[s]! },
  ]);
  const chart = barChart(frame(ctx, w('channelsTitle'), w('signalsAxis'), w('channelAxis'), 'count'), channels.map((c) => channelName(ctx, c)), series);
  const rows = channels.map((c) => [
    esc(channelName(ctx, c)),
    ...sides.flatMap((f, s) => [
      book.number(`simulated.${sideId(s)}.decided.${c}`, sec, `${f.policy}, ${w('rules')}: ${channelName(ctx, c)}`, f.decided[c] ?? 0, 'count'),
      book.number(`simulated.${sideId(s)}.channel.${c}`, sec, `${f.policy}: ${channelName(ctx, c)}`, f.channels[c] ?? 0, 'count'),
    ]),
  ]);
  const moveRows = sides.flatMap((f, s) =>
    Object.entries(f.moves).map(([cause, n]) => [
      esc(f.policy),
      esc(MOVE_CAUSES[cause]?.[lang] ?? cause),
      book.number(`simulated.${sideId(s)}.moves.${cause}`, sec, `${f.policy}: ${MOVE_CAUSES[cause]?.[lang] ?? cause}`, n, 'count'),
    ]));
  const headers = [w('channel'), ...sides.flatMap((f) => [`${f.policy}: ${w('rules')}`, `${f.policy}: ${w('afterCapacity')}`])];
  return section(sec, w('channelsTitle'), w('channelsNote'), `${chart}${table(headers, rows)}<h3>${esc(w('moves'))}</h3>${table([w('policy'), w('cause'), w('signals')], moveRows)}`);
}

/** The highest value over whole months (incomplete months left out, unless every month is incomplete). */
function peakOfWholeMonths(ctx: ReportContext, values: readonly number[]): number {
  const whole = values.filter((_, i) => !ctx.partial.has(i));
  return Math.max(0, ...(whole.length > 0 ? whole : values));
}

/** Monthly capacity of each limited channel: asked and used, the capacity line; says when a policy fills spare capacity. */
export function capacitySection(ctx: ReportContext, sides: readonly ReplayFigures[]): string {
  const { w, book } = ctx;
  const sec = 'capacity';
  const parts = sides.flatMap((f, s) =>
    f.capacity.map((c) => {
      const name = channelName(ctx, c.channel);
      const title = `${f.policy}: ${name}`;
      const chart = monthlyChart(frame(ctx, title, w('monthAxis'), w('perMonthAxis'), 'count'), monthAxis(ctx, f.months), [
        { name: w('asked'), values: c.demand, color: PALETTE[1] },
        { name: w('used'), values: c.used, color: PALETTE[0] },
      ], { value: c.perMonth, name: `${w('capacityLine')} ${c.perMonth}` });
      const fillMonths = c.used.filter((u, i) => u > (c.demand[i] ?? 0)).length;
      const fills = fillMonths > 0 ? `<p class="note fills">${esc(w('fills', { months: fillMonths, moved: f.moves['capacity-left'] ?? 0 }))}</p>` : '';
      return `<h3>${esc(title)}</h3>${chart}${fills}`;
    }));
  const rows = sides.flatMap((f, s) =>
    f.capacity.map((c) => {
      const id = `capacity.${sideId(s)}.${c.channel}`;
      const name = `${f.policy}: ${channelName(ctx, c.channel)}`;
      return [
        esc(f.policy),
        esc(channelName(ctx, c.channel)),
        book.number(`${id}.per-month`, sec, `${name}: ${w('capacityPerMonth')}`, c.perMonth, 'count'),
        book.number(`${id}.peak-asked`, sec, `${name}: ${w('peakAsked')}`, peakOfWholeMonths(ctx, c.demand), 'count'),
        book.number(`${id}.overflow`, sec, `${name}: ${w('movedOnFull')}`, c.overflow, 'count'),
        book.number(`${id}.months-over`, sec, `${name}: ${w('monthsOver')}`, c.monthsOver, 'count'),
        book.number(`${id}.filled`, sec, `${name}: ${w('filledSpare')}`, c.used.reduce((sum, u, i) => sum + Math.max(0, u - (c.demand[i] ?? 0)), 0), 'count'),
      ];
    }));
  const note = `${w('capacityNote')} ${ctx.partial.size > 0 ? w('partialMonths') : ''}`.trim();
  return section(sec, w('capacityTitle'), note, `${parts.join('')}${table([w('policy'), w('channel'), w('capacityPerMonth'), w('peakAsked'), w('movedOnFull'), w('monthsOver'), w('filledSpare')], rows)}`);
}

const CHANGE_CAUSES: Readonly<Record<string, LocalizedText>> = {
  rule: { nl: 'de regels kiezen anders', en: 'the rules choose differently' },
  capacity: { nl: 'capaciteit (vol, of ruimte over)', en: 'capacity (full, or spare)' },
  'contact-data': { nl: 'contactgegevens ontbreken', en: 'contact data missing' },
  'rule-and-capacity': { nl: 'de regels kiezen anders, en capaciteit', en: 'the rules choose differently, and capacity' },
};

/** Two policies side by side: expected reach with bands, the capacity their rules ask for, and the changes in words. */
export function comparisonSection(ctx: ReportContext, cmp: PolicyComparison): string {
  const { w, book, lang } = ctx;
  const sec = 'comparison';
  const sides = cmp.sides.map((s) => s.replay.figures);
  const expected = sides.map((f) => expectation(f, ctx.assumptions));
  const chart = barChart(frame(ctx, w('comparisonTitle'), w('residentsAxis'), w('measureAxis'), 'count'), [w('expectedReached'), w('expectedAccepted')], sides.map((f, s) => ({
    name: f.policy,
    values: [expected[s]!.reached[0], expected[s]!.accepted[0]],
    color: SIDE_COLORS[s]!,
    intervals: [[expected[s]!.reached[1], expected[s]!.reached[2]], [expected[s]!.accepted[1], expected[s]!.accepted[2]]],
  })));
  const expectedRows = [
    [esc(w('expectedReached')), ...sides.map((f, s) => book.number(`simulated.${sideId(s)}.reached`, 'simulated-funnel', `${f.policy}: ${w('expectedReached')}`, expected[s]!.reached[0], 'expected-count', {
      lower: expected[s]!.reached[1], upper: expected[s]!.reached[2], method: 'sensitivity', nText: literatureN(ctx, expected[s]!.reachNs),
    }))],
    [esc(w('expectedAccepted')), ...sides.map((f, s) => book.number(`simulated.${sideId(s)}.accepted`, 'simulated-funnel', `${f.policy}: ${w('expectedAccepted')}`, expected[s]!.accepted[0], 'expected-count', {
      lower: expected[s]!.accepted[1], upper: expected[s]!.accepted[2], method: 'sensitivity', nText: literatureN(ctx, expected[s]!.acceptNs),
    }))],
  ];
  // The capacity the rules ask for: the busiest whole month of each channel's decided signals.
  const asked = cmp.sides.map((side) => {
    const months = new Map(side.replay.figures.months.map((m, i) => [m, i]));
    const perChannel = new Map<Channel, number[]>();
    for (const sig of side.replay.signals) {
      let list = perChannel.get(sig.triage.decided);
      if (!list) perChannel.set(sig.triage.decided, (list = new Array<number>(months.size).fill(0)));
      list[months.get(sig.month)!]! += 1;
    }
    return perChannel;
  });
  const askedRows = CHANNELS.filter((c) => CONTACT_CHANNELS.includes(c) && asked.some((a) => a.has(c))).map((c) => [
    esc(channelName(ctx, c)),
    ...sides.map((f, s) => book.number(`comparison.${sideId(s)}.asked.${c}`, sec, `${f.policy}: ${w('capacityAsked')}, ${channelName(ctx, c)}`, peakOfWholeMonths(ctx, asked[s]!.get(c) ?? []), 'count')),
  ]);
  const transitions = Object.entries(cmp.transitions).sort((x, y) => y[1] - x[1]).slice(0, 12);
  const changeRows = transitions.map(([key, n]) => {
    const [from, to] = key.split('→') as [Channel, Channel];
    const words = w('fromTo', { from: channelName(ctx, from), to: channelName(ctx, to) });
    return [esc(words), book.number(`comparison.change.${from}.${to}`, sec, words, n, 'count')];
  });
  const causes: Record<string, number> = {};
  for (const c of cmp.changes) causes[c.cause] = (causes[c.cause] ?? 0) + 1;
  const causeRows = Object.entries(causes).map(([cause, n]) => [esc(CHANGE_CAUSES[cause]?.[lang] ?? cause), book.number(`comparison.cause.${cause}`, sec, CHANGE_CAUSES[cause]?.[lang] ?? cause, n, 'count')]);
  const total = book.number('comparison.changes', sec, w('changesTitle'), cmp.changes.length, 'count');
  return section(sec, `${w('comparisonTitle')}: ${sides[0]!.policy} ${w('comparedWith')} ${sides[1]!.policy}`, w('comparisonNote'), `${chart}${table(['', ...sides.map((f) => f.policy)], expectedRows)}
<h3>${esc(w('capacityAsked'))}</h3>${table([w('channel'), ...sides.map((f) => f.policy)], askedRows)}
<h3>${esc(w('changesTitle'))}: ${total}</h3>${table([w('change'), w('signals')], changeRows)}${table([w('why'), w('signals')], causeRows)}`);
}

const LABELS: Readonly<Record<string, LocalizedText>> = {
  single: { nl: 'enkelvoudig', en: 'single' },
  'person-match': { nl: 'match (zelfde persoon)', en: 'match (same person)' },
  'household-match': { nl: 'match (zelfde huishouden)', en: 'match (same household)' },
  update: { nl: 'update (zelfde schuld opnieuw)', en: 'update (same debt again)' },
  recidivism: { nl: 'recidive', en: 'recidivism' },
  dragger: { nl: 'sleper', en: 'dragger' },
  crisis: { nl: 'crisis', en: 'crisis' },
  'warm-referral': { nl: 'warme doorverwijzing', en: 'warm referral' },
};

const REGISTER_OUTCOMES: Readonly<Record<string, LocalizedText>> = {
  review: { nl: 'handmatig beoordelen', en: 'review by hand' },
  'resident-at-address': { nl: 'inwoner op het adres', en: 'resident at the address' },
  'moved-within-municipality': { nl: 'verhuisd binnen de gemeente', en: 'moved within the municipality' },
  'not-registered': { nl: 'niet ingeschreven', en: 'not registered' },
  deceased: { nl: 'overleden', en: 'deceased' },
  'emigrated-or-suspended': { nl: 'vertrokken of opgeschort', en: 'emigrated or suspended' },
  ambiguous: { nl: 'meerdere kandidaten', en: 'several candidates' },
};

/** Detection labels (which overlap), matches, crisis signals, register checks, eligibility and deadlines of the first policy. */
export function pipelineSection(ctx: ReportContext, f: ReplayFigures): string {
  const { w, book, lang } = ctx;
  const sec = 'pipeline';
  const labelRows = Object.entries(f.labels).map(([label, n]) => [esc(LABELS[label]?.[lang] ?? label), book.number(`pipeline.label.${label}`, sec, LABELS[label]?.[lang] ?? label, n ?? 0, 'count')]);
  labelRows.push(
    [esc(w('matches')), book.number('pipeline.matches', sec, w('matches'), f.matches.signals, 'count')],
    [esc(w('crisisSignals')), book.number('pipeline.crisis', sec, w('crisisSignals'), f.crisis.signals, 'count')],
  );
  const register = Object.entries(f.register.outcomes).map(([k, n]) => [esc(REGISTER_OUTCOMES[k]?.[lang] ?? k), book.number(`pipeline.register.${k}`, sec, REGISTER_OUTCOMES[k]?.[lang] ?? k, n, 'count')]);
  const el = f.eligibility;
  const eligibility = el.assessed > 0
    ? `<h3>${esc(w('eligibility'))}</h3><p>${esc(w('eligibleShare'))}: ${book.proportion('pipeline.eligible', sec, w('eligibleShare'), el.eligible, el.assessed)}</p>`
    : '';
  const rules: Readonly<Record<string, { readonly description: LocalizedText }>> = DEADLINE_RULES;
  const deadlines = Object.entries(f.deadlines).map(([k, d]) => {
    const name = rules[k]?.description[lang] ?? k;
    return [esc(name), book.proportion(`pipeline.deadline.${k}.met`, sec, `${name}: ${w('metShare')}`, d.met, d.met + d.missed), book.number(`pipeline.deadline.${k}.open`, sec, `${name}: ${w('open')}`, d.open, 'count')];
  });
  return section(sec, `${w('pipelineTitle')}: ${f.policy}`, '', `<h3>${esc(w('detection'))}</h3><p class="note">${esc(w('detectionNote'))}</p>${table([w('label'), w('signals')], labelRows)}
${register.length ? `<h3>${esc(w('register'))}</h3>${table([w('outcome'), w('signals')], register)}` : ''}${eligibility}
${deadlines.length ? `<h3>${esc(w('deadlines'))}</h3>${table([w('deadline'), w('metShare'), w('open')], deadlines)}` : ''}`);
}
