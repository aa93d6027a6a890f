import { AppError } from '@ecq/core';
import { getQrbBoardById, getQrbCaseById, getQrbMemberByUserId, type TDatabase, type TQrbBoardWithMembers, type TQrbCaseRow, type TQrbMemberWithUser } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import {
  authorize,
  canAdministerQrb,
  canCheckQrbCase,
  canConductQrbReview,
  canManageQrbCase,
  canReadQrbCase,
  canReadQrbCaseFiles,
  canReadQrbReviews,
  canReviewQrbCase,
  canShareNarrativeWithQrbCase,
  hasRole,
  qrbCaseRefusal,
  type TQrbCaseAccess,
} from '../../policies';

/** What a request may do with a case, each with its predicate and the refusal it answers with. */
export type TQrbCaseAccessKind = 'read' | 'manage' | 'files' | 'check' | 'share' | 'administer' | 'reviews' | 'review' | 'conduct';

const PREDICATES: Readonly<Record<TQrbCaseAccessKind, (actor: TUserActor, access: TQrbCaseAccess) => boolean>> = {
  read: canReadQrbCase,
  manage: canManageQrbCase,
  files: canReadQrbCaseFiles,
  check: canCheckQrbCase,
  share: canShareNarrativeWithQrbCase,
  administer: (actor) => canAdministerQrb(actor),
  reviews: canReadQrbReviews,
  review: canReviewQrbCase,
  conduct: canConductQrbReview,
};

export interface TLoadedQrbCase {
  readonly row: TQrbCaseRow;
  readonly access: TQrbCaseAccess;
  /** The board the case is with (or was decided by), with its members. */
  readonly board: TQrbBoardWithMembers | undefined;
  /** The actor's roster entry when they sit on that board. */
  readonly seat: TQrbMemberWithUser | undefined;
}

/**
 * A case and what the actor is to it (its agency's staff, OPM, a member of its board, its candidate),
 * refused unless the predicate of `kind` allows it.
 * @throws AppError `NOT_FOUND` naming `id`; `FORBIDDEN` saying who may.
 */
export async function loadQrbCase(db: TDatabase, request: { readonly actor: TUserActor; readonly id: string; readonly kind: TQrbCaseAccessKind }): Promise<TLoadedQrbCase> {
  const { actor } = request;
  const row = await getQrbCaseById(db, request.id);
  if (!row) throw new AppError('NOT_FOUND', `id: no QRB case ${request.id}`, { field: 'id' });
  const board = row.boardId === null ? undefined : await getQrbBoardById(db, row.boardId);
  let seat: TQrbMemberWithUser | undefined;
  if (board !== undefined && hasRole(actor, 'qrb_member')) {
    const member = await getQrbMemberByUserId(db, actor.userId);
    if (member !== undefined && member.isActive && board.members.some((m) => m.id === member.id)) seat = member;
  }
  const access: TQrbCaseAccess = { agencyId: row.agencyId, candidateUserId: row.candidateUserId, isActorOnBoard: seat !== undefined };
  authorize(PREDICATES[request.kind](actor, access), qrbCaseRefusal(request.kind));
  return { row, access, board, seat };
}
