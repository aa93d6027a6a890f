import type { TCalendarDate } from '../dates/calendar-date';
import type { TCaseBasis } from './case-basis';
import type { TCaseSubmissionCheck } from './check-case-submission';
import type { TBoardCompositionCheck } from './check-board-composition';
import type { TBoardDecisionResult, TEcqDetermination, TQrbOutcome } from './derive-board-decision';
import type { TQrbDecisionRule, TQrbSettingsOverrides } from './qrb-settings';

/**
 * The life of a QRB case (issue 6; POLICY.md §2): draft → submitted → assigned → in_review → decided
 * (approved | disapproved) → resubmitted → assigned …, and on_hold, which remembers the state it was held
 * from. A state is a plain value a server can store as JSON.
 */
export const QRB_CASE_STATUSES = ['draft', 'submitted', 'assigned', 'in_review', 'decided', 'resubmitted', 'on_hold'] as const;
export type TQrbCaseStatus = (typeof QRB_CASE_STATUSES)[number];

/** A final decision. Never edited: corrections are {@link TQrbDecisionAmendment}s beside it. */
export interface TQrbDecision {
  readonly id: string;
  readonly outcome: TQrbOutcome;
  readonly decidedOn: TCalendarDate;
  readonly boardId: string;
  /** The rule the decision was derived under (POLICY.md §2, medium: a setting). */
  readonly rule: TQrbDecisionRule;
  readonly generalRemarks: string;
  readonly ecqs: readonly TEcqDetermination[];
  /** For a disapproval: the last day to resubmit (POLICY.md §2, medium: 60 days, configurable). */
  readonly resubmissionDueOn: TCalendarDate | undefined;
}

/** A correction of a final decision's remarks, with its reason. The outcome itself is never amended. */
export interface TQrbDecisionAmendment {
  readonly id: string;
  readonly amendedOn: TCalendarDate;
  readonly reason: string;
  /** Replacement general remarks, when they are corrected. */
  readonly generalRemarks: string | undefined;
  /** Replacement remarks by ECQ code, for the ECQs corrected. */
  readonly ecqRemarks: Readonly<Record<string, string>>;
}

/** A decision and its amendments, in the order they were made. */
export interface TQrbDecisionRecord {
  readonly decision: TQrbDecision;
  readonly amendments: readonly TQrbDecisionAmendment[];
}

/** Decisions of earlier rounds (each a disapproval that was resubmitted), oldest first. */
interface TQrbHistory {
  readonly earlierDecisions: readonly TQrbDecisionRecord[];
}

export interface TQrbDraftState extends TQrbHistory {
  readonly status: 'draft';
}
export interface TQrbSubmittedState extends TQrbHistory {
  readonly status: 'submitted';
  /** The day the case entered this state. */
  readonly since: TCalendarDate;
}
export interface TQrbResubmittedState extends TQrbHistory {
  readonly status: 'resubmitted';
  readonly since: TCalendarDate;
  /** The id of the disapproval this resubmission answers (the last of `earlierDecisions`). */
  readonly resubmissionOf: string;
}
export interface TQrbAssignedState extends TQrbHistory {
  readonly status: 'assigned';
  readonly since: TCalendarDate;
  readonly boardId: string;
}
export interface TQrbInReviewState extends TQrbHistory {
  readonly status: 'in_review';
  readonly since: TCalendarDate;
  readonly boardId: string;
}
export interface TQrbDecidedState extends TQrbHistory {
  readonly status: 'decided';
  readonly since: TCalendarDate;
  readonly decision: TQrbDecision;
  readonly amendments: readonly TQrbDecisionAmendment[];
}

/** Why a case is on hold: an agency-head transition (POLICY.md §2, high), or an administrator's note. */
export type THoldReason =
  | { readonly kind: 'agency-head-transition'; readonly agencyId: string }
  | { readonly kind: 'administrative'; readonly note: string };

/** States a case may be held from: those waiting on OPM. */
export const HOLDABLE_STATUSES = ['submitted', 'resubmitted', 'assigned', 'in_review'] as const;
export type TQrbHoldableState = TQrbSubmittedState | TQrbResubmittedState | TQrbAssignedState | TQrbInReviewState;

export interface TQrbOnHoldState {
  readonly status: 'on_hold';
  readonly since: TCalendarDate;
  readonly reason: THoldReason;
  /** The state the case returns to, unchanged, on release. */
  readonly heldFrom: TQrbHoldableState;
}

export type TQrbCaseState =
  | TQrbDraftState
  | TQrbSubmittedState
  | TQrbResubmittedState
  | TQrbAssignedState
  | TQrbInReviewState
  | TQrbDecidedState
  | TQrbOnHoldState;

/** A requested correction of a decision; the amendment date is the event's. */
export interface TQrbAmendmentRequest {
  readonly id: string;
  readonly reason: string;
  readonly generalRemarks?: string | undefined;
  readonly ecqRemarks?: Readonly<Record<string, string>> | undefined;
}

/**
 * What can happen to a case. Every event carries its date (core never reads the clock) and the verdicts its
 * guard needs: the pre-submission check, the board check for this case, the derived decision.
 */
export type TQrbCaseEvent =
  | { readonly type: 'submit'; readonly on: TCalendarDate; readonly check: TCaseSubmissionCheck }
  | { readonly type: 'assign'; readonly on: TCalendarDate; readonly boardId: string; readonly boardCheck: TBoardCompositionCheck }
  | { readonly type: 'reassign'; readonly on: TCalendarDate; readonly boardId: string; readonly boardCheck: TBoardCompositionCheck }
  | { readonly type: 'start_review'; readonly on: TCalendarDate }
  | { readonly type: 'decide'; readonly on: TCalendarDate; readonly decisionId: string; readonly derivation: TBoardDecisionResult }
  | { readonly type: 'amend_decision'; readonly on: TCalendarDate; readonly amendment: TQrbAmendmentRequest }
  | { readonly type: 'resubmit'; readonly on: TCalendarDate; readonly check: TCaseSubmissionCheck }
  | { readonly type: 'hold'; readonly on: TCalendarDate; readonly reason: THoldReason }
  | { readonly type: 'release'; readonly on: TCalendarDate };

export const QRB_CASE_EVENT_TYPES = ['submit', 'assign', 'reassign', 'start_review', 'decide', 'amend_decision', 'resubmit', 'hold', 'release'] as const;
export type TQrbCaseEventType = TQrbCaseEvent['type'];

/** What a transition's guards know about the case besides its state. */
export interface TQrbTransitionContext {
  readonly basis: TCaseBasis;
  /** The agency that selected the candidate and submits the case. */
  readonly agencyId: string;
  readonly settings?: TQrbSettingsOverrides | undefined;
}

/** A new case. */
export function createDraftCase(): TQrbDraftState {
  return { status: 'draft', earlierDecisions: [] };
}

/** The day the case entered its state; undefined for a draft. */
export function sinceOf(state: TQrbCaseState): TCalendarDate | undefined {
  return state.status === 'draft' ? undefined : state.since;
}

/** Every decision the case has had, oldest first, the current one last (for a decided case). */
export function decisionHistoryOf(state: TQrbCaseState): readonly TQrbDecisionRecord[] {
  switch (state.status) {
    case 'draft':
    case 'submitted':
    case 'resubmitted':
    case 'assigned':
    case 'in_review':
      return state.earlierDecisions;
    case 'decided':
      return [...state.earlierDecisions, { decision: state.decision, amendments: state.amendments }];
    case 'on_hold':
      return decisionHistoryOf(state.heldFrom);
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
}

/**
 * The review round a case is in or next enters: one more than the decisions before it. A decided case is in
 * the round that decided it; a resubmission starts the next (each round has its own member reviews).
 */
export function reviewRoundOf(state: TQrbCaseState): number {
  const decisions = decisionHistoryOf(state).length;
  return state.status === 'decided' ? decisions : decisions + 1;
}

/**
 * The event types a case in this state may take — what a UI offers. The guards may still refuse one (a B
 * case is not held for an agency-head transition; a late resubmission is refused).
 */
export function allowedEventTypes(state: TQrbCaseState): readonly TQrbCaseEventType[] {
  switch (state.status) {
    case 'draft':
      return ['submit'];
    case 'submitted':
    case 'resubmitted':
      return ['assign', 'hold'];
    case 'assigned':
      // Until its review opens, a case may move to another board (a member who can no longer serve).
      return ['start_review', 'hold', 'reassign'];
    case 'in_review':
      return ['decide', 'hold'];
    case 'decided':
      // An approval is final; only a disapproval is resubmitted (POLICY.md §2).
      return state.decision.outcome === 'disapproved' ? ['amend_decision', 'resubmit'] : ['amend_decision'];
    case 'on_hold':
      return ['release'];
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
}

/** "in review", "decided (disapproved)", "on hold (from assigned)": the state as a person reads it. */
export function describeCaseState(state: TQrbCaseState): string {
  switch (state.status) {
    case 'draft':
    case 'submitted':
    case 'resubmitted':
    case 'assigned':
    case 'in_review':
      return state.status.replace('_', ' ');
    case 'decided':
      return `decided (${state.decision.outcome})`;
    case 'on_hold':
      return `on hold (from ${describeCaseState(state.heldFrom)})`;
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
}

/** A decision with its amendments applied in order: the remarks as they now stand. */
export function readEffectiveDecision(record: TQrbDecisionRecord): TQrbDecision {
  return record.amendments.reduce<TQrbDecision>(
    (decision, amendment) => ({
      ...decision,
      generalRemarks: amendment.generalRemarks ?? decision.generalRemarks,
      ecqs: decision.ecqs.map((e) => ({ ...e, remarks: amendment.ecqRemarks[e.ecqCode] ?? e.remarks })),
    }),
    record.decision,
  );
}
