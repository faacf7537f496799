/**
 * What each end result of a case (DDAS v1.2 `EnumEindresultaat`, the texts xxllnc exports in
 * "Wat is het eindresultaat") says about the study's questions: was the signal picked up, was the
 * resident reached, was help accepted. `undefined` means the result does not say.
 * @module
 */

/** The facts an end result implies. @category Vendor exports */
export interface EndResultFacts {
  /** False when the signal was not picked up (or the person is not a resident / deceased). */
  readonly pickedUp?: boolean;
  /** Whether the resident was reached. */
  readonly reached?: boolean;
  /** Whether help was accepted. */
  readonly helpAccepted?: boolean;
  /** The resident was already known at debt help. */
  readonly knownAtDebtHelp?: boolean;
}

/**
 * The 16 end results of DDAS v1.2 (lower case) and their facts.
 * @category Vendor exports
 */
export const END_RESULT_FACTS: Readonly<Record<string, EndResultFacts>> = {
  '(budget)advies en/of quick fix': { pickedUp: true, reached: true, helpAccepted: true },
  'definitief geen contact kunnen krijgen': { pickedUp: true, reached: false },
  'geen reactie na eerder contact': { pickedUp: true, reached: true, helpAccepted: false },
  'inwoner al bekend bij schuldhulpverlening': { knownAtDebtHelp: true },
  'inwoner heeft al een ander lopend traject': { pickedUp: true, reached: true, helpAccepted: false },
  'inwoner heeft zelf al betaald/betalingsregeling getroffen': { pickedUp: true, reached: true, helpAccepted: false },
  'inwoner is overleden': { pickedUp: false },
  'inwoner regelt het zelf/hoeft geen hulp vanuit vroegsignalering': { pickedUp: true, reached: true, helpAccepted: false },
  'niet opgepakt: andere reden': { pickedUp: false },
  'niet opgepakt: herhaalde melding': { pickedUp: false },
  'niet opgepakt: onterecht signaal': { pickedUp: false },
  'persoon is geen inwoner (meer) in de gemeente': { pickedUp: false },
  'vervolghulp en/of verwijzing': { pickedUp: true, reached: true, helpAccepted: true },
  'vervolghulp en/of verwijzing financieel': { pickedUp: true, reached: true, helpAccepted: true },
  'vervolghulp en/of verwijzing niet financieel': { pickedUp: true, reached: true, helpAccepted: true },
  'verwijzing zonder tussenkomst inwoner': { pickedUp: true },
};

/**
 * The facts of an end-result text (case and spacing ignored), or `null` when it is not one of
 * the DDAS end results.
 * @example
 * endResultFacts('Vervolghulp en/of verwijzing financieel') // { pickedUp: true, reached: true, helpAccepted: true }
 * @category Vendor exports
 */
export function endResultFacts(result: string): EndResultFacts | null {
  return END_RESULT_FACTS[result.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}
