/**
 * The ways a municipality tries to contact a resident, as recorded in outcomes
 * (DDAS v1.2 `contactpoging.soort`; xxllnc "Wijze van contactpoging").
 * @module
 */

/**
 * Contact-attempt channels in a sample's outcomes.
 * @category Samples
 */
export const ATTEMPT_CHANNELS = Object.freeze([
  'letter', 'email', 'sms', 'phone', 'home-visit', 'card', 'appointment', 'administrative', 'other', 'unknown',
] as const);
/** A contact-attempt channel. @category Samples */
export type AttemptChannel = (typeof ATTEMPT_CHANNELS)[number];

/**
 * Dutch names of the channels as exports write them (DDAS `soort` and xxllnc texts), lower case,
 * mapped to {@link AttemptChannel}. English names map to themselves.
 * @category Samples
 */
export const ATTEMPT_CHANNEL_NAMES: Readonly<Record<string, AttemptChannel>> = {
  brief: 'letter',
  mail: 'email',
  'e-mail': 'email',
  email: 'email',
  sms: 'sms',
  'sms/whatsapp': 'sms',
  whatsapp: 'sms',
  app: 'sms',
  telefoon: 'phone',
  telefonisch: 'phone',
  bellen: 'phone',
  huisbezoek: 'home-visit',
  'home visit': 'home-visit',
  kaartje: 'card',
  kaart: 'card',
  'afspraak op locatie': 'appointment',
  afspraak: 'appointment',
  administratief: 'administrative',
  overige: 'other',
  onbekend: 'unknown',
  ...Object.fromEntries(ATTEMPT_CHANNELS.map((c) => [c, c])),
};

/**
 * Read a channel name in Dutch or English (case-insensitive), or `null` when unknown.
 * @example
 * attemptChannel('Telefoon') // 'phone'
 * @category Samples
 */
export function attemptChannel(name: string): AttemptChannel | null {
  return ATTEMPT_CHANNEL_NAMES[name.trim().toLowerCase()] ?? null;
}
