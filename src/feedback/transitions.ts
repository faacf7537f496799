import { cite, SOURCES, type LocalizedText, type SourceRef } from '../model/index.js';
import { text } from '../model/internal.js';
import type { CaseEventType } from './events.js';
import type { CaseOutcome, CaseState } from './states.js';

/**
 * A side effect of a transition, returned as data (the caller carries it out):
 * - `send-feedback`: tell the creditor now, `interim` ("wants help" at once) or `final`;
 * - `start-collection-pause`: the creditor stops collection for 30 days.
 * @category Lifecycle
 */
export type CaseEffect =
  | { readonly kind: 'send-feedback'; readonly stage: 'interim' | 'final' }
  | { readonly kind: 'start-collection-pause'; readonly rule: 'collectionPause' };

/**
 * One row of the transition table: in which states an event is allowed, where it leads, how
 * the case ends if it closes, the effects, and where the step comes from.
 * @category Lifecycle
 */
export interface TransitionRule {
  /** Stable name of the row, e.g. `auto-close-not-reached`: the reasons of a step name the row that allowed it. */
  readonly id: string;
  /** States in which the event is allowed. */
  readonly from: readonly CaseState[];
  /** The event type. */
  readonly event: CaseEventType;
  /** The next state; equal to the current state for events that only record something. */
  readonly to: CaseState | 'unchanged';
  /** The outcome, for rows that close the case. */
  readonly outcome?: CaseOutcome;
  /** Side effects, as data. */
  readonly effects?: readonly CaseEffect[];
  /** What the step means. */
  readonly description: LocalizedText;
  /** Where it comes from. */
  readonly source: SourceRef;
}

const NOT_PICKED_UP: readonly CaseState[] = ['received', 'manual-review', 'screening'];
const OPEN: readonly CaseState[] = ['received', 'manual-review', 'screening', 'contacting', 'reached', 'help-accepted'];
/** Open, before "wants help": closing from here sends the final feedback. */
const BEFORE_HELP: readonly CaseState[] = ['received', 'manual-review', 'screening', 'contacting', 'reached'];
const IN_CONTACT: readonly CaseState[] = ['contacting', 'reached', 'help-accepted'];
/** After "wants help" the creditor keeps the interim feedback: closing rows from there send nothing. */
const AFTER_HELP: readonly CaseState[] = ['help-accepted'];
const FINAL: readonly CaseEffect[] = Object.freeze([Object.freeze({ kind: 'send-feedback', stage: 'final' } as const)]);
const HELP_ACCEPTED: readonly CaseEffect[] = Object.freeze([
  Object.freeze({ kind: 'send-feedback', stage: 'interim' } as const),
  Object.freeze({ kind: 'start-collection-pause', rule: 'collectionPause' } as const),
]);

/** A row frozen through and through: the table is shared by every caller. */
function row(rule: TransitionRule): TransitionRule {
  Object.freeze(rule.from);
  Object.freeze(rule.description);
  Object.freeze(rule.source);
  return Object.freeze(rule);
}

const JOURNEY = cite(SOURCES.signaalreis, 'fase 3 en 4: signaal oppakken, contact leggen');
const BRP = cite(SOURCES.signaalreis, 'BRP-controle en uitval');
const FEEDBACK = cite(SOURCES.signaalreis, 'fase 5: terugkoppeling na hulpacceptatie of na 28 dagen');
const KEEPS_INTERIM = cite(SOURCES.signaalreis, '"Als de gemeente tussentijds al hulpacceptatie aanvinkt, dan wordt dat direct doorgegeven aan de VLP." — the creditor keeps that feedback');
const KNOWN_IN_CONTACT = cite(SOURCES.signaalreis, 'resultaten: "wel bereikt; reeds bekend bij SHV"; "bij 1 signaal blijkt tijdens het huisbezoek dat de inwoner al bekend is bij schuldhulpverlening"');
const DDAS_RESULT = cite(SOURCES.ddas, 'EnumEindresultaat');
const DDAS_STATUS = cite(SOURCES.ddas, 'EnumSignaalstatus');

/**
 * The case lifecycle as data: every allowed step, and nothing else. {@link applyEvent} looks
 * steps up in a table compiled from these rows; {@link stateDiagram} draws them.
 * @category Lifecycle
 */
export const TRANSITIONS: readonly TransitionRule[] = Object.freeze([
  row({ id: 'register-matched', from: ['received', 'manual-review'], event: 'register-matched', to: 'screening', source: BRP,
    description: text('Inwoner gevonden in de BRP', 'Resident found in the population register') }),
  row({ id: 'register-manual-review', from: ['received'], event: 'register-manual-review', to: 'manual-review', source: BRP,
    description: text('Uitval BRP-controle: handmatig beoordelen', 'Register check fell out: review by hand') }),
  row({ id: 'register-fallout', from: ['received', 'manual-review'], event: 'register-fallout', to: 'closed', outcome: 'register-fallout', effects: FINAL, source: BRP,
    description: text('Uitval BRP-controle: niet opgepakt', 'Register check fell out: not picked up') }),
  row({ id: 'picked-up', from: ['screening'], event: 'picked-up', to: 'contacting', source: JOURNEY,
    description: text('Signaal opgepakt', 'Signal picked up') }),
  row({ id: 'known-at-debt-help', from: ['screening'], event: 'known-at-debt-help', to: 'closed', outcome: 'known-at-debt-help', effects: FINAL, source: DDAS_STATUS,
    description: text('Inwoner al bekend bij schuldhulpverlening', 'Resident already known at debt help') }),
  row({ id: 'known-at-debt-help-in-contact', from: ['contacting', 'reached'], event: 'known-at-debt-help', to: 'closed', outcome: 'known-at-debt-help', effects: FINAL,
    source: KNOWN_IN_CONTACT,
    description: text('Na oppakken blijkt de inwoner al bekend bij schuldhulpverlening', 'After pick-up the resident turns out to be known at debt help already') }),
  row({ id: 'known-at-debt-help-after-help', from: AFTER_HELP, event: 'known-at-debt-help', to: 'closed', outcome: 'known-at-debt-help', source: KNOWN_IN_CONTACT,
    description: text('Na hulpacceptatie blijkt de inwoner al bekend bij schuldhulpverlening (de signaalpartner houdt "wil hulp")',
      'After help was accepted the resident turns out to be known at debt help (the creditor keeps "wants help")') }),
  row({ id: 'not-picked-up', from: NOT_PICKED_UP, event: 'not-picked-up', to: 'closed', outcome: 'not-picked-up', effects: FINAL, source: DDAS_STATUS,
    description: text('Niet opgepakt: andere reden', 'Not picked up: other reason') }),
  row({ id: 'unjustified', from: NOT_PICKED_UP, event: 'unjustified', to: 'closed', outcome: 'unjustified', effects: FINAL, source: DDAS_STATUS,
    description: text('Niet opgepakt: onterecht signaal', 'Not picked up: unjustified signal') }),
  row({ id: 'repeated-signal', from: NOT_PICKED_UP, event: 'repeated-signal', to: 'closed', outcome: 'repeated', effects: FINAL, source: DDAS_STATUS,
    description: text('Niet opgepakt: herhaalde melding', 'Not picked up: repeated signal') }),
  row({ id: 'contact-not-reached', from: IN_CONTACT, event: 'contact-not-reached', to: 'unchanged', source: JOURNEY,
    description: text('Contactpoging: niet bereikt', 'Contact attempt: not reached') }),
  row({ id: 'contact-reached', from: ['contacting', 'reached'], event: 'contact-reached', to: 'reached', source: JOURNEY,
    description: text('Contactpoging: inwoner bereikt', 'Contact attempt: resident reached') }),
  row({ id: 'contact-reached-after-help', from: ['help-accepted'], event: 'contact-reached', to: 'help-accepted', source: JOURNEY,
    description: text('Vervolgcontact na hulpacceptatie', 'Follow-up contact after help was accepted') }),
  row({ id: 'contact-given-up', from: ['contacting'], event: 'contact-given-up', to: 'closed', outcome: 'not-reached', effects: FINAL, source: DDAS_RESULT,
    description: text('Definitief geen contact kunnen krijgen', 'No contact could be made') }),
  row({ id: 'contact-lost', from: ['reached'], event: 'contact-lost', to: 'closed', outcome: 'no-response-after-contact', effects: FINAL,
    source: DDAS_RESULT, description: text('Geen reactie na eerder contact', 'No response after earlier contact') }),
  row({ id: 'contact-lost-after-help', from: AFTER_HELP, event: 'contact-lost', to: 'closed', outcome: 'no-response-after-contact', source: KEEPS_INTERIM,
    description: text('Geen reactie meer na hulpacceptatie (de signaalpartner houdt "wil hulp")', 'No response after help was accepted (the creditor keeps "wants help")') }),
  row({ id: 'help-accepted', from: ['reached'], event: 'help-accepted', to: 'help-accepted',
    effects: HELP_ACCEPTED,
    source: cite(SOURCES.signaalreis, 'tussentijdse hulpacceptatie wordt direct doorgegeven; 30 dagen incassorust'),
    description: text('Inwoner wil hulp', 'Resident wants help') }),
  row({ id: 'help-declined', from: ['reached'], event: 'help-declined', to: 'closed', outcome: 'declined', effects: FINAL, source: DDAS_RESULT,
    description: text('Inwoner regelt het zelf/hoeft geen hulp', 'Resident manages alone / wants no help') }),
  row({ id: 'own-action', from: ['reached'], event: 'own-action', to: 'closed', outcome: 'own-action', effects: FINAL, source: DDAS_RESULT,
    description: text('Inwoner heeft zelf al betaald of een regeling getroffen', 'Resident already paid or made an arrangement') }),
  row({ id: 'own-action-before-contact', from: ['received', 'manual-review', 'screening', 'contacting'], event: 'own-action', to: 'closed', outcome: 'own-action', effects: FINAL,
    source: cite(SOURCES.signaalreis, 'Bijlage 1, Gemeente 3: "Op de 5e kijkt verhuurder zelf wie heeft betaald/betalingsregeling getroffen. Gemeente krijgt daar terugkoppeling op; daar wachten ze op totdat ze actie ondernemen."'),
    description: text('Signaalpartner meldt vóór het contact: betaald of regeling getroffen', 'The creditor reports before contact: paid or arrangement made') }),
  row({ id: 'other-trajectory', from: ['reached'], event: 'other-trajectory', to: 'closed', outcome: 'other-trajectory', effects: FINAL, source: DDAS_RESULT,
    description: text('Inwoner heeft al een ander lopend traject', 'Resident is already in another programme') }),
  row({ id: 'help-completed', from: ['help-accepted'], event: 'help-completed', to: 'closed', outcome: 'help-completed', source: DDAS_RESULT,
    description: text('Hulp geboden: advies, quick fix of verwijzing', 'Help given: advice, quick fix or referral') }),
  row({ id: 'deceased', from: BEFORE_HELP, event: 'deceased', to: 'closed', outcome: 'deceased', effects: FINAL, source: DDAS_STATUS,
    description: text('Inwoner is overleden', 'Resident deceased') }),
  row({ id: 'deceased-after-help', from: AFTER_HELP, event: 'deceased', to: 'closed', outcome: 'deceased', source: KEEPS_INTERIM,
    description: text('Inwoner is overleden na hulpacceptatie (de signaalpartner houdt "wil hulp")', 'Resident deceased after help was accepted (the creditor keeps "wants help")') }),
  row({ id: 'moved-away', from: BEFORE_HELP, event: 'moved-away', to: 'closed', outcome: 'moved-away', effects: FINAL, source: DDAS_STATUS,
    description: text('Persoon is geen inwoner (meer) in de gemeente', 'Person no longer lives in the municipality') }),
  row({ id: 'moved-away-after-help', from: AFTER_HELP, event: 'moved-away', to: 'closed', outcome: 'moved-away', source: KEEPS_INTERIM,
    description: text('Verhuisd na hulpacceptatie (de signaalpartner houdt "wil hulp")', 'Moved away after help was accepted (the creditor keeps "wants help")') }),
  row({ id: 'auto-close-not-picked-up', from: NOT_PICKED_UP, event: 'auto-close', to: 'closed', outcome: 'not-picked-up', effects: FINAL, source: FEEDBACK,
    description: text('Na 28 dagen automatisch afgesloten: niet opgepakt', 'Closed automatically after 28 days: not picked up') }),
  row({ id: 'auto-close-not-reached', from: ['contacting'], event: 'auto-close', to: 'closed', outcome: 'not-reached', effects: FINAL, source: FEEDBACK,
    description: text('Na 28 dagen automatisch afgesloten: niet bereikt', 'Closed automatically after 28 days: not reached') }),
  row({ id: 'auto-close-no-response', from: ['reached'], event: 'auto-close', to: 'closed', outcome: 'no-response-after-contact', effects: FINAL, source: FEEDBACK,
    description: text('Na 28 dagen automatisch afgesloten: geen hulpvraag', 'Closed automatically after 28 days: no request for help') }),
  row({ id: 'signal-added', from: OPEN, event: 'signal-added', to: 'unchanged', source: cite(SOURCES.ddas, 'vroegsignaalzaak met een of meer vroegsignalen'),
    description: text('Nieuw signaal bij de zaak gevoegd', 'Another signal joined to the case') }),
  row({ id: 'plan-ready', from: AFTER_HELP, event: 'plan-ready', to: 'unchanged', source: cite(SOURCES.convenant, 'afspraak 4: "Binnen deze 4 weken is een plan van aanpak klaar."'),
    description: text('Plan van aanpak klaar', 'Plan of approach ready') }),
  row({ id: 'data-quality-note', from: OPEN, event: 'data-quality-note', to: 'unchanged',
    source: cite(SOURCES.signaalreis, 'Bijlage 1, terugkoppeling van gemeente aan zorgverzekeraars: "Soms wordt via mail gemeld: Contactgegevens kloppen niet; Adres klopt niet meer; Zonder vast verblijfadres"'),
    description: text('Opmerking over de gegevens voor de signaalpartner', 'Note on the data for the creditor') }),
  row({ id: 'feedback-sent', from: [...OPEN, 'closed'], event: 'feedback-sent', to: 'unchanged', source: FEEDBACK,
    description: text('Terugkoppeling verstuurd aan de signaalpartner', 'Feedback sent to the creditor') }),
]);
