/**
 * Citations of the documents every rule in this library rests on.
 *
 * The seed documents are kept in the project's `shared/seeds/` folder; code comments and
 * docs cite them by these names so that a reviewer can find the paragraph a rule came from.
 * @module
 */

/** A citation: the document (and optionally the clause or passage) a rule comes from. */
export interface SourceRef {
  /** Short stable key, e.g. `convenant`. */
  readonly id: string;
  /** Human-readable document name, e.g. "Landelijk Convenant Vroegsignalering". */
  readonly document: string;
  /** Clause, article or passage within the document, when one applies. */
  readonly clause?: string;
  /** Seed file in `shared/seeds/` the statement was read from, when it is a seed. */
  readonly seed?: string;
}

/**
 * The documents cited throughout the library, keyed by a short id.
 * @category Sources
 */
export const SOURCES = {
  rulesOfThumb: {
    id: 'rulesOfThumb',
    document: 'NVVK, Update vroegsignalering voor vaste lasten partners (mei 2022): vuistregels',
    seed: '000_6e6836a5c6d27b26.txt',
  },
  nvvkEarlySignalling: {
    id: 'nvvkEarlySignalling',
    document: 'NVVK, Vroegsignalering (webpagina: drie methoden, Wgs, landelijk convenant)',
    seed: '001_4d0bfa62e6f96adc.txt',
  },
  convenant: {
    id: 'convenant',
    document: 'Landelijk Convenant Vroegsignalering (blogarchief vroegsignalering)',
    seed: '002_ccab6cad2ae0396c.txt',
  },
  signaalreis: {
    id: 'signaalreis',
    document: 'Divosa/NVVK/VNG, De signaalreis (2023)',
    seed: '003_b39b281b8c98e411.txt',
  },
  warmReferral: {
    id: 'warmReferral',
    document: 'NVVK, Projectplan Warme doorverwijzing',
    seed: '004_438b90fb981c4de3.txt',
  },
  wgs: {
    id: 'wgs',
    document: 'Wet gemeentelijke schuldhulpverlening (Wgs)',
  },
  bgs: {
    id: 'bgs',
    document: 'Besluit gemeentelijke schuldhulpverlening (Bgs)',
  },
  atw: {
    id: 'atw',
    document: 'Algemene termijnenwet (Atw)',
  },
  brpApi: {
    id: 'brpApi',
    document: 'Haal Centraal BRP bevragen API (BRP-API)',
  },
  ddas: {
    id: 'ddas',
    document: 'DDAS Vroegsignalering, Uitwisselmodel v1.2 (VNG Realisatie)',
  },
} as const satisfies Record<string, SourceRef>;

/**
 * Cite a known source at a particular clause or passage.
 *
 * @example
 * cite(SOURCES.convenant, 'termijnen drinkwater en zorgpremie 30–100 dagen')
 * @category Sources
 */
export function cite(source: SourceRef, clause: string): SourceRef {
  return { ...source, clause };
}
