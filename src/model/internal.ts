/**
 * Helpers that other parts of the package (the CLI) need but users do not: not part of the
 * public API. Import only as `../model/internal.js`.
 * @module
 */
export { bareObject, isForbiddenKey, planColumns, type ColumnPlan } from './columns.js';
