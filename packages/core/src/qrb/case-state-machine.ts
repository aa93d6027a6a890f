import { parseCalendarDate, type TCalendarDate } from '../dates/calendar-date';
import { AppError, type TProblem } from '../errors/app-error';
import { isHeldDuringAgencyHeadTransition } from './case-basis';
import {
  allowedEventTypes,
  describeCaseState,
  sinceOf,
  type TQrbCaseEvent,
  type TQrbCaseEventType,
  type TQrbCaseState,
  type TQrbCaseStatus,
  type TQrbDecidedState,
  type TQrbAmendmentRequest,
  type TQrbDecision,
  type TQrbOnHoldState,
  type TQrbTransitionContext,
} from './case-state';
import { addCalendarDays, daysBetween } from './calendar-days';
import type { TCaseSubmissionCheck } from './check-case-submission';
import { resolveQrbSettings } from './qrb-settings';

export const QRB_REFUSAL_CODES = [
  'event-not-allowed',
  'date-out-of-order',
  'submission-blocked',
  'board-invalid',
  'decision-incomplete',
  'duplicate-id',
  'amendment-invalid',
  'resubmission-overdue',
  'hold-not-applicable',
] as const;
export type TQrbRefusalCode = (typeof QRB_REFUSAL_CODES)[number];

/** Why an event was refused, with the state the case is still in: the server answers 409 with it. */
export interface TQrbTransitionRefusal {
  readonly ok: false;
  readonly code: TQrbRefusalCode;
  readonly event: TQrbCaseEventType;
  readonly status: TQrbCaseStatus;
  readonly state: TQrbCaseState;
  readonly message: string;
  readonly problems: readonly TProblem[];
}

export type TQrbTransitionResult =
  | { readonly ok: true; readonly state: TQrbCaseState; readonly warnings: readonly string[] }
  | TQrbTransitionRefusal;

/**
 * Applies one event to a QRB case: the new state, or a typed refusal naming the current state and why.
 * Each event has its guard (issue 6; POLICY.md §2):
 * - `submit` (draft) and `resubmit` (a disapproval; an approval is final) need a passing pre-submission check
 *   made that day for the case's basis; a resubmission is due `resubmissionDueDays` (60) after the disapproval
 *   (medium: blocks or warns per `deadlineEnforcement`) and links to that decision.
 * - `assign` (submitted, resubmitted) needs a valid board checked against this case's agency (conflict of
 *   interest, medium-high; career majority, 5 CFR 317.502, high). `reassign` (assigned, before the review
 *   opens) moves the case to another board under the same check (ECQ Workbench, low: a board whose member can
 *   no longer serve would otherwise hold its cases forever); once the review is open the board's members have
 *   reviewed, and the case stays.
 * - `decide` (in review) needs a complete derivation; the decision is then immutable: `amend_decision`
 *   appends a correction of its remarks with a reason, never an edit.
 * - `hold` (any state waiting on OPM) for an agency-head transition applies to criterion A and C cases only
 *   (high); `release` returns the case to the state it was held from, unchanged.
 * No event may be dated before the state it leaves was entered.
 * @throws AppError `INVALID_DATE` for an event date that is not a calendar date; `VALIDATION_FAILED` for bad
 * settings.
 */
export function transition(state: TQrbCaseState, event: TQrbCaseEvent, context: TQrbTransitionContext): TQrbTransitionResult {
  const settings = resolveQrbSettings(context.settings);
  const on = parseCalendarDate(event.on, 'on');
  const refuse = (code: TQrbRefusalCode, message: string, problems: readonly TProblem[] = []): TQrbTransitionRefusal => ({
    ok: false,
    code,
    event: event.type,
    status: state.status,
    state,
    message,
    problems,
  });
  const since = sinceOf(state);
  const allowed = allowedEventTypes(state);
  if (!allowed.includes(event.type)) {
    const label = (type: TQrbCaseEventType) => type.replace('_', ' ');
    return refuse('event-not-allowed', `Cannot ${label(event.type)}: the case is ${describeCaseState(state)}, which allows only ${allowed.map(label).join(', ')}.`);
  }
  if (since !== undefined && on < since) {
    return refuse('date-out-of-order', `${event.type} is dated ${on}, before the case became ${describeCaseState(state)} on ${since}.`);
  }
  const ok = (next: TQrbCaseState, warnings: readonly string[] = []): TQrbTransitionResult => ({ ok: true, state: next, warnings });

  switch (event.type) {
    case 'submit': {
      if (state.status !== 'draft') break;
      const blocked = checkRefusal(event.check, on, context);
      if (blocked) return refuse('submission-blocked', blocked.message, blocked.problems);
      return ok({ status: 'submitted', since: on, earlierDecisions: state.earlierDecisions });
    }
    case 'assign':
    case 'reassign': {
      if (state.status !== 'submitted' && state.status !== 'resubmitted' && state.status !== 'assigned') break;
      if ((state.status === 'assigned') !== (event.type === 'reassign')) break;
      const { boardCheck, boardId } = event;
      if (boardId.trim().length === 0) return refuse('board-invalid', 'Name the board the case is assigned to.');
      if (state.status === 'assigned' && state.boardId === boardId) return refuse('board-invalid', 'The case is already with this board; name another.');
      if (boardCheck.candidateAgencyId !== context.agencyId) {
        return refuse('board-invalid', 'The board was not checked against this case\'s agency for conflicts of interest; check it for this case.');
      }
      if (!boardCheck.isValid) {
        return refuse('board-invalid', `The board cannot take this case: ${boardCheck.errors.map((e) => e.message).join(' ')}`, boardCheck.errors.map((e) => ({ path: '$.boardCheck', message: e.message })));
      }
      return ok({ status: 'assigned', since: on, boardId, earlierDecisions: state.earlierDecisions });
    }
    case 'start_review': {
      if (state.status !== 'assigned') break;
      return ok({ status: 'in_review', since: on, boardId: state.boardId, earlierDecisions: state.earlierDecisions });
    }
    case 'decide': {
      if (state.status !== 'in_review') break;
      const { derivation, decisionId } = event;
      if (!derivation.ok) {
        return refuse('decision-incomplete', `The decision cannot be finalised: ${derivation.problems.map((p) => p.message).join(' ')}`, derivation.problems.map((p) => ({ path: '$.derivation', message: p.message })));
      }
      if (decisionId.trim().length === 0 || state.earlierDecisions.some((r) => r.decision.id === decisionId)) {
        return refuse('duplicate-id', `Decision id "${decisionId}" is empty or already used by this case.`);
      }
      const decision: TQrbDecision = {
        id: decisionId,
        outcome: derivation.outcome,
        decidedOn: on,
        boardId: state.boardId,
        rule: derivation.rule,
        generalRemarks: derivation.generalRemarks,
        ecqs: derivation.ecqs,
        resubmissionDueOn: derivation.outcome === 'disapproved' ? addCalendarDays(on, settings.resubmissionDueDays) : undefined,
      };
      return ok({ status: 'decided', since: on, decision, amendments: [], earlierDecisions: state.earlierDecisions });
    }
    case 'amend_decision': {
      if (state.status !== 'decided') break;
      const problems = amendmentProblems(state, event.amendment, on);
      if (problems.length > 0) return refuse('amendment-invalid', `The amendment cannot be recorded: ${problems.map((p) => p.message).join(' ')}`, problems);
      const { id, reason, generalRemarks, ecqRemarks } = event.amendment;
      const amendment = { id, amendedOn: on, reason: reason.trim(), generalRemarks, ecqRemarks: { ...ecqRemarks } };
      return ok({ ...state, amendments: [...state.amendments, amendment] });
    }
    case 'resubmit': {
      if (state.status !== 'decided') break;
      const { decision } = state;
      // allowedEventTypes admits only disapprovals, which always carry a due date (findCaseStateProblems).
      if (decision.resubmissionDueOn === undefined) break;
      const warnings: string[] = [];
      if (on > decision.resubmissionDueOn) {
        const days = daysBetween(decision.resubmissionDueOn, on);
        const allowedDays = daysBetween(decision.decidedOn, decision.resubmissionDueOn);
        const late = `The resubmission was due on ${decision.resubmissionDueOn}, ${allowedDays} days after the disapproval; on ${on} it is ${days} day${days === 1 ? '' : 's'} late.`;
        if (settings.deadlineEnforcement === 'block') return refuse('resubmission-overdue', late);
        warnings.push(late);
      }
      const blocked = checkRefusal(event.check, on, context, decision.resubmissionDueOn);
      if (blocked) return refuse('submission-blocked', blocked.message, blocked.problems);
      return ok(
        {
          status: 'resubmitted',
          since: on,
          resubmissionOf: decision.id,
          earlierDecisions: [...state.earlierDecisions, { decision, amendments: state.amendments }],
        },
        warnings,
      );
    }
    case 'hold': {
      if (state.status !== 'submitted' && state.status !== 'resubmitted' && state.status !== 'assigned' && state.status !== 'in_review') break;
      const { reason } = event;
      if (reason.kind === 'agency-head-transition') {
        if (reason.agencyId !== context.agencyId) {
          return refuse('hold-not-applicable', 'The agency-head transition is at another agency than this case\'s.');
        }
        if (!isHeldDuringAgencyHeadTransition(context.basis)) {
          return refuse('hold-not-applicable', `Criterion ${context.basis} cases continue during an agency-head transition; only criterion A and C cases are held.`);
        }
      } else if (reason.note.trim().length === 0) {
        return refuse('hold-not-applicable', 'Say why the case is held.');
      }
      const held: TQrbOnHoldState = { status: 'on_hold', since: on, reason, heldFrom: state };
      return ok(held);
    }
    case 'release': {
      if (state.status !== 'on_hold') break;
      return ok(state.heldFrom);
    }
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
  // Reached only when allowedEventTypes and the cases above disagree, or from a corrupt stored state; a test
  // walks every state × event pair, and findCaseStateProblems checks stored states.
  throw new AppError('INTERNAL', `transition: ${event.type} passed the status guard from ${describeCaseState(state)} but has no case for it`);
}

/** The amendment's fields a request sends: a refusal naming only these is about what was sent. */
const AMENDMENT_INPUT_PATH = /^\$\.amendment\.(reason|generalRemarks|ecqRemarks\..+)$/;

/**
 * The AppError a server answers a refusal with. An amendment refused for what it says — an ECQ the decision
 * does not have, a lacking ECQ's remarks or a disapproval's general remarks corrected to nothing, no
 * reason — is `VALIDATION_FAILED` (400) naming the field (`ecqRemarks.DR`), whatever the case's state; every
 * other refusal is `CONFLICT` (409), the message naming the current state, with the problems.
 */
export function toTransitionError(refusal: TQrbTransitionRefusal): AppError {
  const inputPaths = refusal.problems.map((p) => AMENDMENT_INPUT_PATH.exec(p.path)?.[1]);
  if (refusal.code === 'amendment-invalid' && inputPaths.length > 0 && inputPaths.every((path) => path !== undefined)) {
    return new AppError('VALIDATION_FAILED', refusal.message, {
      field: inputPaths[0]!,
      problems: refusal.problems.map((p, i) => ({ path: `$.${inputPaths[i]!}`, message: p.message })),
    });
  }
  return new AppError('CONFLICT', refusal.message, {
    field: 'status',
    problems: [{ path: '$.status', message: `the case is ${describeCaseState(refusal.state)}` }, ...refusal.problems],
  });
}

/** Refuses a (re)submission whose pre-submission check blocks, is stale, or was made for another basis. */
function checkRefusal(
  check: TCaseSubmissionCheck,
  on: TCalendarDate,
  context: TQrbTransitionContext,
  resubmissionDueOn?: TCalendarDate,
): { message: string; problems: readonly TProblem[] } | undefined {
  if (check.checkedOn !== on) {
    return { message: `The pre-submission check is from ${check.checkedOn}; run it again on ${on}.`, problems: [] };
  }
  if (!check.canSubmit) {
    const problems = check.blockers.map((b) => ({ path: `$.${b.field}`, message: b.message }));
    return { message: `The case cannot be submitted yet: ${check.blockers.map((b) => b.message).join(' ')}`, problems };
  }
  if (check.basis !== context.basis) {
    return { message: `The pre-submission check was made for criterion ${check.basis ?? 'none'}; this case is criterion ${context.basis}.`, problems: [] };
  }
  if (resubmissionDueOn !== undefined && check.dueOn !== resubmissionDueOn) {
    return { message: `The pre-submission check used the due date ${check.dueOn}; a resubmission is due on ${resubmissionDueOn}.`, problems: [] };
  }
  return undefined;
}

function amendmentProblems(state: TQrbDecidedState, amendment: TQrbAmendmentRequest, on: TCalendarDate): TProblem[] {
  const problems: TProblem[] = [];
  const bad = (path: string, message: string) => problems.push({ path: `$.amendment.${path}`, message });
  const { decision, amendments } = state;
  const last = amendments.at(-1);
  if (last !== undefined && on < last.amendedOn) bad('amendedOn', `It is dated ${on}, before the last amendment of ${last.amendedOn}.`);
  if (amendment.id.trim().length === 0 || amendments.some((a) => a.id === amendment.id)) bad('id', `Amendment id "${amendment.id}" is empty or already used.`);
  if (amendment.reason.trim().length === 0) bad('reason', 'Give the reason for the correction.');
  const ecqRemarks = Object.entries(amendment.ecqRemarks ?? {});
  if (amendment.generalRemarks === undefined && ecqRemarks.length === 0) bad('remarks', 'Correct at least one remark: a decision\'s outcome is never amended.');
  if (decision.outcome === 'disapproved' && amendment.generalRemarks !== undefined && amendment.generalRemarks.trim().length === 0) {
    bad('generalRemarks', 'A disapproval\'s general remarks cannot be corrected to nothing.');
  }
  for (const [code, remarks] of ecqRemarks) {
    const ecq = decision.ecqs.find((e) => e.ecqCode === code);
    if (ecq === undefined) bad(`ecqRemarks.${code}`, `"${code}" is not an ECQ of this decision.`);
    else if (!ecq.isMet && remarks.trim().length === 0) bad(`ecqRemarks.${code}`, `${ecq.ecqName} was found lacking: its remarks cannot be corrected to nothing.`);
  }
  return problems;
}

