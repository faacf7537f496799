/**
 * Calendar dates in Europe/Amsterdam, Dutch working days under the Algemene termijnenwet,
 * and the deadlines of the signal journey.
 * @module calendar
 */
export * from './holidays.js';
export * from './working-days.js';
export * from './deadlines.js';
export * from './amsterdam.js';
