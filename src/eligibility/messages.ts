import { type LocalizedText } from '../model/index.js';
import { text } from '../model/internal.js';

/**
 * The fixed messages of one rule, built once when a rulebook is compiled, so that an
 * assessment shares them instead of building text.
 * @internal
 */
export interface RuleMessages {
  readonly pass: LocalizedText;
  readonly fail: LocalizedText;
  readonly notYet: LocalizedText;
  readonly tooLate: LocalizedText;
  readonly info: LocalizedText;
}

/** Build the messages of a rule from its title. @internal */
export function ruleMessages(title: LocalizedText): RuleMessages {
  const say = (nl: string, en: string) => Object.freeze(text(`${title.nl}: ${nl}`, `${title.en}: ${en}`));
  return {
    pass: say('voldaan.', 'met.'),
    fail: say('niet voldaan.', 'not met.'),
    notYet: say('nog niet, de achterstand is te kort.', 'not yet, the arrears are too recent.'),
    tooLate: say('te laat, de achterstand is te oud.', 'too late, the arrears are too old.'),
    info: Object.freeze(text(`${title.nl}.`, `${title.en}.`)),
  };
}

/** The message of a rule that does not apply on the assessed date. @internal */
export function notInForceMessage(title: LocalizedText, validFrom: string, validTo: string | null | undefined): LocalizedText {
  const nlPeriod = validTo ? `van ${validFrom} tot en met ${validTo}` : `vanaf ${validFrom}`;
  const enPeriod = validTo ? `from ${validFrom} to ${validTo}` : `from ${validFrom}`;
  return Object.freeze(text(`${title.nl}: geldt niet op deze datum (geldig ${nlPeriod}).`, `${title.en}: not in force on this date (valid ${enPeriod}).`));
}
