import { type EffectivePeriod, type LocalizedText } from '../model/index.js';
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

/** The message of a rule that does not apply on the assessed date, with the periods it does apply in. @internal */
export function notInForceMessage(title: LocalizedText, periods: readonly EffectivePeriod[]): LocalizedText {
  const nl = periods.map((p) => (p.until ? `van ${p.from} tot ${p.until}` : `vanaf ${p.from}`)).join(', ');
  const en = periods.map((p) => (p.until ? `from ${p.from} until ${p.until}` : `from ${p.from}`)).join(', ');
  return Object.freeze(text(`${title.nl}: geldt niet op deze datum (geldig ${nl}).`, `${title.en}: not in force on this date (valid ${en}).`));
}
