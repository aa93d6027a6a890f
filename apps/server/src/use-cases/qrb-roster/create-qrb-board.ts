import { AppError, type TBoardCompositionCheck } from '@ecq/core';
import { getQrbBoardById, insertQrbBoard, recordAuditEvent, type TQrbBoardWithMembers } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { authorize, canAdministerQrb, qrbCaseRefusal } from '../../policies';
import { loadQrbSettings } from '../qrb/load-qrb-settings';
import { checkRosterBoard, loadBoardMembers } from './qrb-board-members';

/**
 * Assembles a QRB board for a day (OPM; issue 6, POLICY.md §2): 3 members from 3 different agencies, more
 * than half career SES (5 CFR 317.502), ideally one with prior QRB service (a warning only). A board that
 * breaks a rule is refused with every problem; conflicts of interest are checked when a case is assigned to
 * it, against that case's agency. Audited `qrb_board.created`.
 * @throws AppError `VALIDATION_FAILED` naming `memberIds` with every problem.
 */
export async function createQrbBoard(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly convenesOn: string; readonly memberIds: readonly string[]; readonly label?: string | undefined; readonly requestId: string },
): Promise<{ readonly board: TQrbBoardWithMembers; readonly check: TBoardCompositionCheck }> {
  const { actor } = request;
  authorize(canAdministerQrb(actor), qrbCaseRefusal('administer'));
  const [members, qrb] = await Promise.all([loadBoardMembers(deps.db, request.memberIds), loadQrbSettings(deps.db)]);
  const check = checkRosterBoard(members, qrb.settings);
  if (!check.isValid) {
    throw new AppError('VALIDATION_FAILED', `memberIds: the board cannot be assembled: ${check.errors.map((e) => e.message).join(' ')}`, {
      field: 'memberIds',
      problems: check.errors.map((e) => ({ path: 'memberIds', message: e.message })),
    });
  }
  const id = await deps.db.transaction(async (tx) => {
    const board = await insertQrbBoard(tx, { convenesOn: request.convenesOn, label: request.label ?? null, createdBy: actor.userId, memberIds: members.map((m) => m.id) });
    await recordAuditEvent(tx, {
      actorUserId: actor.userId,
      agencyId: null,
      action: 'qrb_board.created',
      entityType: 'qrb_board',
      entityId: board.id,
      before: null,
      after: { boardId: board.id, convenesOn: board.convenesOn, label: board.label, memberIds: members.map((m) => m.id), warnings: check.warnings.map((w) => w.message) },
      requestId: request.requestId,
    });
    return board.id;
  });
  return { board: (await getQrbBoardById(deps.db, id))!, check };
}
