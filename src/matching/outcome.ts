import { cite, SOURCES, type Reason, type ReasonValues, type Signal } from '../model/index.js';
import { reason, text } from '../model/internal.js';
import { frozen } from './freeze.js';
import type { AddressLevel } from './address.js';
import { certainlyMinorOn, type NormalisedBirthDate } from './birth-date.js';
import type { SuspensionReason } from './register-record.js';

/**
 * What a municipality can do with a signal after the register check:
 * - `resident-at-address`: the person lives at the signalled address;
 * - `moved-within-municipality`: the person lives elsewhere in the municipality (still picked up, DDAS);
 * - `not-registered`: no resident found;
 * - `deceased`: the person has died (feedback "inwoner is overleden");
 * - `emigrated-or-suspended`: registration suspended (emigrated, RNI, ministerial decision, error);
 * - `ambiguous`: several residents fit about equally well; a person must choose.
 * @category Matching
 */
export const MATCH_OUTCOMES = [
  'resident-at-address', 'moved-within-municipality', 'not-registered', 'deceased', 'emigrated-or-suspended', 'ambiguous',
] as const;
/** A match outcome. @category Matching */
export type MatchOutcome = (typeof MATCH_OUTCOMES)[number];

/**
 * Flags from the signal and the register that a municipality must weigh:
 * - `legal-entity`: the debtor is a bv, nv, foundation or association (legal persons are not followed up, De signaalreis);
 * - `non-dwelling`: the caller's address use (BAG gebruiksdoel) has no woonfunctie, e.g. a garage box (Bgs);
 * - `not-living-at-address`: the register states the person is established not to live at the address.
 * @category Matching
 */
export const MATCH_FLAGS = ['legal-entity', 'non-dwelling', 'not-living-at-address'] as const;
/** A match flag. @category Matching */
export type MatchFlag = (typeof MATCH_FLAGS)[number];

/** Legal forms that are legal persons (rechtspersonen), flagged `legal-entity`. */
const LEGAL_ENTITY_FORMS: readonly string[] = ['bv', 'nv', 'foundation', 'association'];

/** The outcome of a linked register record, from its status and the address comparison. */
export function outcomeOfRecord(deceased: boolean, suspension: SuspensionReason | null, address: AddressLevel): MatchOutcome {
  if (deceased || suspension === 'O') return 'deceased';
  if (suspension !== null) return 'emigrated-or-suspended';
  return address === 'exact' || address === 'same-house-number' ? 'resident-at-address' : 'moved-within-municipality';
}

/**
 * Whether a candidate is no rival of the best for a signal received on `receivedDate`: it was
 * certainly a minor that day while the best was not (arrears are a contract party's: rent,
 * energy, water, the health-insurance premium from 18).
 */
export function minorRival(receivedDate: string, best: NormalisedBirthDate, candidate: NormalisedBirthDate): boolean {
  return certainlyMinorOn(candidate, receivedDate) && !certainlyMinorOn(best, receivedDate);
}

const OUTCOME_TEXT: Readonly<Record<MatchOutcome, Reason['message']>> = frozen({
  'resident-at-address': text('Inwoner woont op het gesignaleerde adres', 'Resident lives at the signalled address'),
  'moved-within-municipality': text('Inwoner woont op een ander adres in de gemeente; signaal wordt wel opgepakt', 'Resident lives at another address in the municipality; the signal is still picked up'),
  'not-registered': text('Geen inwoner gevonden in de BRP', 'No resident found in the register'),
  deceased: text('Inwoner is overleden', 'Resident is deceased'),
  'emigrated-or-suspended': text('Bijhouding opgeschort (vertrokken, RNI of anders)', 'Registration suspended (emigrated, non-resident or other)'),
  ambiguous: text('Meerdere inwoners passen ongeveer even goed; laat een medewerker kiezen', 'Several residents fit about equally well; let a person choose'),
});

const OUTCOME_SOURCE = frozen({
  'resident-at-address': cite(SOURCES.signaalreis, 'BRP-check'),
  'moved-within-municipality': cite(SOURCES.ddas, 'Een verhuizing binnen de gemeente wordt wel opgepakt'),
  'not-registered': cite(SOURCES.ddas, 'Persoon is geen inwoner (meer) in de gemeente'),
  deceased: cite(SOURCES.signaalreis, 'terugkoppeling "inwoner overleden" sinds medio 2024'),
  'emigrated-or-suspended': cite(SOURCES.brpApi, 'opschortingBijhouding.reden'),
  ambiguous: cite(SOURCES.signaalreis, 'uitval handmatig beoordelen'),
});

function buildOutcomeReason(outcome: MatchOutcome, values: ReasonValues | undefined): Reason {
  const positive = outcome === 'resident-at-address' || outcome === 'moved-within-municipality';
  return reason(`matching.outcome.${outcome}`, positive ? 'pass' : 'fail', OUTCOME_SOURCE[outcome], OUTCOME_TEXT[outcome], values);
}

/** The outcome reasons without values: frozen, so every result may share them. */
const PLAIN_OUTCOME_REASONS = Object.fromEntries(MATCH_OUTCOMES.map((o) => [o, buildOutcomeReason(o, undefined)])) as Readonly<Record<MatchOutcome, Reason>>;

/** The reason stating a result's outcome. */
export function outcomeReason(outcome: MatchOutcome, values: ReasonValues | undefined): Reason {
  return values === undefined ? PLAIN_OUTCOME_REASONS[outcome] : buildOutcomeReason(outcome, values);
}

const FLAG_TEXT = frozen({
  'legal-entity': {
    source: cite(SOURCES.signaalreis, 'signalen over een BV of NV mogen niet worden opgepakt'),
    message: text('Schuldenaar is een rechtspersoon (bv/nv): niet oppakken tenzij hoofdelijk aansprakelijk', 'Debtor is a legal person (bv/nv): not picked up unless personally liable'),
  },
  'non-dwelling': {
    source: cite(SOURCES.bgs, 'garageboxen en andere niet-woningen worden niet gesignaleerd'),
    message: text('Adres is geen woning (BAG-gebruiksdoel zonder woonfunctie)', 'Address is not a dwelling (BAG use without woonfunctie)'),
  },
  'not-living-at-address': {
    source: cite(SOURCES.brpApi, 'indicatieVastgesteldVerblijftNietOpAdres'),
    message: text('BRP: vastgesteld dat de persoon niet op het adres verblijft', 'Register: established that the person does not live at the address'),
  },
});

function addFlag(flags: MatchFlag[], reasons: Reason[], name: MatchFlag, outcome: 'fail' | 'info', values: ReasonValues | undefined): void {
  flags.push(name);
  reasons.push(reason(`matching.flag.${name}`, outcome, FLAG_TEXT[name].source, FLAG_TEXT[name].message, values));
}

/** Options that supply flags the signal cannot carry itself. @category Matching */
export interface FlagOptions {
  /**
   * The uses of the signalled address in the BAG (`gebruiksdoel`, e.g. `woonfunctie`,
   * `overige gebruiksfunctie` for a garage box), when the caller knows them.
   */
  readonly addressUse?: (signal: Signal) => readonly string[] | undefined;
}

/** The flags of a signal and its linked record, with one reason each. */
export function flagsFor(
  signal: Signal,
  options: FlagOptions,
  notLivingAtAddress: boolean,
): { flags: MatchFlag[]; reasons: Reason[] } {
  const flags: MatchFlag[] = [];
  const reasons: Reason[] = [];
  if (LEGAL_ENTITY_FORMS.includes(signal.debtor.legalForm)) addFlag(flags, reasons, 'legal-entity', 'fail', { legalForm: signal.debtor.legalForm });
  const uses = options.addressUse?.(signal);
  if (uses !== undefined && uses.length > 0 && !uses.some((u) => u.toLowerCase() === 'woonfunctie')) addFlag(flags, reasons, 'non-dwelling', 'fail', { addressUse: uses.join(', ') });
  if (notLivingAtAddress) addFlag(flags, reasons, 'not-living-at-address', 'info', undefined);
  return { flags, reasons };
}
