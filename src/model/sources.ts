/**
 * Citations of the documents every rule in this library rests on.
 *
 * Documents are cited by their title (and a clause or passage), never by a file name: code
 * comments, docs and every `Reason.source` in output name the document a reviewer can look up.
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
}

/**
 * The documents cited throughout the library, keyed by a short id.
 * @category Sources
 */
export const SOURCES = {
  rulesOfThumb: {
    id: 'rulesOfThumb',
    document: 'NVVK, Update vroegsignalering voor vaste lasten partners (mei 2022): vuistregels',
  },
  nvvkEarlySignalling: {
    id: 'nvvkEarlySignalling',
    document: 'NVVK, Vroegsignalering (webpagina: drie methoden, Wgs, landelijk convenant)',
  },
  convenant: {
    id: 'convenant',
    document: 'Landelijk Convenant Vroegsignalering (blogarchief vroegsignalering)',
  },
  signaalreis: {
    id: 'signaalreis',
    document: 'Divosa/NVVK/VNG, De signaalreis (2023)',
  },
  warmReferral: {
    id: 'warmReferral',
    document: 'NVVK, Projectplan Warme doorverwijzing',
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
