import { NOT_PICKED_UP_MEANINGS, type Sector } from '../model/index.js';
import { isCrisisSignal, wholeEuros } from '../model/internal.js';
import type { Case } from './case.js';
import { caseFacts } from './case-facts.js';
import type { CaseSignal, DdasPartnerType } from './case-signal.js';
import { CONTACT_CHANNELS } from './channels.js';
import type {
  DdasCase, DdasClient, DdasContactAttempt, DdasDayPart, DdasResult, DdasSignal, DdasSignalStatus,
} from './ddas-types.js';
import type { HelpResult, RegisterFalloutFinding } from './events.js';
import { PICKED_UP_STATES, type CaseOutcome } from './states.js';
import { localTimeOf } from './local-time.js';

/** DDAS creditor type per sector (`signaalpartner.type`); a CAK-list signal is `CAK Zorgverzekeringen`. @category DDAS */
export const DDAS_PARTNER_TYPE_BY_SECTOR: Readonly<Record<Sector, DdasPartnerType>> = {
  housing: 'Huur', energy: 'Energie', water: 'Water', 'health-insurance': 'Zorg', mortgage: 'Hypotheek', other: 'Overige',
};

/**
 * Outcomes for which the DDAS signal status and case result are the same words (both enums hold
 * them): the case ended before or instead of contact. A register fallout is mapped by what it
 * turned out to be ({@link DDAS_BY_FALLOUT}).
 */
const ENDED_WITHOUT_CONTACT = {
  'moved-away': 'Persoon is geen inwoner (meer) in de gemeente',
  unjustified: NOT_PICKED_UP_MEANINGS.unjustified.ddas,
  repeated: NOT_PICKED_UP_MEANINGS.repeated.ddas,
  'not-picked-up': NOT_PICKED_UP_MEANINGS.other.ddas,
  'known-at-debt-help': 'Inwoner al bekend bij schuldhulpverlening',
  deceased: 'Inwoner is overleden',
} as const satisfies Partial<Record<CaseOutcome, DdasSignalStatus & DdasResult>>;

/**
 * DDAS signal status and result of a register fallout, by what it turned out to be: not a
 * resident (any more); not a dwelling (the signal should not have been sent: unjustified); not
 * reviewed (other reason — it may be a resident; Haarlem found 10 of 40 were).
 */
const DDAS_BY_FALLOUT = {
  'not-resident': 'Persoon is geen inwoner (meer) in de gemeente',
  'not-a-dwelling': 'Niet opgepakt: onterecht signaal',
  'not-reviewed': 'Niet opgepakt: andere reden',
} as const satisfies Record<RegisterFalloutFinding, DdasSignalStatus & DdasResult>;

/**
 * DDAS signal status of a case that closed without being picked up, per outcome. A case that was
 * picked up keeps `Opgepakt` whatever its result; an open case is `Nog niet opgepakt` or `Opgepakt`.
 */
export const DDAS_STATUS_BY_OUTCOME: Readonly<Partial<Record<CaseOutcome, DdasSignalStatus>>> = ENDED_WITHOUT_CONTACT;

/** DDAS result (`EnumEindresultaat`) per outcome; `help-completed` and `register-fallout` are refined by their event. */
export const DDAS_RESULT_BY_OUTCOME: Readonly<Record<Exclude<CaseOutcome, 'help-completed' | 'register-fallout'>, DdasResult>> = {
  ...ENDED_WITHOUT_CONTACT,
  'not-reached': 'Definitief geen contact kunnen krijgen',
  'no-response-after-contact': 'Geen reactie na eerder contact',
  declined: 'Inwoner regelt het zelf/hoeft geen hulp vanuit vroegsignalering',
  'own-action': 'Inwoner heeft zelf al betaald/betalingsregeling getroffen',
  'other-trajectory': 'Inwoner heeft al een ander lopend traject',
};

/** DDAS result of accepted help, per {@link HelpResult}. @category DDAS */
export const DDAS_RESULT_BY_HELP: Readonly<Record<HelpResult, DdasResult>> = {
  'advice-or-quick-fix': '(Budget)advies en/of quick fix',
  'follow-up': 'Vervolghulp en/of verwijzing',
  'follow-up-financial': 'Vervolghulp en/of verwijzing financieel',
  'follow-up-non-financial': 'Vervolghulp en/of verwijzing niet financieel',
  'referral-without-resident': 'Verwijzing zonder tussenkomst inwoner',
};

/**
 * Day parts of DDAS `EnumDagdeel`, by the Amsterdam hour they start at: Ochtend before 12:00,
 * Middag 12:00–18:00, Avond from 18:00.
 * @category DDAS
 */
export const DDAS_DAY_PARTS: readonly { readonly fromHour: number; readonly part: DdasDayPart }[] = [
  { fromHour: 18, part: 'Avond' }, { fromHour: 12, part: 'Middag' }, { fromHour: 0, part: 'Ochtend' },
];

/**
 * The DDAS day part of an Amsterdam hour (0–23).
 * @example
 * ddasDayPart(11) // 'Ochtend'; ddasDayPart(12) // 'Middag'; ddasDayPart(18) // 'Avond'
 * @category DDAS
 */
export function ddasDayPart(hour: number): DdasDayPart {
  return DDAS_DAY_PARTS.find((p) => hour >= p.fromHour)!.part;
}

/**
 * The DDAS signal status of a case.
 * @example
 * ddasSignalStatus(openedCase) // 'Nog niet opgepakt'
 * @category DDAS
 */
export function ddasSignalStatus(c: Case): DdasSignalStatus {
  if (PICKED_UP_STATES.has(c.state) || c.history.some((e) => e.event.type === 'picked-up')) return 'Opgepakt';
  if (c.outcome === null) return 'Nog niet opgepakt';
  if (c.outcome === 'register-fallout') return DDAS_BY_FALLOUT[falloutFinding(c)];
  return DDAS_STATUS_BY_OUTCOME[c.outcome] ?? 'Opgepakt';
}

/** What the register fallout that closed a case turned out to be (`not-reviewed` when not said). */
function falloutFinding(c: Case): RegisterFalloutFinding {
  const closing = caseFacts(c).closingEntry?.event;
  return closing?.type === 'register-fallout' ? closing.finding ?? 'not-reviewed' : 'not-reviewed';
}

/**
 * The DDAS result of a closed case, or `undefined` while it is open.
 * @category DDAS
 */
export function ddasResult(c: Case): DdasResult | undefined {
  if (c.outcome === null) return undefined;
  if (c.outcome === 'register-fallout') return DDAS_BY_FALLOUT[falloutFinding(c)];
  if (c.outcome !== 'help-completed') return DDAS_RESULT_BY_OUTCOME[c.outcome];
  const closing = caseFacts(c).closingEntry?.event;
  return closing?.type === 'help-completed' ? DDAS_RESULT_BY_HELP[closing.result] : 'Vervolghulp en/of verwijzing';
}

/**
 * The contact attempts of a case as DDAS records them: channel, reached, Amsterdam date and day part.
 * @category DDAS
 */
export function ddasContactAttempts(c: Case): DdasContactAttempt[] {
  const out: DdasContactAttempt[] = [];
  for (const { event } of c.history) {
    if (event.type !== 'contact-reached' && event.type !== 'contact-not-reached') continue;
    const local = localTimeOf(event.at);
    out.push({ soort: CONTACT_CHANNELS[event.channel], bereikt: event.type === 'contact-reached', datum: local.date, dagdeel: ddasDayPart(local.hour) });
  }
  return out;
}

/**
 * The DDAS client of a signal: the BSN when known, otherwise postcode and house number — never both.
 * @category DDAS
 */
export function ddasClient(client: CaseSignal['client']): DdasClient {
  if (client.bsn !== undefined) return { burgerservicenummer: client.bsn };
  return {
    postcode: client.postcode!,
    huisnummer: String(client.houseNumber!),
    ...(client.houseNumberAddition !== undefined ? { huisnummertoevoeging: client.houseNumberAddition } : {}),
  };
}

/**
 * A signal as DDAS `vroegsignaal`, with the status of its case.
 * @category DDAS
 */
export function ddasSignal(signal: CaseSignal, status: DdasSignalStatus): DdasSignal {
  return {
    ID: signal.id,
    crisissignaal: isCrisisSignal(signal),
    warmeOverdracht: signal.kind === 'warm-referral',
    bedrag: wholeEuros(signal.amount),
    ...(signal.originDate !== undefined ? { ontstaansdatum: signal.originDate } : {}),
    signaaldatum: signal.receivedDate,
    status,
    signaalpartner: {
      type: signal.creditor.ddasType ?? (signal.kind === 'cak-list' ? 'CAK Zorgverzekeringen' : DDAS_PARTNER_TYPE_BY_SECTOR[signal.creditor.sector]),
    },
    client: ddasClient(signal.client),
  };
}

/**
 * A case as DDAS `vroegsignaalzaak`.
 * @category DDAS
 */
export function ddasCase(c: Case): DdasCase {
  const facts = caseFacts(c);
  const result = ddasResult(c);
  return {
    ...(result !== undefined ? { resultaat: result } : {}),
    ...(c.matching !== null
      ? { matchingsdatum: c.matching.date, startdatumMatchingperiode: c.matching.period.start, einddatumMatchingperiode: c.matching.period.end }
      : {}),
    ...(facts.pickedUpDate !== null ? { datumOpgepakt: facts.pickedUpDate } : {}),
    vroegsignalen: c.signals.map((s) => ({ ID: s.id })),
    contactpogingen: ddasContactAttempts(c),
  };
}
