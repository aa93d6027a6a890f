/**
 * The Qualifications Review Board (issue 6; POLICY.md §2): hiring action terms, the case basis and
 * pre-submission check, board composition and conflicts of interest, agency-head transition holds, decision
 * derivation, and the case state machine. Pure: dates and verdicts come in as inputs.
 */
export * from './qrb-sources';
export * from './qrb-settings';
export { computeCaseDueOn, computeResubmissionDueOn, daysLate } from './qrb-deadlines';
export { addCalendarDays, daysBetween } from './calendar-days';
export * from './case-basis';
export * from './qrb-member';
export * from './derive-hiring-action-terms';
export * from './check-case-submission';
export * from './check-member-conflict';
export * from './check-board-composition';
export * from './derive-board-decision';
export * from './case-state';
export * from './case-state-machine';
export * from './find-case-state-problems';
export * from './plan-agency-head-transition-holds';
export * from './qrb-requests';
