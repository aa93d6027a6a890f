import { describe, expect, it } from 'vitest';
import { APP_ERROR_HTTP_STATUS, isAppError } from '../errors/app-error';
import {
  allowedEventTypes,
  createDraftCase,
  decisionHistoryOf,
  describeCaseState,
  QRB_CASE_EVENT_TYPES,
  QRB_CASE_STATUSES,
  readEffectiveDecision,
  reviewRoundOf,
  type TQrbAmendmentRequest,
  type TQrbCaseEvent,
  type TQrbCaseEventType,
  type TQrbCaseState,
  type TQrbDecidedState,
  type TQrbTransitionContext,
} from './case-state';
import { toTransitionError, transition, type TQrbTransitionResult } from './case-state-machine';
import { checkBoardComposition } from './check-board-composition';
import { findCaseStateProblems } from './find-case-state-problems';
import { deriveBoardDecision } from './derive-board-decision';
import { AGENCIES, approval, d, disapproval, ECQS_2025, member, passingCheck, review, validBoardCheck, VALID_BOARD } from './testing/qrb-fixtures';

const DAY = d('2025-11-01');
const CONTEXT: TQrbTransitionContext = { basis: 'A', agencyId: AGENCIES.doe.id };
const CHECK = passingCheck(DAY);
const RESUBMISSION_DUE = d('2025-12-31');
const RESUBMIT_CHECK = passingCheck(DAY, { resubmission: { disapprovedOn: DAY, dueOn: RESUBMISSION_DUE } });

function apply(state: TQrbCaseState, event: TQrbCaseEvent, context: TQrbTransitionContext = CONTEXT): TQrbCaseState {
  const result = transition(state, event, context);
  if (!result.ok) throw new Error(`${event.type} refused: ${result.message}`);
  return result.state;
}

function refusalOf(result: TQrbTransitionResult) {
  if (result.ok) throw new Error('expected a refusal');
  return result;
}

type TEventOf<T extends TQrbCaseEventType> = Extract<TQrbCaseEvent, { type: T }>;
const submit: TEventOf<'submit'> = { type: 'submit', on: DAY, check: CHECK };
const assign: TEventOf<'assign'> = { type: 'assign', on: DAY, boardId: 'board-1', boardCheck: validBoardCheck() };
const reassign: TEventOf<'reassign'> = { type: 'reassign', on: DAY, boardId: 'board-2', boardCheck: validBoardCheck() };
const startReview: TEventOf<'start_review'> = { type: 'start_review', on: DAY };
const approve: TEventOf<'decide'> = { type: 'decide', on: DAY, decisionId: 'dec-1', derivation: approval() };
const disapprove: TEventOf<'decide'> = { type: 'decide', on: DAY, decisionId: 'dec-1', derivation: disapproval() };
const TRANSITION_AT_DOE = { kind: 'agency-head-transition', agencyId: AGENCIES.doe.id } as const;
const hold: TEventOf<'hold'> = { type: 'hold', on: DAY, reason: TRANSITION_AT_DOE };

const walk = (events: readonly TQrbCaseEvent[]) => events.reduce((state, event) => apply(state, event), createDraftCase() as TQrbCaseState);
const DISAPPROVED = walk([submit, assign, startReview, disapprove]) as TQrbDecidedState;
const RESUBMITTED = apply(DISAPPROVED, { type: 'resubmit', on: DAY, check: passingCheck(DAY, { resubmission: { disapprovedOn: DAY, dueOn: DISAPPROVED.decision.resubmissionDueOn! } }) });

/** One sample of every state a case can be in, reached through real transitions. */
const STATES: Readonly<Record<string, TQrbCaseState>> = {
  draft: createDraftCase(),
  submitted: walk([submit]),
  assigned: walk([submit, assign]),
  in_review: walk([submit, assign, startReview]),
  'decided (approved)': walk([submit, assign, startReview, approve]),
  'decided (disapproved)': DISAPPROVED,
  resubmitted: RESUBMITTED,
  'on_hold (from submitted)': walk([submit, hold]),
  'on_hold (from assigned)': walk([submit, assign, hold]),
  'on_hold (from in_review)': walk([submit, assign, startReview, hold]),
  'on_hold (from resubmitted)': apply(RESUBMITTED, hold),
};

/** A well-formed event of each type, so only the state decides whether it is taken. */
function eventFor(type: TQrbCaseEventType, state: TQrbCaseState): TQrbCaseEvent {
  switch (type) {
    case 'submit':
      return submit;
    case 'assign':
      return assign;
    case 'reassign':
      return reassign;
    case 'start_review':
      return startReview;
    case 'decide':
      return { ...approve, decisionId: 'dec-new' };
    case 'amend_decision':
      return { type, on: DAY, amendment: { id: 'am-1', reason: 'Typo in the general remarks.', generalRemarks: 'Corrected remarks.' } };
    case 'resubmit':
      return {
        type,
        on: DAY,
        check: state.status === 'decided' && state.decision.resubmissionDueOn !== undefined
          ? passingCheck(DAY, { resubmission: { disapprovedOn: state.decision.decidedOn, dueOn: state.decision.resubmissionDueOn } })
          : RESUBMIT_CHECK,
      };
    case 'hold':
      return hold;
    case 'release':
      return { type, on: DAY };
  }
}

/** The allowed set, written out by hand: every other state × event pair must be refused. */
const EXPECTED: Readonly<Record<string, Partial<Record<TQrbCaseEventType, string>>>> = {
  draft: { submit: 'submitted' },
  submitted: { assign: 'assigned', hold: 'on_hold' },
  assigned: { start_review: 'in_review', hold: 'on_hold', reassign: 'assigned' },
  in_review: { decide: 'decided', hold: 'on_hold' },
  'decided (approved)': { amend_decision: 'decided' },
  'decided (disapproved)': { amend_decision: 'decided', resubmit: 'resubmitted' },
  resubmitted: { assign: 'assigned', hold: 'on_hold' },
  'on_hold (from submitted)': { release: 'submitted' },
  'on_hold (from assigned)': { release: 'assigned' },
  'on_hold (from in_review)': { release: 'in_review' },
  'on_hold (from resubmitted)': { release: 'resubmitted' },
};

describe('transition: the whole state × event table', () => {
  it('samples every status and tries every event type', () => {
    expect(new Set(Object.values(STATES).map((s) => s.status))).toEqual(new Set(QRB_CASE_STATUSES));
    expect(Object.keys(EXPECTED)).toEqual(Object.keys(STATES));
    for (const state of Object.values(STATES)) expect(findCaseStateProblems(state)).toEqual([]);
  });

  const pairs = Object.entries(STATES).flatMap(([name, state]) => QRB_CASE_EVENT_TYPES.map((type) => [name, type, state] as const));
  it.each(pairs)('%s × %s', (name, type, state) => {
    const result = transition(state, eventFor(type, state), CONTEXT);
    const target = EXPECTED[name]![type];
    if (target !== undefined) {
      expect(result.ok, result.ok ? '' : result.message).toBe(true);
      if (!result.ok) return;
      expect(result.state.status).toBe(target);
      expect(findCaseStateProblems(result.state)).toEqual([]);
      if (type === 'release' && state.status === 'on_hold') expect(result.state).toBe(state.heldFrom);
      return;
    }
    const refusal = refusalOf(result);
    expect(refusal.code).toBe('event-not-allowed');
    expect(refusal.status).toBe(state.status);
    expect(refusal.state).toBe(state);
    expect(refusal.event).toBe(type);
    expect(refusal.message).toContain(`the case is ${describeCaseState(state)}`);
  });

  it('allowedEventTypes names exactly the events each state passes its status guard for', () => {
    for (const [name, state] of Object.entries(STATES)) {
      const passing = QRB_CASE_EVENT_TYPES.filter((type) => {
        const result = transition(state, eventFor(type, state), CONTEXT);
        return result.ok || result.code !== 'event-not-allowed';
      });
      expect(passing.sort(), name).toEqual([...allowedEventTypes(state)].sort());
    }
  });
});

describe('transition: guards', () => {
  it('refuses a submission the pre-submission check blocks, listing the blockers', () => {
    const blocked = passingCheck(DAY, { certification: undefined });
    const refusal = refusalOf(transition(createDraftCase(), { type: 'submit', on: DAY, check: blocked }, CONTEXT));
    expect(refusal.code).toBe('submission-blocked');
    expect(refusal.problems.map((p) => p.path)).toEqual(['$.certification']);
    expect(refusal.message).toContain('appointing authority');
  });

  it('refuses a check from another day or for another basis', () => {
    expect(refusalOf(transition(createDraftCase(), { type: 'submit', on: d('2025-11-02'), check: CHECK }, CONTEXT)).message).toContain('run it again on 2025-11-02');
    expect(refusalOf(transition(createDraftCase(), submit, { ...CONTEXT, basis: 'C' })).message).toContain('made for criterion A');
  });

  it('refuses a board that is invalid for this case, or was not checked against its agency', () => {
    const submitted = STATES.submitted!;
    const conflicted = checkBoardComposition({ members: [...VALID_BOARD.slice(0, 2), member('m9', AGENCIES.doe)], candidateAgency: AGENCIES.doe });
    const refusal = refusalOf(transition(submitted, { ...assign, boardCheck: conflicted }, CONTEXT));
    expect(refusal.code).toBe('board-invalid');
    expect(refusal.message).toContain('Member M9 cannot sit on this case');
    const unchecked = checkBoardComposition({ members: VALID_BOARD });
    expect(refusalOf(transition(submitted, { ...assign, boardCheck: unchecked }, CONTEXT)).message).toContain('conflicts of interest');
    expect(refusalOf(transition(submitted, { ...assign, boardCheck: validBoardCheck(AGENCIES.dot) }, CONTEXT)).code).toBe('board-invalid');
    expect(refusalOf(transition(submitted, { ...assign, boardId: ' ' }, CONTEXT)).code).toBe('board-invalid');
  });

  it('moves an assigned case to another valid board before its review opens, and not to the board it is with', () => {
    const assigned = STATES.assigned!;
    const moved = transition(assigned, { ...reassign, on: d('2025-11-03') }, CONTEXT);
    expect(moved.ok && moved.state).toEqual({ status: 'assigned', since: '2025-11-03', boardId: 'board-2', earlierDecisions: [] });
    const same = refusalOf(transition(assigned, { ...reassign, boardId: 'board-1' }, CONTEXT));
    expect(same.code).toBe('board-invalid');
    expect(same.message).toBe('The case is already with this board; name another.');
    const conflicted = checkBoardComposition({ members: [...VALID_BOARD.slice(0, 2), member('m9', AGENCIES.doe)], candidateAgency: AGENCIES.doe });
    expect(refusalOf(transition(assigned, { ...reassign, boardCheck: conflicted }, CONTEXT)).message).toContain('Member M9 cannot sit on this case');
    expect(refusalOf(transition(STATES.in_review!, reassign, CONTEXT)).message).toBe(
      'Cannot reassign: the case is in review, which allows only decide, hold.',
    );
    // Held from assigned and released, the case may still move.
    const released = apply(apply(assigned, hold), { type: 'release', on: DAY });
    expect(apply(released, reassign)).toMatchObject({ status: 'assigned', boardId: 'board-2' });
  });

  it('refuses an event dated before the state it leaves was entered', () => {
    const assigned = walk([submit, { ...assign, on: d('2025-11-05') }]);
    const refusal = refusalOf(transition(assigned, { type: 'start_review', on: d('2025-11-04') }, CONTEXT));
    expect(refusal.code).toBe('date-out-of-order');
  });

  it('refuses to finalise an incomplete decision, and records the board and a 60-day resubmission date', () => {
    const inReview = STATES.in_review!;
    const unexplained = deriveBoardDecision({ ecqs: ECQS_2025, memberIds: ['m1', 'm2', 'm3'], reviews: [review('m1', ['LC', 'DR'], ''), review('m2'), review('m3')] });
    const refusal = refusalOf(transition(inReview, { type: 'decide', on: DAY, decisionId: 'dec-1', derivation: unexplained }, CONTEXT));
    expect(refusal.code).toBe('decision-incomplete');
    expect(refusal.message).toContain('Leading Change (LC), Driving Results (DR)');
    expect(DISAPPROVED.decision).toMatchObject({ outcome: 'disapproved', boardId: 'board-1', decidedOn: '2025-11-01', resubmissionDueOn: '2025-12-31' });
    const shorter = transition(inReview, disapprove, { ...CONTEXT, settings: { resubmissionDueDays: 30 } });
    expect(shorter.ok && shorter.state.status === 'decided' && shorter.state.decision.resubmissionDueOn).toBe('2025-12-01');
    expect(refusalOf(transition(inReview, { ...approve, decisionId: ' ' }, CONTEXT)).code).toBe('duplicate-id');
  });

  it('refuses a decision id the case already used', () => {
    const round2 = walk([submit, assign, startReview, disapprove]);
    const resubmitted = apply(round2, { type: 'resubmit', on: DAY, check: RESUBMIT_CHECK });
    const inReview = apply(apply(resubmitted, assign), startReview);
    expect(refusalOf(transition(inReview, { ...approve, decisionId: 'dec-1' }, CONTEXT)).code).toBe('duplicate-id');
  });
});

describe('transition: a final decision is immutable; corrections are amendments', () => {
  const amend = (state: TQrbCaseState, amendment: TEventOf<'amend_decision'>['amendment'], on = DAY) =>
    transition(state, { type: 'amend_decision', on, amendment }, CONTEXT);

  it('appends an amendment and leaves the decision itself as it was', () => {
    const before = structuredClone(DISAPPROVED.decision);
    const result = amend(DISAPPROVED, { id: 'am-1', reason: 'Clerical error in the Driving Results remarks.', ecqRemarks: { DR: 'Results lack measurable outcomes.' } }, d('2025-11-03'));
    expect(result.ok).toBe(true);
    if (!result.ok || result.state.status !== 'decided') return;
    expect(result.state.decision).toBe(DISAPPROVED.decision);
    expect(result.state.decision).toEqual(before);
    expect(result.state.amendments).toEqual([
      { id: 'am-1', amendedOn: '2025-11-03', reason: 'Clerical error in the Driving Results remarks.', generalRemarks: undefined, ecqRemarks: { DR: 'Results lack measurable outcomes.' } },
    ]);
    const effective = readEffectiveDecision({ decision: result.state.decision, amendments: result.state.amendments });
    expect(effective.ecqs.find((e) => e.ecqCode === 'DR')?.remarks).toBe('Results lack measurable outcomes.');
    expect(effective.outcome).toBe('disapproved');
  });

  it.each([
    ['no reason', { id: 'am-1', reason: '  ', generalRemarks: 'x' }, 'reason'],
    ['no correction', { id: 'am-1', reason: 'why' }, 'remarks'],
    ['an unknown ECQ', { id: 'am-1', reason: 'why', ecqRemarks: { ZZ: 'x' } }, 'ecqRemarks.ZZ'],
    ['blank remarks on a lacking ECQ', { id: 'am-1', reason: 'why', ecqRemarks: { DR: ' ' } }, 'ecqRemarks.DR'],
    ['blank general remarks on a disapproval', { id: 'am-1', reason: 'why', generalRemarks: '' }, 'generalRemarks'],
    ['an empty id', { id: '', reason: 'why', generalRemarks: 'x' }, 'id'],
  ])('refuses an amendment with %s', (_name, amendment, path) => {
    const refusal = refusalOf(amend(DISAPPROVED, amendment));
    expect(refusal.code).toBe('amendment-invalid');
    expect(refusal.problems.map((p) => p.path)).toEqual([`$.amendment.${path}`]);
  });

  it('refuses a repeated amendment id and one dated before the last amendment', () => {
    const once = apply(DISAPPROVED, { type: 'amend_decision', on: d('2025-11-05'), amendment: { id: 'am-1', reason: 'why', generalRemarks: 'x' } });
    expect(refusalOf(amend(once, { id: 'am-1', reason: 'again', generalRemarks: 'y' }, d('2025-11-06'))).problems.map((p) => p.path)).toEqual(['$.amendment.id']);
    expect(refusalOf(amend(once, { id: 'am-2', reason: 'again', generalRemarks: 'y' }, d('2025-11-04'))).problems.map((p) => p.path)).toEqual(['$.amendment.amendedOn']);
  });
});

describe('transition: resubmission (POLICY.md §2: within 60 days of the disapproval)', () => {
  it('links the resubmission to the disapproval, which keeps its amendments', () => {
    const amended = apply(DISAPPROVED, { type: 'amend_decision', on: DAY, amendment: { id: 'am-1', reason: 'why', generalRemarks: 'Corrected.' } });
    const resubmitted = apply(amended, { type: 'resubmit', on: d('2025-12-01'), check: passingCheck(d('2025-12-01'), { resubmission: { disapprovedOn: DAY, dueOn: RESUBMISSION_DUE } }) });
    expect(resubmitted).toMatchObject({ status: 'resubmitted', since: '2025-12-01', resubmissionOf: 'dec-1' });
    expect(decisionHistoryOf(resubmitted)).toEqual([{ decision: DISAPPROVED.decision, amendments: (amended as TQrbDecidedState).amendments }]);
    const approved = apply(apply(apply(resubmitted, { ...assign, on: d('2025-12-02') }), { ...startReview, on: d('2025-12-03') }), { ...approve, on: d('2025-12-10'), decisionId: 'dec-2' });
    expect(decisionHistoryOf(approved).map((r) => [r.decision.id, r.decision.outcome])).toEqual([['dec-1', 'disapproved'], ['dec-2', 'approved']]);
    expect(findCaseStateProblems(approved)).toEqual([]);
  });

  it('is on time on the 60th day and refused on the 61st; a deployment may only warn', () => {
    const warn = { deadlineEnforcement: 'warn' } as const;
    const on = (date: string, settings = {}) => ({ type: 'resubmit' as const, on: d(date), check: passingCheck(d(date), { resubmission: { disapprovedOn: DAY, dueOn: RESUBMISSION_DUE }, settings }) });
    expect(transition(DISAPPROVED, on('2025-12-31'), CONTEXT).ok).toBe(true);
    expect(refusalOf(transition(DISAPPROVED, on('2026-01-01'), CONTEXT)).message).toMatch(/it is 1 day late\.$/);
    const late = refusalOf(transition(DISAPPROVED, on('2026-01-02'), CONTEXT));
    expect(late.code).toBe('resubmission-overdue');
    expect(late.message).toBe('The resubmission was due on 2025-12-31, 60 days after the disapproval; on 2026-01-02 it is 2 days late.');
    const warned = transition(DISAPPROVED, on('2026-01-02', warn), { ...CONTEXT, settings: warn });
    expect(warned.ok && warned.warnings).toEqual([late.message]);
  });

  it('refuses to resubmit an approved case, or with a check made against the case due date', () => {
    const approved = STATES['decided (approved)']!;
    expect(refusalOf(transition(approved, { type: 'resubmit', on: DAY, check: RESUBMIT_CHECK }, CONTEXT)).message).toBe(
      'Cannot resubmit: the case is decided (approved), which allows only amend decision.',
    );
    expect(refusalOf(transition(DISAPPROVED, { type: 'resubmit', on: DAY, check: CHECK }, CONTEXT)).message).toContain('a resubmission is due on 2025-12-31');
  });
});

describe('transition: holds (POLICY.md §2: A and C held during an agency-head transition, B continues)', () => {
  const submitted = STATES.submitted!;

  it('holds criterion A and C cases and returns them unchanged on release', () => {
    for (const basis of ['A', 'C'] as const) {
      const context = { ...CONTEXT, basis };
      const from = basis === 'A'
        ? submitted
        : apply(createDraftCase(), { ...submit, check: passingCheck(DAY, { claims: [{ basis: 'C', uniqueQualifications: 'Unique statement.' }] }) }, context);
      const held = apply(from, hold, context);
      expect(held).toEqual({ status: 'on_hold', since: DAY, reason: TRANSITION_AT_DOE, heldFrom: from });
      expect(apply(held, { type: 'release', on: d('2026-02-01') }, context)).toBe(from);
    }
  });

  it('refuses to hold a criterion B case for a transition, but allows an administrative hold', () => {
    const context = { ...CONTEXT, basis: 'B' as const };
    const refusal = refusalOf(transition(submitted, hold, context));
    expect(refusal.code).toBe('hold-not-applicable');
    expect(refusal.message).toBe('Criterion B cases continue during an agency-head transition; only criterion A and C cases are held.');
    expect(transition(submitted, { type: 'hold', on: DAY, reason: { kind: 'administrative', note: 'Agency asked for a pause.' } }, context).ok).toBe(true);
    expect(refusalOf(transition(submitted, { type: 'hold', on: DAY, reason: { kind: 'administrative', note: ' ' } }, context)).code).toBe('hold-not-applicable');
  });

  it('refuses a transition hold for another agency', () => {
    expect(refusalOf(transition(submitted, { type: 'hold', on: DAY, reason: { kind: 'agency-head-transition', agencyId: 'dot' } }, CONTEXT)).code).toBe('hold-not-applicable');
  });
});

describe('refusals on the wire', () => {
  it('become a 409 CONFLICT naming the current state', () => {
    const refusal = refusalOf(transition(STATES.draft!, startReview, CONTEXT));
    const error = toTransitionError(refusal);
    expect(APP_ERROR_HTTP_STATUS[error.code]).toBe(409);
    expect(error.toJSON()).toEqual({
      code: 'CONFLICT',
      message: 'Cannot start review: the case is draft, which allows only submit.',
      field: 'status',
      problems: [{ path: '$.status', message: 'the case is draft' }],
    });
  });

  it('become a 400 VALIDATION_FAILED naming the field when an amendment is refused for what it says', () => {
    const amend = (amendment: Partial<TQrbAmendmentRequest>) =>
      toTransitionError(refusalOf(transition(DISAPPROVED, { type: 'amend_decision', on: DAY, amendment: { id: 'am-1', reason: 'A typo.', ...amendment } }, CONTEXT))).toJSON();
    expect(amend({ ecqRemarks: { ZZ: 'Corrected.' } })).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'The amendment cannot be recorded: "ZZ" is not an ECQ of this decision.',
      field: 'ecqRemarks.ZZ',
      problems: [{ path: '$.ecqRemarks.ZZ', message: '"ZZ" is not an ECQ of this decision.' }],
    });
    expect(amend({ ecqRemarks: { DR: ' ' }, reason: ' ' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'reason',
      problems: [{ path: '$.reason' }, { path: '$.ecqRemarks.DR' }],
    });
    // A date before the last amendment is about the case, not what was sent.
    const amended = apply(DISAPPROVED, { type: 'amend_decision', on: d('2025-11-05'), amendment: { id: 'am-1', reason: 'A typo.', generalRemarks: 'Fixed.' } });
    const early = transition(amended, { type: 'amend_decision', on: d('2025-11-04'), amendment: { id: 'am-2', reason: 'A typo.', generalRemarks: 'Fixed.' } }, CONTEXT);
    expect(toTransitionError(refusalOf(early)).toJSON()).toMatchObject({ code: 'CONFLICT', field: 'status' });
  });

  it('throws INVALID_DATE for an event date that is not a date', () => {
    try {
      transition(STATES.draft!, { ...submit, on: d('2025-02-30') }, CONTEXT);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('INVALID_DATE');
    }
  });
});

describe('reviewRoundOf', () => {
  it('is 1 until the first decision, that round while decided, and the next one after a resubmission, held or not', () => {
    expect(reviewRoundOf(STATES.draft!)).toBe(1);
    expect(reviewRoundOf(STATES.in_review!)).toBe(1);
    expect(reviewRoundOf(STATES['decided (approved)']!)).toBe(1);
    expect(reviewRoundOf(DISAPPROVED)).toBe(1);
    expect(reviewRoundOf(RESUBMITTED)).toBe(2);
    expect(reviewRoundOf(STATES['on_hold (from resubmitted)']!)).toBe(2);
    const reassigned = apply(apply(apply(RESUBMITTED, { ...assign, boardId: 'board-2' }), startReview), { ...disapprove, decisionId: 'dec-2' });
    expect(reviewRoundOf(reassigned)).toBe(2);
  });
});
