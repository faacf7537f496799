/**
 * Channels of contact attempts, as DDAS v1.2 `EnumContactsoort` names them.
 * @module
 */

/**
 * Channels a municipality uses to reach a resident (De signaalreis: letter, card, phone,
 * e-mail, SMS/WhatsApp, home visit, appointment), with their DDAS `soort`.
 * @category DDAS
 */
export const CONTACT_CHANNELS = {
  administrative: 'Administratief',
  appointment: 'Afspraak op locatie',
  letter: 'Brief',
  'home-visit': 'Huisbezoek',
  card: 'Kaartje',
  email: 'Mail',
  unknown: 'Onbekend',
  other: 'Overige',
  'sms-whatsapp': 'SMS/Whatsapp',
  phone: 'Telefoon',
} as const;

/** A contact channel. @category Lifecycle */
export type ContactChannel = keyof typeof CONTACT_CHANNELS;
/** The channel names, for schemas. @category Lifecycle */
export const CONTACT_CHANNEL_NAMES = Object.keys(CONTACT_CHANNELS) as [ContactChannel, ...ContactChannel[]];
