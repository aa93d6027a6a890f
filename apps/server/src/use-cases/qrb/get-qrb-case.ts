import { allowedEventTypes, todayUtc, type TQrbCaseState } from '@ecq/core';
import { getNarrativePackageById, getQrbAttachmentInfos, getUserById } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import {
  canAdministerQrb,
  canConductQrbReview,
  canManageQrbCase,
  canReadQrbCaseFiles,
  canReviewQrbCase,
  canShareNarrativeWithQrbCase,
  type TQrbCaseAccess,
} from '../../policies';
import { presentHiringAction } from '../../presenters/hiring-action';
import type { TQrbCaseAction, TQrbCaseView } from '../../presenters/qrb-case';
import { loadQrbCase } from './load-qrb-case';
import { isQrbCaseEditable } from './qrb-case-editing';
import { loadActionOfCase } from './run-qrb-case-check';

/** What the actor may do with the case in its state: the policies and core's allowed events together. */
export function availableQrbCaseActions(
  actor: TUserActor,
  access: TQrbCaseAccess,
  situation: { readonly state: TQrbCaseState; readonly hasNarrative: boolean; readonly hasBoardConvened: boolean },
): TQrbCaseAction[] {
  const { state, hasNarrative } = situation;
  const allowed = allowedEventTypes(state);
  const actions: TQrbCaseAction[] = [];
  const editable = isQrbCaseEditable(state);
  if (canManageQrbCase(actor, access)) {
    if (editable) actions.push('edit', 'upload', 'check');
    if (editable && hasNarrative) actions.push('migration_draft');
    if (allowed.includes('submit')) actions.push('submit');
    if (allowed.includes('resubmit')) actions.push('resubmit');
  }
  if (editable && canShareNarrativeWithQrbCase(actor, access)) actions.push('share');
  if (canAdministerQrb(actor)) {
    // One action, to a board: the first assignment, or a move before the review opens.
    if (allowed.includes('assign') || allowed.includes('reassign')) actions.push('assign');
    if (allowed.includes('hold')) actions.push('hold');
    if (allowed.includes('release')) actions.push('release');
    if (allowed.includes('amend_decision')) actions.push('amend');
  }
  if (canConductQrbReview(actor, access)) {
    // A board reviews once it has convened (conduct-qrb-case.ts).
    if (allowed.includes('start_review') && situation.hasBoardConvened) actions.push('start_review');
    if (allowed.includes('decide')) actions.push('decide');
  }
  if (state.status === 'in_review' && canReviewQrbCase(actor, access)) actions.push('review');
  if (state.status === 'decided' && state.decision.outcome === 'approved') actions.push('certificate');
  if (canReadQrbCaseFiles(actor, access)) actions.push('files');
  return actions;
}

/** Everything the case page shows the actor: the case, its action, board, evidence, decisions and what they may do. */
export async function getQrbCase(deps: TAppDeps, request: { readonly actor: TUserActor; readonly id: string }): Promise<TQrbCaseView> {
  const { row, access, board } = await loadQrbCase(deps.db, { actor: request.actor, id: request.id, kind: 'read' });
  const today = todayUtc(deps.now());
  const attachmentIds = [row.resumeAttachmentId, row.cdpCertificateAttachmentId].filter((id): id is string => id !== null);
  // The candidate's email is the agency's and OPM's to see: they named the account; the board needs it not.
  const showsEmail = row.candidateUserId !== null && (canManageQrbCase(request.actor, access) || canAdministerQrb(request.actor));
  const [{ action, pack }, attachments, pkg, candidate] = await Promise.all([
    loadActionOfCase(deps, row),
    getQrbAttachmentInfos(deps.db, attachmentIds),
    row.narrativePackageId === null ? undefined : getNarrativePackageById(deps.db, row.narrativePackageId),
    showsEmail ? getUserById(deps.db, row.candidateUserId!) : undefined,
  ]);
  return {
    row,
    action: presentHiringAction(action, pack),
    board,
    attachments,
    narrative:
      pkg === undefined || row.narrativeVersion === null ? undefined : { packageId: pkg.id, version: row.narrativeVersion, title: pkg.title, modelId: pkg.modelId },
    candidateEmail: candidate?.email ?? null,
    actions: availableQrbCaseActions(request.actor, access, {
      state: row.state,
      hasNarrative: row.narrativePackageId !== null,
      hasBoardConvened: board !== undefined && board.convenesOn <= today,
    }),
    today,
  };
}
