import { SOURCES, cite, type SourceRef } from '../model/index.js';

/**
 * Sources of the eligibility rules beyond the seed documents (those are in the model's
 * `SOURCES`): later public rules, cited by name and date. They are not seeds, so rules resting
 * on them carry the origin `public`, and docs/assumptions.md lists them.
 * @internal
 */
export const ELIGIBILITY_SOURCES = {
  /** NVVK news item of 30 Nov 2022 on the convenant amendment of 8 Dec 2022 (linked from De signaalreis). */
  nvvkAmendment2022: {
    id: 'nvvkAmendment2022',
    document: 'NVVK, Verbeterde vroegsignaleringsafspraken met energie- en drinkwaterbedrijven (30 nov 2022)',
  },
  /** The Energieregeling under the Energiewet, in force from 1 Jan 2026, as the NVVK summarises it. */
  energieregeling2026: {
    id: 'energieregeling2026',
    document: 'Energieregeling (Stcrt. 2025, 37730; in werking 1 januari 2026); NVVK, Nieuwe Energieregeling verbetert kwaliteit vroegsignalering (26 jan 2026)',
  },
  /** The Health Insurance Act's defaulters' scheme (wanbetalersregeling). */
  zvw: {
    id: 'zvw',
    document: 'Zorgverzekeringswet (Zvw), wanbetalersregeling (art. 18a e.v.)',
  },
} as const satisfies Record<string, SourceRef>;

/**
 * Cite De signaalreis, appendix 1 ("Bijlage 1: Beschrijving werkwijze van vastelastenpartners
 * en gemeenten"), at a passage.
 * @example
 * appendix('Energiemaatschappijen: "Na 2 termijnen achterstand"')
 * @internal
 */
export function appendix(passage: string): SourceRef {
  return cite(SOURCES.signaalreis, `Bijlage 1, ${passage}`);
}
