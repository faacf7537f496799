/**
 * Field readers of the sample format that the model does not have: yes/no values as exports
 * write them, a postcode that may be cut to its four digits, contact channels, and contact
 * attempts in a compact text form for CSV cells.
 * @module
 */
import { z } from 'zod';
import { IsoDateField } from '../model/internal.js';
import { attemptChannel, type AttemptChannel } from './contact-channels.js';

const YES = new Set(['true', 'yes', 'ja', 'j', 'y', '1', 'waar']);
const NO = new Set(['false', 'no', 'nee', 'n', '0', 'onwaar']);

/**
 * Read yes/no as exports write it: `true`/`false`, `ja`/`nee`, `yes`/`no`, `1`/`0`; or `null`.
 * @example
 * readYesNo('Ja') // true
 * @category Samples
 */
export function readYesNo(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  if (typeof value !== 'string') return null;
  const s = value.trim().toLowerCase();
  return YES.has(s) ? true : NO.has(s) ? false : null;
}

/**
 * An optional yes/no field: a boolean, or `ja`/`nee`, `yes`/`no`, `true`/`false`, `1`/`0`;
 * an empty cell or `null` means absent.
 * @category Samples
 */
export const OptionalYesNoField = z
  .union([z.boolean(), z.string(), z.number(), z.null()])
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === null || value === '') return undefined;
    const b = readYesNo(value);
    if (b === null) {
      ctx.addIssue({ code: 'custom', message: 'Expected yes or no (ja/nee, true/false, 1/0)', params: { code: 'invalid_yes_no' } });
      return z.NEVER;
    }
    return b;
  });

const AREA_RE = /^[1-9][0-9]{3}$/;
const POSTCODE_RE = /^([1-9][0-9]{3})\s?([A-Za-z]{2})$/;

/**
 * A postcode in full (`1234AB`, `1234 ab`) or cut to its four digits (`1234`), as a
 * pseudonymised sample keeps it. Out: `1234AB` or `1234`.
 * @category Samples
 */
export const PostcodeOrAreaField = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const s = String(value).trim();
  if (AREA_RE.test(s)) return s;
  const m = POSTCODE_RE.exec(s);
  if (m) return `${m[1]}${m[2]!.toUpperCase()}`;
  ctx.addIssue({ code: 'custom', message: 'Expected a Dutch postcode (1234 AB) or its four digits (1234)', params: { code: 'invalid_postcode' } });
  return z.NEVER;
});

/** A contact channel in Dutch or English (see `ATTEMPT_CHANNEL_NAMES`). @category Samples */
export const ChannelField = z.string().transform((value, ctx): AttemptChannel => {
  const channel = attemptChannel(value);
  if (channel === null) {
    ctx.addIssue({ code: 'custom', message: 'Unknown contact channel (use letter, email, sms, phone, home-visit, card, …)', params: { code: 'invalid_channel' } });
    return z.NEVER;
  }
  return channel;
});

/** One contact attempt, as a sample's outcome records it. @category Samples */
export const AttemptSchema = z.object({
  date: IsoDateField,
  channel: ChannelField,
  reached: OptionalYesNoField,
});

/**
 * Split the compact CSV form of attempts, `2023-04-05 phone no; 2023-04-07 phone yes`, into
 * attempt objects (date, channel, reached). Channel names with spaces are kept whole
 * (`05-04-2023 afspraak op locatie nee`); a missing yes/no leaves `reached` out.
 * @example
 * splitAttempts('2023-04-05 phone no; 2023-04-07 phone yes').length // 2
 * @category Samples
 */
export function splitAttempts(cell: string): Array<{ date: string; channel: string; reached?: string }> {
  return cell
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const words = part.split(/\s+/);
      const date = words.shift() ?? '';
      const last = words.length > 1 ? words[words.length - 1]! : '';
      if (readYesNo(last) === null) return { date, channel: words.join(' ') };
      words.pop();
      return { date, channel: words.join(' '), reached: last };
    });
}

/** Contact attempts: an array of attempt objects (JSONL) or the compact text form (CSV). @category Samples */
export const AttemptsField = z.preprocess((v) => (typeof v === 'string' ? splitAttempts(v) : v), z.array(AttemptSchema));
