import { isHeldDuringAgencyHeadTransition, todayUtc, type TQrbCaseEvent } from '@ecq/core';
import { getOpenAgencyHeadTransition, type TQrbCaseRow } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { applyQrbCaseEvents } from './apply-qrb-case-events';
import { loadActionOfCase } from './run-qrb-case-check';
import { loadQrbCase } from './load-qrb-case';
import { loadQrbSettings } from './load-qrb-settings';
import { runQrbCaseCheck } from './run-qrb-case-check';

/**
 * Submits a draft case to the QRB, or resubmits a returned one (issue 6; POLICY.md §2): the pre-submission
 * check runs today and must pass (a 409 lists every blocker); a resubmission is due 60 days after the
 * disapproval (a setting) and links to it. While the agency's head is changing, a criterion A or C case goes
 * on hold as it arrives (POLICY.md §2, high), in the same transaction, both steps audited.
 * @throws AppError `CONFLICT` naming the current state and every blocker.
 */
export async function submitQrbCase(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly id: string; readonly version: number; readonly kind: 'submit' | 'resubmit'; readonly requestId: string },
): Promise<{ readonly row: TQrbCaseRow; readonly warnings: readonly string[] }> {
  const { actor } = request;
  const { row } = await loadQrbCase(deps.db, { actor, id: request.id, kind: 'manage' });
  const qrb = await loadQrbSettings(deps.db);
  const on = todayUtc(deps.now());
  const [{ check }, { action }, transitionInProgress] = await Promise.all([
    runQrbCaseCheck(deps, { row, settings: qrb.settings, on }),
    loadActionOfCase(deps, row),
    getOpenAgencyHeadTransition(deps.db, row.agencyId),
  ]);
  const events: TQrbCaseEvent[] = [{ type: request.kind, on, check }];
  const about = `${row.candidateName}'s QRB case for ${action.positionTitle}`;
  const messages = [`${about} was ${request.kind === 'submit' ? 'submitted' : 'resubmitted'} to the QRB.`];
  if (transitionInProgress !== undefined && isHeldDuringAgencyHeadTransition(row.basis)) {
    events.push({ type: 'hold', on, reason: { kind: 'agency-head-transition', agencyId: row.agencyId } });
    messages.push(`${about} is on hold while ${action.agencyName}'s head changes; criterion ${row.basis} cases wait for the new head.`);
  }
  return applyQrbCaseEvents(deps, {
    actor,
    row,
    version: request.version,
    events,
    context: { basis: row.basis, agencyId: row.agencyId, settings: qrb.overrides },
    messages,
    requestId: request.requestId,
  });
}
