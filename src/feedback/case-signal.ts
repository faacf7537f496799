import { z } from 'zod';
import { SECTORS, SIGNAL_KINDS, type Signal } from '../model/index.js';
import { BsnField, EuroField, HouseNumberField, IsoDateField, PostcodeField } from '../model/internal.js';

/**
 * DDAS v1.2 `EnumSignaalpartner`: the creditor types the national monitor distinguishes.
 * @category DDAS
 */
export const DDAS_PARTNER_TYPES = [
  'Belastingdienst', 'CAK Eigen bijdrage', 'CAK Zorgverzekeringen', 'Dienst Toeslagen', 'DUO', 'Energie', 'Huur',
  'Hypotheek', 'Overige', 'Water', 'Zorg',
] as const;
/** A DDAS creditor type. @category DDAS */
export type DdasPartnerType = (typeof DDAS_PARTNER_TYPES)[number];

const ClientSchema = z
  .object({
    bsn: BsnField.optional(),
    postcode: PostcodeField.optional(),
    houseNumber: HouseNumberField.optional(),
    houseNumberAddition: z.string().trim().min(1).max(6).optional(),
  })
  .superRefine((client, ctx) => {
    if (client.bsn === undefined && (client.postcode === undefined || client.houseNumber === undefined)) {
      ctx.addIssue({
        code: 'custom', path: ['bsn'], params: { code: 'missing_client_key' },
        message: 'Give the BSN, or the postcode and house number',
      });
    }
  });

/**
 * The part of a signal a case keeps: enough for deadlines, feedback and the DDAS export, and no
 * more (no name, birth date, phone or e-mail). The client is identified by BSN or by postcode
 * and house number; the DDAS export uses the BSN when there is one, never both.
 * @category Lifecycle
 */
export const CaseSignalSchema = z.object({
  id: z.union([z.string().trim().min(1), z.number().transform(String)]),
  kind: z.enum(SIGNAL_KINDS).default('early'),
  creditor: z.object({
    id: z.union([z.string().trim().min(1), z.number().transform(String)]),
    sector: z.enum(SECTORS),
    ddasType: z.enum(DDAS_PARTNER_TYPES).optional(),
  }),
  receivedDate: IsoDateField,
  amount: EuroField,
  originDate: IsoDateField.optional(),
  crisis: z.boolean().optional(),
  client: ClientSchema,
});

/** A signal as a case keeps it. @category Lifecycle */
export type CaseSignal = z.output<typeof CaseSignalSchema>;
/** The input form of {@link CaseSignal}. @category Lifecycle */
export type CaseSignalInput = z.input<typeof CaseSignalSchema>;

/** Dutch labels of the case-signal fields, for error messages. @category Lifecycle */
export const CASE_SIGNAL_LABELS: Readonly<Record<string, string>> = {
  id: 'signaal-ID', kind: 'soort signaal', 'creditor.id': 'signaalpartner-ID', 'creditor.sector': 'type signaalpartner',
  'creditor.ddasType': 'type signaalpartner (DDAS)', receivedDate: 'signaaldatum', amount: 'bedrag',
  originDate: 'ontstaansdatum', crisis: 'crisissignaal', 'client.bsn': 'burgerservicenummer',
  'client.postcode': 'postcode', 'client.houseNumber': 'huisnummer', 'client.houseNumberAddition': 'huisnummertoevoeging',
};

/**
 * Keep what a case needs from a parsed {@link Signal} of the model module.
 * @example
 * const caseSignal = caseSignalFromSignal(parsed.value); // then openCase({ ..., signal: caseSignal })
 * @category Lifecycle
 */
export function caseSignalFromSignal(signal: Signal): CaseSignal {
  const { address } = signal;
  const addition = `${address.houseLetter ?? ''}${address.houseNumberAddition ?? ''}`;
  return {
    id: signal.id,
    kind: signal.kind,
    creditor: { id: signal.creditor.id, sector: signal.creditor.sector },
    receivedDate: signal.receivedDate,
    amount: signal.arrears.total,
    ...(signal.arrears.oldestDueDate ? { originDate: signal.arrears.oldestDueDate } : {}),
    client: signal.debtor.bsn
      ? { bsn: signal.debtor.bsn }
      : { postcode: address.postcode, houseNumber: address.houseNumber, ...(addition ? { houseNumberAddition: addition } : {}) },
  };
}
