import type { TSourceRef } from '../policy/source';
import { CASE_BASIS_LABELS, isHeldDuringAgencyHeadTransition, type TCaseBasis } from './case-basis';
import { describeCaseState, HOLDABLE_STATUSES, type TQrbCaseState } from './case-state';
import { QRB_SOURCES } from './qrb-sources';

/** A case as the hold planner reads it. */
export interface THoldPlanCase {
  readonly caseId: string;
  readonly agencyId: string;
  readonly basis: TCaseBasis;
  readonly state: TQrbCaseState;
}

/** What happens to one of the agency's cases: `hold`/`release` it, or leave it as it is and why. */
export interface THoldPlanEntry {
  readonly caseId: string;
  readonly action: 'hold' | 'release' | 'continue';
  readonly message: string;
  readonly source: TSourceRef;
}

export interface TPlanAgencyHeadTransitionRequest {
  readonly agencyId: string;
  /** Any cases; only the agency's are planned. */
  readonly cases: readonly THoldPlanCase[];
}

/**
 * When an agency's head changes, which of its cases to hold: criterion A and C cases waiting on OPM are
 * held, criterion B cases continue (POLICY.md §2, high). Drafts, decided cases and cases already on hold are
 * left as they are, each with why. The server applies a `hold` event to each `hold` entry, in one
 * transaction with its audit events.
 */
export function planAgencyHeadTransitionHolds(request: TPlanAgencyHeadTransitionRequest): THoldPlanEntry[] {
  return request.cases
    .filter((c) => c.agencyId === request.agencyId)
    .map((c): THoldPlanEntry => {
      const entry = (action: THoldPlanEntry['action'], message: string): THoldPlanEntry => ({ caseId: c.caseId, action, message, source: QRB_SOURCES.hold });
      if (!isHeldDuringAgencyHeadTransition(c.basis)) {
        return entry('continue', `${CASE_BASIS_LABELS[c.basis]}: B cases continue during an agency-head transition.`);
      }
      if (!(HOLDABLE_STATUSES as readonly string[]).includes(c.state.status)) {
        return entry('continue', `The case is ${describeCaseState(c.state)}: only cases waiting on OPM are held.`);
      }
      return entry('hold', `${CASE_BASIS_LABELS[c.basis]}: held while the agency's head changes.`);
    });
}

/**
 * When the agency's new head is in place, which of its cases to release: those on hold for this agency's
 * head transition (POLICY.md §2, high). Cases held for another reason stay held.
 */
export function planAgencyHeadTransitionReleases(request: TPlanAgencyHeadTransitionRequest): THoldPlanEntry[] {
  return request.cases
    .filter((c) => c.agencyId === request.agencyId && c.state.status === 'on_hold')
    .map((c): THoldPlanEntry => {
      const isTransitionHold = c.state.status === 'on_hold' && c.state.reason.kind === 'agency-head-transition' && c.state.reason.agencyId === request.agencyId;
      return {
        caseId: c.caseId,
        action: isTransitionHold ? 'release' : 'continue',
        message: isTransitionHold ? 'Released: the agency-head transition is over.' : 'Held for another reason; it stays on hold.',
        source: QRB_SOURCES.hold,
      };
    });
}
