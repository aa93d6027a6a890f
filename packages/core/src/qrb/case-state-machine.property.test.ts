import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TCalendarDate } from '../dates/calendar-date';
import { addCalendarDays } from './calendar-days';
import { CASE_BASES, type TCaseBasis } from './case-basis';
import {
  allowedEventTypes,
  createDraftCase,
  decisionHistoryOf,
  QRB_CASE_EVENT_TYPES,
  sinceOf,
  type TQrbCaseEvent,
  type TQrbCaseEventType,
  type TQrbCaseState,
  type TQrbTransitionContext,
} from './case-state';
import { QRB_REFUSAL_CODES, transition } from './case-state-machine';
import { checkBoardComposition } from './check-board-composition';
import { checkCaseSubmission, type TCaseBasisClaim } from './check-case-submission';
import { deriveBoardDecision, type TBoardDecisionResult } from './derive-board-decision';
import { findCaseStateProblems } from './find-case-state-problems';
import type { TQrbSettingsOverrides } from './qrb-settings';
import { action2025, AGENCIES, analyzeWith, approval, d, disapproval, ECQS_2025, GOOD_2025_PACKAGE, member, review, VALID_BOARD } from './testing/qrb-fixtures';

const NUM_RUNS = 300;
const START = d('2025-11-01');
const ACTION = action2025();
/** The analysis is the slow part; a report is a valid input, so analyse once. */
const REPORT = analyzeWith(GOOD_2025_PACKAGE)({ model: ACTION.policy.pack.model, limits: ACTION.narrativeLimits });

const DERIVATIONS: readonly TBoardDecisionResult[] = [
  approval(),
  disapproval(['DR']),
  disapproval(['LC', 'BC']),
  deriveBoardDecision({ ecqs: ECQS_2025, memberIds: ['m1', 'm2', 'm3'], reviews: [review('m1', ['LC'], '')] }),
  deriveBoardDecision({ ecqs: ECQS_2025, memberIds: ['m1', 'm2', 'm3'], reviews: ['m1', 'm2', 'm3'].map((m) => review(m, ['AOS'])), settings: { decisionRule: 'majority' } }),
];

const BOARD_CHECKS = [
  checkBoardComposition({ members: VALID_BOARD, candidateAgency: AGENCIES.doe }),
  checkBoardComposition({ members: [...VALID_BOARD.slice(0, 2), member('m4', AGENCIES.doe)], candidateAgency: AGENCIES.doe }),
  checkBoardComposition({ members: VALID_BOARD, candidateAgency: AGENCIES.dot }),
  checkBoardComposition({ members: VALID_BOARD }),
];

/**
 * An event as an intent plus random knobs; the concrete event is built against the state it meets, so the
 * sequence reaches deep states (a matching resubmission check) as well as every kind of refusal.
 */
const mostly = fc.integer({ min: 0, max: 9 }).map((n) => n < 8);
const intent = fc.record({
  /** Most intents pick an event the status allows, and most are well formed, or sequences would stay shallow. */
  picksAllowed: mostly,
  allowedIndex: fc.nat({ max: 1 }),
  isWellFormed: mostly,
  type: fc.constantFrom(...QRB_CASE_EVENT_TYPES),
  dayDelta: fc.integer({ min: -3, max: 70 }),
  claimBasis: fc.constantFrom<TCaseBasis | 'none'>(...CASE_BASES, 'none'),
  hasCertification: fc.boolean(),
  isStaleCheck: fc.boolean(),
  usesStateDueDate: fc.boolean(),
  board: fc.nat({ max: BOARD_CHECKS.length - 1 }),
  boardId: fc.constantFrom('board-1', 'board-2', ''),
  derivation: fc.nat({ max: DERIVATIONS.length - 1 }),
  decisionId: fc.constantFrom('dec-1', 'dec-2', 'dec-3', ''),
  amendmentId: fc.constantFrom('am-1', 'am-2', ''),
  amendmentReason: fc.constantFrom('Clerical correction.', '  '),
  amendsEcq: fc.constantFrom('DR', 'LC', 'ZZ', undefined),
  amendmentText: fc.constantFrom('Corrected remarks.', ' '),
  holdKind: fc.constantFrom('agency-head-transition', 'administrative'),
  holdAgency: fc.constantFrom('doe', 'dot'),
  holdNote: fc.constantFrom('Agency asked for a pause.', ''),
});
type TIntent = typeof intent extends fc.Arbitrary<infer T> ? T : never;

function claimFor(basis: TCaseBasis): TCaseBasisClaim {
  switch (basis) {
    case 'A':
      return { basis, narrative: { analysis: REPORT } };
    case 'B':
      return { basis, cdpProgram: 'Interagency SES CDP', cdpCertificate: 'certificate.pdf' };
    case 'C':
      return { basis, uniqueQualifications: 'A statement of unique qualities.' };
  }
}

/** The knobs of a well-formed event for this case: only the state and the event type are left to chance. */
function wellFormed(knobs: TIntent, basis: TCaseBasis): TIntent {
  return {
    ...knobs,
    dayDelta: Math.abs(knobs.dayDelta) % 8,
    claimBasis: basis,
    hasCertification: true,
    isStaleCheck: false,
    usesStateDueDate: true,
    board: 0,
    boardId: 'board-1',
    derivation: knobs.derivation === 3 ? 0 : knobs.derivation,
    amendmentReason: 'Clerical correction.',
    amendsEcq: knobs.amendsEcq === 'ZZ' ? undefined : knobs.amendsEcq,
    amendmentText: 'Corrected remarks.',
    holdKind: basis === 'B' ? 'administrative' : knobs.holdKind,
    holdAgency: 'doe',
    holdNote: 'Agency asked for a pause.',
  };
}

function buildEvent(state: TQrbCaseState, intended: TIntent, context: TQrbTransitionContext): TQrbCaseEvent {
  const { settings } = context;
  const knobs = intended.isWellFormed ? wellFormed(intended, context.basis) : intended;
  const allowed = allowedEventTypes(state);
  const type: TQrbCaseEventType = knobs.picksAllowed ? allowed[knobs.allowedIndex % allowed.length]! : knobs.type;
  const on = addCalendarDays(sinceOf(state) ?? START, knobs.dayDelta);
  const check = (resubmission: { disapprovedOn: TCalendarDate; dueOn: TCalendarDate } | undefined) =>
    checkCaseSubmission({
      action: ACTION,
      claims: knobs.claimBasis === 'none' ? [] : [claimFor(knobs.claimBasis)],
      ...(knobs.hasCertification ? { certification: { certifiedBy: 'Appointing Authority', certifiedOn: START } } : {}),
      on: knobs.isStaleCheck ? addCalendarDays(on, -1) : on,
      resubmission,
      settings,
    });
  switch (type) {
    case 'submit':
      return { type, on, check: check(undefined) };
    case 'assign':
      return { type, on, boardId: knobs.boardId, boardCheck: BOARD_CHECKS[knobs.board]! };
    case 'reassign': {
      // A well-formed move names a board other than the one the case is with.
      const other = state.status === 'assigned' && state.boardId === 'board-1' ? 'board-2' : 'board-1';
      return { type, on, boardId: intended.isWellFormed ? other : knobs.boardId, boardCheck: BOARD_CHECKS[knobs.board]! };
    }
    case 'start_review':
    case 'release':
      return { type, on };
    case 'decide':
      return { type, on, decisionId: knobs.decisionId, derivation: DERIVATIONS[knobs.derivation]! };
    case 'amend_decision':
      return {
        type,
        on,
        amendment: {
          id: knobs.amendmentId,
          reason: knobs.amendmentReason,
          ...(knobs.amendsEcq === undefined ? { generalRemarks: knobs.amendmentText } : { ecqRemarks: { [knobs.amendsEcq]: knobs.amendmentText } }),
        },
      };
    case 'resubmit': {
      const due = state.status === 'decided' && knobs.usesStateDueDate ? state.decision.resubmissionDueOn : addCalendarDays(on, 10);
      return { type, on, check: check(due === undefined ? undefined : { disapprovedOn: on, dueOn: due }) };
    }
    case 'hold':
      return {
        type,
        on,
        reason: knobs.holdKind === 'agency-head-transition' ? { kind: knobs.holdKind, agencyId: knobs.holdAgency } : { kind: 'administrative', note: knobs.holdNote },
      };
  }
}

const contexts = fc.record({
  basis: fc.constantFrom(...CASE_BASES),
  settings: fc.constantFrom<TQrbSettingsOverrides | undefined>(undefined, { deadlineEnforcement: 'warn' }, { resubmissionDueDays: 5 }, { decisionRule: 'majority' }),
});

describe('the case state machine under any sequence of events', () => {
  it('never produces an invalid state, and a decision never changes except through appended amendments', () => {
    fc.assert(
      fc.property(contexts, fc.array(intent, { maxLength: 40, size: 'max' }), ({ basis, settings }, intents) => {
        const context: TQrbTransitionContext = { basis, agencyId: AGENCIES.doe.id, settings };
        let state: TQrbCaseState = createDraftCase();
        const seen = new Map<string, { decision: string; amendments: readonly string[] }>();
        let historyIds: readonly string[] = [];
        for (const knobs of intents) {
          const result = transition(state, buildEvent(state, knobs, context), context);
          if (!result.ok) {
            expect(result.state).toBe(state);
            expect(result.status).toBe(state.status);
            continue;
          }
          state = result.state;
          expect(findCaseStateProblems(state)).toEqual([]);
          const history = decisionHistoryOf(state);
          const ids = history.map((r) => r.decision.id);
          expect(ids.slice(0, historyIds.length)).toEqual(historyIds);
          historyIds = ids;
          for (const record of history) {
            const now = { decision: JSON.stringify(record.decision), amendments: record.amendments.map((a) => JSON.stringify(a)) };
            const before = seen.get(record.decision.id);
            if (before !== undefined) {
              expect(now.decision).toBe(before.decision);
              expect(now.amendments.slice(0, before.amendments.length)).toEqual(before.amendments);
            }
            seen.set(record.decision.id, now);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('reaches every status and every refusal, so the property above is not vacuous', () => {
    const reached = new Set<string>();
    const refused = new Set<string>();
    fc.assert(
      fc.property(contexts, fc.array(intent, { maxLength: 40, size: 'max' }), ({ basis, settings }, intents) => {
        const context: TQrbTransitionContext = { basis, agencyId: AGENCIES.doe.id, settings };
        let state: TQrbCaseState = createDraftCase();
        for (const knobs of intents) {
          const result = transition(state, buildEvent(state, knobs, context), context);
          if (result.ok) state = result.state;
          else refused.add(result.code);
          reached.add(state.status === 'decided' && state.earlierDecisions.length > 0 ? 'decided-again' : state.status);
          if (state.status === 'decided' && state.amendments.length > 0) reached.add('amended');
        }
      }),
      { numRuns: NUM_RUNS, seed: 6 },
    );
    expect([...reached].sort()).toEqual(['amended', 'assigned', 'decided', 'decided-again', 'draft', 'in_review', 'on_hold', 'resubmitted', 'submitted']);
    expect([...refused].sort()).toEqual([...QRB_REFUSAL_CODES].sort());
  });
});
