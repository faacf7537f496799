/**
 * The model's kit for the library's other modules (readers, record sections, issue helpers,
 * money and day-number arithmetic). Not part of the package's public API: import it only from
 * inside `src/`, as `../model/internal.js`.
 * @internal
 * @module
 */
export * from './bsn.js';
export * from './columns.js';
export * from './date.js';
export * from './dated.js';
export * from './dates.js';
export * from './fields.js';
export * from './flat.js';
export * from './house-number.js';
export * from './issues.js';
export * from './money.js';
export * from './parse-signal.js';
export * from './readers.js';
export * from './reason.js';
export * from './result.js';
export * from './section.js';
export * from './signal.js';
export * from './sources.js';
export * from './text.js';
export * from './freeze.js';
export * from './canonical.js';
export * from './crisis.js';
export * from './not-picked-up.js';
export * from './sha256.js';
