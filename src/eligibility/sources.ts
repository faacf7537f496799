import { SOURCES, cite, type SourceRef } from '../model/index.js';

/**
 * Sources of the eligibility rules: the seed documents (via `SOURCES`) and the later public
 * rules the seeds point to. Later public rules are cited by name and date; they are not seeds,
 * so the docs page (docs/eligibility.md) says where they differ from the seeds.
 * @category Rulebook
 */
export const ELIGIBILITY_SOURCES = {
  /** NVVK news item of 30 Nov 2022 on the convenant amendment of 8 Dec 2022 (linked from De signaalreis, 003). */
  nvvkAmendment2022: {
    id: 'nvvkAmendment2022',
    document: 'NVVK, Verbeterde vroegsignaleringsafspraken met energie- en drinkwaterbedrijven (30 nov 2022)',
  },
  /** The disconnection rules for small consumers of electricity and gas as amended in 2023. */
  disconnectionRules2023: {
    id: 'disconnectionRules2023',
    document: 'Regeling afsluitbeleid voor kleinverbruikers van elektriciteit en gas (wijziging per 1 april 2023)',
  },
  /** The Energy Act (Energiewet) and its lower regulations, in force from 1 Jan 2026. */
  energiewet: {
    id: 'energiewet',
    document: 'Energiewet en lagere regelgeving (in werking 1 januari 2026)',
  },
  /** The Health Insurance Act's defaulters' scheme (wanbetalersregeling). */
  zvw: {
    id: 'zvw',
    document: 'Zorgverzekeringswet (Zvw), wanbetalersregeling (art. 18a e.v.)',
  },
} as const satisfies Record<string, SourceRef>;

/**
 * Cite De signaalreis (003), appendix 1 ("Bijlage 1: Beschrijving werkwijze van
 * vastelastenpartners en gemeenten"), at a passage.
 * @example
 * appendix('Energiemaatschappijen: na 2 termijnen achterstand')
 * @category Rulebook
 */
export function appendix(passage: string): SourceRef {
  return cite(SOURCES.signaalreis, `Bijlage 1, ${passage}`);
}
