import { AppError } from '@ecq/core';
import { getQrbMemberById, getQrbMemberByUserId, getUserById, insertQrbMember, recordAuditEvent, type TQrbMemberWithUser } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { authorize, canAdministerQrb, qrbCaseRefusal } from '../../policies';
import { presentQrbMemberAudit } from '../../presenters/qrb-board';
import { isUniqueViolation } from '../write-errors';

/**
 * Adds an SES member to OPM's QRB roster (issue 6): a user of an agency holding the `qrb_member` role, with
 * their appointment (career or noncareer: only career members count toward a board's career majority, 5 CFR
 * 317.502) and whether they have served on a QRB before. Audited `qrb_member.created`.
 * @throws AppError `NOT_FOUND` / `VALIDATION_FAILED` naming `userId`; `CONFLICT` when already on the roster.
 */
export async function createQrbMember(
  deps: TAppDeps,
  request: {
    readonly actor: TUserActor;
    readonly userId: string;
    readonly appointment: 'career' | 'noncareer';
    readonly hasPriorQrbService: boolean;
    readonly requestId: string;
  },
): Promise<TQrbMemberWithUser> {
  const { actor } = request;
  authorize(canAdministerQrb(actor), qrbCaseRefusal('administer'));
  const user = await getUserById(deps.db, request.userId);
  if (!user) throw new AppError('NOT_FOUND', `userId: no user ${request.userId}`, { field: 'userId' });
  if (!user.roles.includes('qrb_member') || !user.isActive || user.agencyId === null) {
    throw new AppError('VALIDATION_FAILED', `userId: ${user.displayName} must be an active user of an agency holding the qrb_member role to join the roster`, {
      field: 'userId',
    });
  }
  const duplicate = () => new AppError('CONFLICT', `userId: ${user.displayName} is already on the roster`, { field: 'userId' });
  if (await getQrbMemberByUserId(deps.db, user.id)) throw duplicate();
  try {
    const id = await deps.db.transaction(async (tx) => {
      const row = await insertQrbMember(tx, { userId: user.id, appointment: request.appointment, hasPriorQrbService: request.hasPriorQrbService });
      const member = (await getQrbMemberById(tx, row.id))!;
      await recordAuditEvent(tx, {
        actorUserId: actor.userId,
        agencyId: null,
        action: 'qrb_member.created',
        entityType: 'qrb_member',
        entityId: row.id,
        before: null,
        after: presentQrbMemberAudit(member),
        requestId: request.requestId,
      });
      return row.id;
    });
    return (await getQrbMemberById(deps.db, id))!;
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}
