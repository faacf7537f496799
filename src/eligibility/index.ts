/**
 * Eligibility, the creditor side of the signal journey: may this arrears become a signal,
 * on which date, under which dated rule. Rules are data with validity periods (a rulebook);
 * creditor policies (floors, "two invoices and 15 days", "2-month letter") layer on top.
 * @module eligibility
 */
export * from './arrears-case.js';
export * from './fields.js';
export * from './rule-spec.js';
export * from './rule-builders.js';
export * from './sources.js';
export * from './default-rulebook.js';
export * from './signaalreis-rulebook.js';
export * from './creditor-presets.js';
export * from './load.js';
export * from './result.js';
export * from './assess.js';
export * from './batch.js';
