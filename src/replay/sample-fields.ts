/**
 * The field readers of the sample format, all built on the model's reading kernel
 * (`src/model/readers.ts`): a yes/no reader over the model's one yes/no vocabulary
 * (`readYesNo`), a postcode that may be cut to its four digits (checked by the model's
 * postcode reader), contact channels, and contact attempts in a compact text form for CSV cells.
 * Nothing here reads a date, amount, postcode or yes/no in its own way.
 * @module
 */
import { z } from 'zod';
import { readYesNo } from '../model/index.js';
import { postcodeReader, type FieldReader } from '../model/internal.js';
import { attemptChannel, type AttemptChannel } from './contact-channels.js';

const STRING_OR_NUMBER = z.union([z.string(), z.number()]);

/**
 * Yes/no answers as a field reader: the model's {@link readYesNo} vocabulary (`ja`/`nee`,
 * `waar`/`onwaar`, `true`/`false`, `1`/`0`, …). Booleans reach it as text through
 * {@link yesNoAsText}, because record sections read text and numbers only.
 */
export const yesNoReader: FieldReader<string | number, boolean> = {
  input: STRING_OR_NUMBER,
  acceptsNumbers: true,
  code: 'invalid_yes_no',
  message: 'Expected yes or no (ja/nee, waar/onwaar, true/false, 1/0)',
  read: readYesNo,
};

/**
 * A postcode in full (`1234AB`, `1234 ab`) or cut to its four digits (`1234`), as a
 * pseudonymised sample keeps it. Out: `1234AB` or `1234`. Both forms are judged by the model's
 * postcode reader (the four digits as the first part of a full postcode).
 */
export const postcodeOrAreaReader: FieldReader<string | number, string> = {
  input: STRING_OR_NUMBER,
  acceptsNumbers: true,
  code: 'invalid_postcode',
  message: 'Expected a Dutch postcode (1234 AB) or its four digits (1234)',
  read: (value) => {
    const s = String(value).trim();
    if (s.length !== 4) return postcodeReader.read(s);
    return postcodeReader.read(`${s}AA`) === null ? null : s;
  },
};

/** A contact channel in Dutch or English (see `ATTEMPT_CHANNEL_NAMES`). */
export const channelReader: FieldReader<string, AttemptChannel> = {
  input: z.string(),
  acceptsNumbers: false,
  code: 'invalid_channel',
  message: 'Unknown contact channel (use letter, email, sms, phone, home-visit, card, …)',
  read: attemptChannel,
};

/**
 * Split the compact CSV form of attempts, `2023-04-05 phone no; 2023-04-07 phone yes`, into
 * attempt objects (date, channel, reached). Channel names with spaces are kept whole
 * (`05-04-2023 afspraak op locatie nee`); a missing yes/no leaves `reached` out.
 * @example
 * splitAttempts('2023-04-05 phone no; 2023-04-07 phone yes').length // 2
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
