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
  readonly stripped: LocalizedText;
}

/** How the messages name a rule that the seeds do not state. */
const ORIGIN_NOTE: Readonly<Record<string, LocalizedText>> = {
  public: text(' (latere publieke regel)', ' (later public rule)'),
  assumption: text(' (aanname)', ' (assumption)'),
};

/** Build the messages of a rule from its title; a rule from a later source or an assumption says so. @internal */
export function ruleMessages(title: LocalizedText, origin?: string): RuleMessages {
  const note = (origin && ORIGIN_NOTE[origin]) || text('', '');
  const named = text(`${title.nl}${note.nl}`, `${title.en}${note.en}`);
  const say = (nl: string, en: string) => Object.freeze(text(`${named.nl}: ${nl}`, `${named.en}: ${en}`));
  return {
    pass: say('voldaan.', 'met.'),
    fail: say('niet voldaan.', 'not met.'),
    notYet: say('nog niet, de achterstand is te kort.', 'not yet, the arrears are too recent.'),
    tooLate: say('te laat, de achterstand is te oud.', 'too late, the arrears are too old.'),
    info: Object.freeze(text(`${named.nl}.`, `${named.en}.`)),
    stripped: say('uit het bedrag van het signaal gehaald; het signaal blijft staan.', 'taken out of the amount of the signal; the signal stays.'),
  };
}

/** The message of a rule with the effect `flag` that is not met: the signal may go, note this. @internal */
export function flaggedMessage(failed: LocalizedText): LocalizedText {
  return Object.freeze(text(`Let op (signaal mag wel): ${failed.nl}`, `Note (the signal may go): ${failed.en}`));
}

/** The message of a rule that does not apply on the assessed date, with the periods it does apply in. @internal */
export function notInForceMessage(title: LocalizedText, periods: readonly EffectivePeriod[]): LocalizedText {
  const nl = periods.map((p) => (p.until ? `van ${p.from} tot ${p.until}` : `vanaf ${p.from}`)).join(', ');
  const en = periods.map((p) => (p.until ? `from ${p.from} until ${p.until}` : `from ${p.from}`)).join(', ');
  return Object.freeze(text(`${title.nl}: geldt niet op deze datum (geldig ${nl}).`, `${title.en}: not in force on this date (valid ${en}).`));
}
