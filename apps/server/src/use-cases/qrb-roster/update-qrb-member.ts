import { recordAuditEvent, updateQrbMember as updateQrbMemberRow, type TQrbMemberWithUser } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { authorize, canAdministerQrb, qrbCaseRefusal } from '../../policies';
import { presentQrbMemberAudit } from '../../presenters/qrb-board';
import { requireWritten } from '../write-errors';

/**
 * Changes a roster member's appointment, prior service or activity (OPM), if still at the version read. An
 * inactive member stays on the boards already assembled but is offered for no new one. Audited.
 */
export async function updateQrbMember(
  deps: TAppDeps,
  request: {
    readonly actor: TUserActor;
    readonly id: string;
    readonly version: number;
    readonly appointment?: 'career' | 'noncareer' | undefined;
    readonly hasPriorQrbService?: boolean | undefined;
    readonly isActive?: boolean | undefined;
    readonly requestId: string;
  },
): Promise<TQrbMemberWithUser> {
  const { actor } = request;
  authorize(canAdministerQrb(actor), qrbCaseRefusal('administer'));
  return deps.db.transaction(async (tx) => {
    const patch = { appointment: request.appointment, hasPriorQrbService: request.hasPriorQrbService, isActive: request.isActive };
    const result = requireWritten(await updateQrbMemberRow(tx, { id: request.id, expectedVersion: request.version, patch }), {
      entity: 'QRB roster member',
      id: request.id,
      sentVersion: request.version,
    });
    await recordAuditEvent(tx, {
      actorUserId: actor.userId,
      agencyId: null,
      action: 'qrb_member.updated',
      entityType: 'qrb_member',
      entityId: request.id,
      before: presentQrbMemberAudit(result.before),
      after: presentQrbMemberAudit(result.row),
      requestId: request.requestId,
    });
    return result.row;
  });
}
