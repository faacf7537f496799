/**
 * The observed sections of the report: what happened to the sample's cases under the handling of
 * the time (funnel, outcomes, return after close), and the observed outcomes set against the
 * channels a policy would choose, labelled as not causal.
 * @module
 */
import { CHANNELS } from '../../triage/index.js';
import { OUTCOME_CLASSES, OUTCOME_LABELS } from '../outcome-classes.js';
import type { ResearchFigures } from '../research-figures.js';
import type { ReplayFigures } from '../replay-result.js';
import { channelName, esc, expectation, frame, literatureN, rateBand, section, table, type ReportContext } from './context.js';
import { formatNumber } from './i18n.js';
import { barChart, PALETTE, stepChart } from './svg.js';

/** Colours of the return curves: not reached, reached without help, help accepted. */
const CURVE_COLORS = [PALETTE[5], PALETTE[0], PALETTE[2]] as const;

/** The observed funnel: cases with an outcome → picked up → reached → help accepted; each a subset of the one before. */
export function observedFunnelSection(ctx: ReportContext, r: ResearchFigures): string {
  const { w, book } = ctx;
  const o = r.outcomes;
  const all = r.casesWithOutcome;
  const steps: Array<[string, string, number]> = [
    ['cases', w('casesWithOutcome'), all],
    ['picked-up', w('pickedUp'), all - o['not-picked-up'].count],
    ['reached', w('reached'), o['reached-no-help'].count + o['help-accepted'].count],
    ['help-accepted', w('helpAccepted'), o['help-accepted'].count],
  ];
  const sec = 'observed-funnel';
  const rows = steps.map(([id, label, count], i) => {
    const previous = i === 0 ? count : steps[i - 1]![2];
    return [
      esc(label),
      `<span class="step" data-step="${count}">${book.number(`observed.funnel.${id}`, sec, label, count, 'count')}</span>`,
      i === 0 ? '' : book.proportion(`observed.funnel.${id}.of-previous`, sec, `${label}: ${w('ofPrevious')}`, count, previous),
      i === 0 ? '' : book.proportion(`observed.funnel.${id}.of-all`, sec, `${label}: ${w('ofAll')}`, count, all),
    ];
  });
  const chart = barChart(frame(ctx, w('observedFunnel'), w('casesAxis'), w('stageAxis'), 'count'), steps.map((s) => s[1]), [
    { name: w('observedFunnel'), values: steps.map((s) => s[2]), color: PALETTE[2] },
  ]);
  return section(sec, w('observedFunnel'), w('observedFunnelNote'), `<div class="funnel observed">${chart}${table([w('stage'), w('cases'), w('ofPrevious'), w('ofAll')], rows)}</div>`);
}

/** The outcome classes and the researchers' other questions, each with its n and interval. */
export function outcomesSection(ctx: ReportContext, r: ResearchFigures): string {
  const { w, book, lang } = ctx;
  const sec = 'outcomes';
  const all = r.casesWithOutcome;
  const classRows = OUTCOME_CLASSES.map((c) => [
    esc(OUTCOME_LABELS[c][lang]),
    book.number(`outcomes.${c}`, sec, OUTCOME_LABELS[c][lang], r.outcomes[c].count, 'count'),
    book.proportion(`outcomes.${c}.share`, sec, `${OUTCOME_LABELS[c][lang]}: ${w('share')}`, r.outcomes[c].count, all),
  ]);
  const accepted = r.outcomes['help-accepted'].count;
  const stat = (id: string, key: Parameters<ReportContext['w']>[0], value: number | null, n: number, unit: 'days' | 'attempts') =>
    value === null ? [] : [[esc(w(key)), book.number(`outcomes.${id}`, sec, w(key), value, unit, { n })]];
  const figureRows = [
    ...stat('days-to-reach.median', 'daysToReachMedian', r.daysToReach.median, r.daysToReach.n, 'days'),
    ...stat('days-to-reach.mean', 'daysToReachMean', r.daysToReach.mean, r.daysToReach.n, 'days'),
    ...stat('days-to-reach.p90', 'daysToReachP90', r.daysToReach.p90, r.daysToReach.n, 'days'),
    ...stat('attempts.median', 'attemptsMedian', r.attemptsPerCase.median, r.attemptsPerCase.n, 'attempts'),
    ...stat('attempts.mean', 'attemptsMean', r.attemptsPerCase.mean, r.attemptsPerCase.n, 'attempts'),
    [esc(w('phoneShare')), book.proportion('outcomes.phone-share-of-accepted', sec, w('phoneShare'), Math.round(r.phoneShareOfAccepted * accepted), accepted)],
    [esc(w('letterOnlyNotReached')), book.proportion('outcomes.letter-only-not-reached', sec, w('letterOnlyNotReached'), r.letterOnly.notReached, r.letterOnly.cases)],
    [esc(w('knownAtDebtHelp')), book.proportion('outcomes.known-at-debt-help', sec, w('knownAtDebtHelp'), Math.round(r.knownAtDebtHelp * r.cases), r.cases)],
  ];
  return section(sec, w('outcomesTitle'), w('outcomesNote'), `${table([w('outcome'), w('cases'), w('share')], classRows)}${table([w('figure'), w('value')], figureRows)}`);
}

/** Return after close: Kaplan–Meier curves with Greenwood bands, and the numbers at risk at each checkpoint. */
export function returnSection(ctx: ReportContext, r: ResearchFigures): string {
  const { w, book, lang } = ctx;
  const sec = 'return-after-close';
  const classes = ['not-reached', 'reached-no-help', 'help-accepted'] as const;
  const followed = Math.max(1, ...classes.map((c) => r.returnAfterClose[c].followedUpTo));
  // Checkpoints nobody was followed to say nothing: left out.
  const checkpoints = r.returnAfterClose['not-reached'].checkpoints.map((p) => p.day).filter((d) => classes.some((c) => r.returnAfterClose[c].checkpoints.some((p) => p.day === d && p.atRisk > 0)));
  const step = followed > 240 ? 90 : 30;
  const xTicks = Array.from({ length: Math.ceil(followed / step) + 1 }, (_, i) => i * step);
  const curves = classes.map((c, i) => ({
    name: OUTCOME_LABELS[c][lang],
    points: r.returnAfterClose[c].curve.map((p) => [p.day, p.share] as const),
    band: r.returnAfterClose[c].curve.map((p) => [p.lower, p.upper] as const),
    color: CURVE_COLORS[i]!,
    end: r.returnAfterClose[c].followedUpTo,
  }));
  const chart = stepChart(frame(ctx, w('returnTitle'), w('daysSinceClose'), w('signalledAgainAxis'), 'share'), curves, xTicks);
  const rows = classes.map((c) => {
    const x = r.returnAfterClose[c];
    const label = OUTCOME_LABELS[c][lang];
    return [
      esc(label),
      book.number(`return.${c}.closed`, sec, `${label}: ${w('closedCases')}`, x.closed, 'count'),
      book.number(`return.${c}.returned`, sec, `${label}: ${w('returned')}`, x.returned, 'count'),
      ...x.checkpoints.filter((p) => checkpoints.includes(p.day)).map((p) =>
        p.atRisk === 0
          ? `<span class="na">– <span class="n">${esc(`${w('followed')} = 0`)}</span></span>`
          : book.share(`return.${c}.day-${p.day}`, sec, `${label}: ${w('byDay', { day: p.day })}`, p.share, {
            n: p.atRisk, lower: p.lower, upper: p.upper, method: 'greenwood', nText: `${w('followed')} = ${formatNumber(lang, p.atRisk)}`, decimals: 1,
          })),
    ];
  });
  return section(sec, w('returnTitle'), w('returnNote'), `${chart}${table([w('outcome'), w('closedCases'), w('returned'), ...checkpoints.map((d) => w('byDay', { day: d }))], rows)}`);
}

/**
 * The channels a policy would choose set against the outcomes observed for the same residents
 * under the handling of the time: a cross-tab that is not causal, and says so in its caption.
 */
export function reconcileSection(ctx: ReportContext, sides: readonly ReplayFigures[]): string {
  const { w, book } = ctx;
  const sec = 'reconcile';
  const tables = sides.map((f, s) => {
    const side = s === 0 ? 'a' : 'b';
    const rows = CHANNELS.flatMap((c) => {
      const o = f.outcomesByChannel[c];
      if (!o) return [];
      const n = OUTCOME_CLASSES.reduce((sum, k) => sum + o[k], 0);
      const reached = o['reached-no-help'] + o['help-accepted'];
      const name = channelName(ctx, c);
      const assumed = ctx.assumptions.reach[c];
      const band = assumed ? rateBand(assumed) : null;
      return [[
        esc(name),
        book.number(`reconcile.${side}.${c}.signals`, sec, `${f.policy}, ${name}: ${w('withOutcome')}`, n, 'count'),
        book.proportion(`reconcile.${side}.${c}.reached`, sec, `${f.policy}, ${name}: ${w('observedReach')}`, reached, n),
        book.proportion(`reconcile.${side}.${c}.accepted`, sec, `${f.policy}, ${name}: ${w('observedAccepted')}`, o['help-accepted'], n),
        band
          ? book.share(`reconcile.${side}.${c}.assumed`, sec, `${f.policy}, ${name}: ${w('assumedReach')}`, band.rate, {
            lower: band.lower, upper: band.upper, method: band.method, ...(band.n !== undefined ? { n: band.n } : { nText: w('nNotStated') }),
          })
          : '–',
      ]];
    });
    const totals = OUTCOME_CLASSES.map((k) => CHANNELS.reduce((sum, c) => sum + (f.outcomesByChannel[c]?.[k] ?? 0), 0));
    const n = totals.reduce((a, b) => a + b, 0);
    const e = expectation(f, ctx.assumptions);
    rows.push([
      `<strong>${esc(w('allChannels'))}</strong>`,
      book.number(`reconcile.${side}.all.signals`, sec, `${f.policy}: ${w('withOutcome')}`, n, 'count'),
      book.proportion(`reconcile.${side}.all.reached`, sec, `${f.policy}: ${w('observedReach')}`, totals[2]! + totals[3]!, n),
      book.proportion(`reconcile.${side}.all.accepted`, sec, `${f.policy}: ${w('observedAccepted')}`, totals[3]!, n),
      book.share(`simulated.${side}.reach-rate`, 'simulated-funnel', `${f.policy}: ${w('expectedReachRate')}`, f.signals === 0 ? 0 : e.reached[0] / f.signals, {
        lower: f.signals === 0 ? 0 : e.reached[1] / f.signals, upper: f.signals === 0 ? 0 : e.reached[2] / f.signals, method: 'sensitivity', nText: literatureN(ctx, e.reachNs),
      }),
    ]);
    const caption = `${f.policy} × ${w('outcome')} — ${w('notCausal')}`;
    return table([w('channel'), w('withOutcome'), w('observedReach'), w('observedAccepted'), w('assumedReach')], rows, { caption, className: 'crosstab' });
  });
  return section(sec, w('reconcileTitle'), w('reconcileNote'), tables.join(''));
}
