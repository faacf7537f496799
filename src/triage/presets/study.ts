/** Shared metadata of the presets drawn from the study (De signaalreis, 003, Bijlage 1). */
export const STUDY = {
  version: '2023-03',
  effectiveFrom: '2023-03-01',
  source: (passage: string): string => `De signaalreis (Divosa/NVVK/VNG, 2023), ${passage}`,
} as const;
