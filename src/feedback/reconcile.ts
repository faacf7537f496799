import { z } from 'zod';
import { cite, daysBetween, SOURCES, UsageError, type Reason, type Result } from '../model/index.js';
import { EuroField, IsoDateField, issuesFromZod, reason, text } from '../model/internal.js';
import type { Case } from './case.js';
import { caseFacts } from './case-facts.js';
import { parseEvent, type CaseEvent } from './events.js';

/**
 * What a creditor reports about a signal after sending it: `paid` (betaald), `arrangement`
 * (betalingsregeling getroffen) or `still-open` (the arrears still stand).
 * @category Reconciliation
 */
export const CREDITOR_STATUSES = ['paid', 'arrangement', 'still-open'] as const;
/** A creditor's status of a signal. @category Reconciliation */
export type CreditorStatus = (typeof CREDITOR_STATUSES)[number];

const Id = z.union([z.string().trim().min(1), z.number().transform(String)]);

/**
 * A creditor's later list or status update (a landlord's list on the 5th of who paid since the
 * 1st; a check 8–10 days after the signals arrived): for each of its signals, the status, and
 * optionally the amount still open.
 * @category Reconciliation
 */
export const CreditorUpdateSchema = z.strictObject({
  creditorId: Id,
  receivedOn: IsoDateField,
  entries: z.array(z.strictObject({ signalId: Id, status: z.enum(CREDITOR_STATUSES), openAmount: EuroField.optional() })).min(1),
});
/** The input form of a creditor update. @category Reconciliation */
export type CreditorUpdateInput = z.input<typeof CreditorUpdateSchema>;

/**
 * What reconciliation decided for one entry of the update:
 * - `close`: paid or arranged before contact — close the case with `event` (outcome `own-action`);
 * - `confirm`: the arrears still stand — go ahead with contact;
 * - `keep`: paid or arranged, but the case stays open (contact already under way, or another
 *   creditor's signal in the case is still open);
 * - `no-open-case`: no open case holds this creditor's signal.
 * @category Reconciliation
 */
export type ReconcileDecision = 'close' | 'confirm' | 'keep' | 'no-open-case';

/** The outcome for one entry of a creditor update. @category Reconciliation */
export interface ReconcileItem {
  /** Position of the entry in the update. */
  readonly index: number;
  /** The signal. */
  readonly signalId: string;
  /** The case holding it, or `null`. */
  readonly caseId: string | null;
  /** What to do. */
  readonly decision: ReconcileDecision;
  /** The event that closes the case (for `close`), to pass to `applyEvent`; else `null`. */
  readonly event: CaseEvent | null;
  /** Why. */
  readonly reasons: readonly Reason[];
}

/** Options of {@link reconcile}. @category Reconciliation */
export interface ReconcileOptions {
  /** The instant to stamp a closing event with (with an offset), e.g. `2025-05-12T09:00:00+02:00`. */
  readonly at: string;
  /** Who reconciles, for the audit trail. */
  readonly actor: string;
}

/** States before any contact attempt: a creditor's "paid" may close the case there. */
const BEFORE_CONTACT = new Set<Case['state']>(['received', 'manual-review', 'screening', 'contacting']);

const M3 = cite(SOURCES.signaalreis, 'Bijlage 1, Gemeente 3: "Op de 5e kijkt verhuurder zelf wie heeft betaald/betalingsregeling getroffen. Gemeente krijgt daar terugkoppeling op; daar wachten ze op totdat ze actie ondernemen."');
const CHECK = cite(SOURCES.signaalreis, '"Zo gaf een van de gemeenten aan ongeveer 8-10 dagen na de ontvangst van de signalen van de woningbouwcorporatie af te stemmen welke huurders inmiddels hebben betaald."');

const UPDATE_LABELS: Readonly<Record<string, string>> = { creditorId: 'signaalpartner-ID', receivedOn: 'datum ontvangen', entries: 'regels', signalId: 'signaal-ID', status: 'status', openAmount: 'openstaand bedrag' };

const STATUS_TEXT: Readonly<Record<CreditorStatus, { readonly nl: string; readonly en: string }>> = {
  paid: text('betaald', 'paid'), arrangement: text('betalingsregeling getroffen', 'arrangement made'), 'still-open': text('achterstand staat nog open', 'arrears still open'),
};

/**
 * Reconcile open cases with a creditor's later list or status update, before contact: a signal
 * the creditor reports as paid or arranged closes its case (an `own-action` event, returned as
 * data for `applyEvent`) while no contact attempt was made and no other creditor's signal in the
 * case is open; a signal still open is confirmed for contact. Each item says why, citing De
 * signaalreis (Gemeente 3 waits for the landlord's list on the 5th; a municipality checks 8–10
 * days after receipt), with the days between the signal and the update. Returns the update's
 * issues when it does not validate; never throws for data.
 * @example
 * const r = reconcile(openCases, { creditorId: 'W1', receivedOn: '2025-05-05', entries: [{ signalId: 'S1', status: 'paid' }] },
 *   { at: '2025-05-05T10:00:00+02:00', actor: 'staff:7' });
 * // r.ok && r.value[0].decision === 'close'; applyEvent(c, r.value[0].event!)
 * @category Reconciliation
 */
export function reconcile(cases: readonly Case[], update: unknown, options: ReconcileOptions): Result<ReconcileItem[]> {
  const stamp = parseEvent({ type: 'own-action', caseId: 'reconcile', at: options.at, actor: options.actor });
  if (!stamp.ok) throw new UsageError('reconcile options (at, actor)', stamp.issues);
  const parsed = CreditorUpdateSchema.safeParse(update);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error, UPDATE_LABELS) };
  const { creditorId, receivedOn, entries } = parsed.data;
  const bySignal = new Map<string, Case>();
  for (const c of cases) {
    if (c.state === 'closed') continue;
    for (const s of c.signals) if (s.creditor.id === creditorId) bySignal.set(s.id, c);
  }
  const closing = new Set(entries.filter((e) => e.status !== 'still-open').map((e) => e.signalId));
  return {
    ok: true,
    value: entries.map((entry, index): ReconcileItem => {
      const c = bySignal.get(entry.signalId);
      if (c === undefined) {
        return { index, signalId: entry.signalId, caseId: null, decision: 'no-open-case', event: null, reasons: [reason('reconcile.no-open-case', 'info', M3,
          text('Geen open zaak met dit signaal van deze signaalpartner', 'No open case holds this signal of this creditor'), { index })] };
      }
      const signal = c.signals.find((s) => s.id === entry.signalId)!;
      const days = daysBetween(signal.receivedDate, receivedOn);
      const said = STATUS_TEXT[entry.status];
      const reported = reason('reconcile.update', 'info', CHECK,
        text(`Signaalpartner meldt ${days} dagen na het signaal: ${said.nl}`, `The creditor reports ${days} days after the signal: ${said.en}`),
        { index, status: entry.status, daysAfterSignal: days, openAmount: entry.openAmount ?? null });
      const { decision, why } = decide(c, entry.status, closing);
      const event = decision === 'close' ? { ...stamp.value, caseId: c.id } : null;
      return { index, signalId: entry.signalId, caseId: c.id, decision, event, reasons: [reported, why] };
    }),
  };
}

/** The decision for one case, with its reason. */
function decide(c: Case, status: CreditorStatus, closing: ReadonlySet<string>): { decision: ReconcileDecision; why: Reason } {
  if (status === 'still-open') {
    return { decision: 'confirm', why: reason('reconcile.confirm', 'pass', CHECK, text('Achterstand staat nog: contact opnemen', 'The arrears still stand: make contact'), { caseId: c.id }) };
  }
  if (!BEFORE_CONTACT.has(c.state) || caseFacts(c).firstAttemptDate !== null) {
    return { decision: 'keep', why: reason('reconcile.keep-in-contact', 'info', M3, text(
      'Contact loopt al: zaak blijft open; leg de uitkomst van het gesprek vast', 'Contact is under way: the case stays open; record what the conversation brings',
    ), { caseId: c.id, state: c.state }) };
  }
  const open = c.signals.filter((s) => !closing.has(s.id)).map((s) => s.id);
  if (open.length > 0) {
    return { decision: 'keep', why: reason('reconcile.keep-others-open', 'info', M3, text(
      `Andere signalen in de zaak staan nog open (${open.length}): zaak blijft open`, `Other signals of the case are still open (${open.length}): the case stays open`,
    ), { caseId: c.id, stillOpen: open.length }) };
  }
  return { decision: 'close', why: reason('reconcile.close', 'pass', M3, text(
    'Betaald of regeling getroffen vóór het contact: zaak afsluiten (inwoner heeft zelf al betaald/betalingsregeling getroffen)',
    'Paid or arranged before contact: close the case (resident already paid or made an arrangement)',
  ), { caseId: c.id }) };
}
