import { AppError, describeCaseState, todayUtc, type TQrbCaseState } from '@ecq/core';
import type { TAppDeps } from '../../deps';

/** Whether the agency may change a case's evidence now: while it is a draft, or returned with a disapproval. */
export function isQrbCaseEditable(state: TQrbCaseState): boolean {
  return state.status === 'draft' || (state.status === 'decided' && state.decision.outcome === 'disapproved');
}

/**
 * Refuses a change to a case that is with OPM or decided for good: what the board reads must not move under it.
 * @throws AppError `CONFLICT` naming `status`.
 */
export function assertQrbCaseEditable(state: TQrbCaseState, what: string): void {
  if (!isQrbCaseEditable(state)) {
    throw new AppError('CONFLICT', `status: the case is ${describeCaseState(state)}; ${what} only a draft or a returned (disapproved) case`, {
      field: 'status',
      problems: [{ path: '$.status', message: `the case is ${describeCaseState(state)}` }],
    });
  }
}

/**
 * The appointing authority certifies a candidate on a day that has come (5 CFR 317.502, POLICY.md §2).
 * @throws AppError `VALIDATION_FAILED` naming `certification.certifiedOn`.
 */
export function assertCertifiedByNow(deps: TAppDeps, certification: { readonly certifiedOn: string } | null | undefined): void {
  if (certification != null && certification.certifiedOn > todayUtc(deps.now())) {
    throw new AppError('VALIDATION_FAILED', 'certification.certifiedOn: the appointing authority cannot have certified the candidate in the future', {
      field: 'certification.certifiedOn',
    });
  }
}
