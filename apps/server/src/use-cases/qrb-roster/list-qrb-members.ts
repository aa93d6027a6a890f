import { AppError } from '@ecq/core';
import { getQrbMemberById, listQrbMembers as listQrbMemberRows, type TQrbMemberCursor, type TQrbMemberWithUser } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { authorize, canAdministerQrb, qrbCaseRefusal } from '../../policies';
import { keysetPage, type TKeysetPage } from '../keyset-page';

function parseMemberCursor(cursor: string): TQrbMemberCursor {
  const at = cursor.lastIndexOf('_');
  const id = cursor.slice(at + 1);
  if (at < 0 || !/^[0-9a-f-]{36}$/.test(id)) {
    throw new AppError('VALIDATION_FAILED', 'after: not a cursor this list returned (use nextCursor as given)', { field: 'after' });
  }
  return { name: cursor.slice(0, at), id };
}

/** OPM's QRB roster by name, filtered by agency, appointment and activity, one keyset page at a time. */
export async function listQrbMembers(
  deps: TAppDeps,
  request: {
    readonly actor: TUserActor;
    readonly agencyId?: string | undefined;
    readonly appointment?: 'career' | 'noncareer' | undefined;
    readonly isActive?: boolean | undefined;
    readonly after?: string | undefined;
    readonly limit: number;
  },
): Promise<TKeysetPage<TQrbMemberWithUser>> {
  authorize(canAdministerQrb(request.actor), qrbCaseRefusal('administer'));
  const rows = await listQrbMemberRows(deps.db, {
    agencyId: request.agencyId,
    appointment: request.appointment,
    isActive: request.isActive,
    after: request.after === undefined ? undefined : parseMemberCursor(request.after),
    limit: request.limit + 1,
  });
  return keysetPage(rows, request.limit, (m) => `${m.name}_${m.id}`);
}

/** One roster member (OPM). */
export async function getQrbMember(deps: TAppDeps, request: { readonly actor: TUserActor; readonly id: string }): Promise<TQrbMemberWithUser> {
  authorize(canAdministerQrb(request.actor), qrbCaseRefusal('administer'));
  const member = await getQrbMemberById(deps.db, request.id);
  if (!member) throw new AppError('NOT_FOUND', `id: no QRB roster member ${request.id}`, { field: 'id' });
  return member;
}
