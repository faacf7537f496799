/**
 * Helpers of the triage module that other modules of this package need but users do not: not
 * part of the package's public API. Import as `../triage/internal.js`.
 * @module
 */
export { triageParsed } from './batch.js';
export { policyJsonSchemaText } from './json-schema.js';
export { CONTACT_NEEDS, SECTOR_NAMES_NL } from './vocabulary.js';
export { CapacitySchema } from './policy-shape.js';
export { planEach, type DatedPlan } from './contact-plan.js';
export { LEGAL_PERSON_RULE } from './presets/study.js';
