/**
 * Records of the signal journey: zod schemas, parsing with structured errors, exact money,
 * dates as exports write them, and the explanation types every decision returns.
 * @module model
 */
export * from './date.js';
export * from './result.js';
export * from './dated.js';
export * from './sources.js';
export * from './text.js';
export * from './reason.js';
export * from './issues.js';
export * from './money.js';
export * from './dates.js';
export * from './fields.js';
export * from './readers.js';
export * from './section.js';
export * from './canonical.js';
export * from './signal.js';
export * from './crisis.js';
export * from './house-number.js';
export * from './parse-signal.js';
export * from './flat.js';
