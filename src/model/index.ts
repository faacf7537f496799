/**
 * Records of the signal journey: signals read with structured errors, the result contract
 * every module returns, exact money, dates as exports write them, dated rules, and the
 * explanation types every decision carries.
 * @module model
 */
export {
  SIGNAL_KINDS, SECTORS, LEGAL_FORMS, SIGNAL_FIELD_LABELS,
  type Signal, type SignalInput, type SignalKind, type Sector, type LegalForm,
} from './signal.js';
export { parseSignal, parseSignals } from './parse-signal.js';
export { UsageError, type Result, type BatchItem, type ValidationIssue, type PathSegment } from './result.js';
export { type Reason, type ReasonOutcome, type ReasonValues } from './reason.js';
export { SOURCES, cite, type SourceRef } from './sources.js';
export { type LocalizedText } from './text.js';
export { dated, inEffect, type Dated, type DatedVersion, type EffectivePeriod } from './dated.js';
export { parseEuro, sumEuro, type Euro } from './money.js';
export { parseDateInput, parseBirthDate, formatBirthDate, type BirthDate } from './dates.js';
export { isIsoDate, addDays, addMonths, daysBetween, type IsoDate } from './date.js';
export { isValidBsn } from './bsn.js';
export {
  NOT_PICKED_UP_REASONS, NOT_PICKED_UP_MEANINGS, type NotPickedUpReason, type NotPickedUpMeaning,
} from './not-picked-up.js';
export { readYesNo } from './fields.js';
export { unflatten } from './flat.js';
