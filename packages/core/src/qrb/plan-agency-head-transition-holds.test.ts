import { describe, expect, it } from 'vitest';
import { createDraftCase, type TQrbCaseState } from './case-state';
import { planAgencyHeadTransitionHolds, planAgencyHeadTransitionReleases, type THoldPlanCase } from './plan-agency-head-transition-holds';
import { d } from './testing/qrb-fixtures';

const submitted: TQrbCaseState = { status: 'submitted', since: d('2025-11-01'), earlierDecisions: [] };
const inReview: TQrbCaseState = { status: 'in_review', since: d('2025-11-03'), boardId: 'b1', earlierDecisions: [] };
const heldFor = (reason: Extract<TQrbCaseState, { status: 'on_hold' }>['reason']): TQrbCaseState => ({ status: 'on_hold', since: d('2025-11-05'), reason, heldFrom: submitted });

const CASES: readonly THoldPlanCase[] = [
  { caseId: 'a-waiting', agencyId: 'doe', basis: 'A', state: submitted },
  { caseId: 'b-waiting', agencyId: 'doe', basis: 'B', state: inReview },
  { caseId: 'c-in-review', agencyId: 'doe', basis: 'C', state: inReview },
  { caseId: 'a-draft', agencyId: 'doe', basis: 'A', state: createDraftCase() },
  { caseId: 'a-other-agency', agencyId: 'dot', basis: 'A', state: submitted },
];

describe('agency-head transition holds (POLICY.md §2, high)', () => {
  it('holds the agency\'s A and C cases waiting on OPM; B cases continue', () => {
    const plan = planAgencyHeadTransitionHolds({ agencyId: 'doe', cases: CASES });
    expect(plan.map((e) => [e.caseId, e.action])).toEqual([
      ['a-waiting', 'hold'],
      ['b-waiting', 'continue'],
      ['c-in-review', 'hold'],
      ['a-draft', 'continue'],
    ]);
    expect(plan[1]!.message).toBe('Criterion B: graduate of an OPM-approved Candidate Development Program: B cases continue during an agency-head transition.');
    expect(plan[3]!.message).toBe('The case is draft: only cases waiting on OPM are held.');
    expect(plan.every((e) => e.source.confidence === 'high')).toBe(true);
  });

  it('releases only the cases held for this agency\'s transition', () => {
    const cases: THoldPlanCase[] = [
      { caseId: 'held', agencyId: 'doe', basis: 'A', state: heldFor({ kind: 'agency-head-transition', agencyId: 'doe' }) },
      { caseId: 'held-otherwise', agencyId: 'doe', basis: 'C', state: heldFor({ kind: 'administrative', note: 'Paused.' }) },
      { caseId: 'not-held', agencyId: 'doe', basis: 'A', state: submitted },
    ];
    expect(planAgencyHeadTransitionReleases({ agencyId: 'doe', cases }).map((e) => [e.caseId, e.action])).toEqual([
      ['held', 'release'],
      ['held-otherwise', 'continue'],
    ]);
  });
});
