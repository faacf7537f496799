/**
 * The case lifecycle after a signal arrives: a transition table (data) of statuses and events,
 * deadlines on the Dutch working-day calendar, feedback codes by date with creditor views, and the
 * national DDAS Vroegsignalering v1.2 export.
 * @module feedback
 */
export * from './states.js';
export * from './channels.js';
export * from './codes.js';
export * from './case-signal.js';
export * from './events.js';
export * from './transitions.js';
export * from './lookup.js';
export * from './case.js';
export * from './errors.js';
export * from './open-case.js';
export * from './apply-event.js';
export * from './case-at.js';
export * from './case-log.js';
export * from './serialize.js';
export * from './state-diagram.js';
export * from './case-facts.js';
export * from './as-of.js';
export * from './case-deadlines.js';
export * from './due-actions.js';
export * from './creditor-views.js';
export * from './feedback-for.js';
export * from './ddas-types.js';
export * from './ddas-map.js';
export * from './ddas-export.js';
export * from './local-time.js';
export * from './explain.js';
