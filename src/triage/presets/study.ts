import type { PolicyInput } from '../policy-shape.js';

/** Shared metadata of the presets drawn from the study (De signaalreis, 003, Bijlage 1). */
export const STUDY = {
  version: '2023-03',
  effectiveFrom: '2023-03-01',
  source: (passage: string): string => `De signaalreis (Divosa/NVVK/VNG, 2023), ${passage}`,
} as const;

type PresetRule = PolicyInput['rules'][number];

/**
 * The rule every preset starts with: a signal about a legal person (bv, nv, foundation,
 * association) is not picked up, "other reason" (De signaalreis, "Ondernemers en
 * vroegsignalering": "Signalen over rechtspersonen mogen op basis van de Wgs niet worden
 * opgevolgd, tenzij er sprake is van persoonlijke aansprakelijkheid"). With personal liability,
 * record the debtor as the natural person who is liable.
 */
export const LEGAL_PERSON_RULE = {
  id: 'legal-person',
  when: { legalForm: { in: ['bv', 'nv', 'foundation', 'association'] } },
  then: { channel: 'not-picked-up', notPickedUp: 'other' },
  source: STUDY.source('Ondernemers en vroegsignalering: "Alle overige ondernemingsvormen, zoals een BV of NV, zijn rechtspersonen. Signalen over rechtspersonen mogen op basis van de Wgs niet worden opgevolgd"'),
} as const satisfies PresetRule;

/** The sentence each preset's description adds about {@link LEGAL_PERSON_RULE}. */
export const LEGAL_PERSON_NOTE =
  ' Every preset first sets aside signals about a legal person (bv, nv, foundation, association: not picked up, "other reason"), as the study states for all municipalities; the exception for personal liability is left to the caller, who records the liable natural person as the debtor.';
