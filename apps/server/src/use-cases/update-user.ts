import { AppError } from '@ecq/core';
import {
  deleteSessionsOfUser,
  getUserById,
  recordAuditEvent,
  updateUser as updateUserRow,
  type TUserPatch,
  type TUserWithRoles,
} from '@ecq/db';
import type { TUserActor } from '../auth/actor';
import type { TAppDeps } from '../deps';
import { isAgencyScopedRole } from '../policies';
import { presentUser } from '../presenters/user';
import { staleVersionError } from './write-errors';

/**
 * Changes a user's name, activation or roles if the record is still at the version the writer read
 * (optimistic concurrency; stale → 409). Deactivation ends the user's sessions at once. The change and its
 * `user.updated` audit event (before and after, never the password hash) share one transaction.
 */
export async function updateUser(
  deps: TAppDeps,
  request: {
    readonly actor: TUserActor;
    readonly id: string;
    readonly version: number;
    readonly patch: TUserPatch;
    readonly requestId: string;
  },
): Promise<TUserWithRoles> {
  const notFound = () => new AppError('NOT_FOUND', `id: no user ${request.id}`, { field: 'id' });
  return deps.db.transaction(async (tx) => {
    const current = await getUserById(tx, request.id);
    if (!current) throw notFound();
    if (current.agencyId === null && request.patch.roles?.some(isAgencyScopedRole)) {
      throw new AppError('VALIDATION_FAILED', 'roles: this user belongs to no agency, so only opm_admin fits', { field: 'roles' });
    }
    const result = await updateUserRow(tx, { id: request.id, expectedVersion: request.version, patch: request.patch });
    switch (result.kind) {
      case 'not-found':
        throw notFound();
      case 'stale':
        throw staleVersionError('user', request.version, result.current.version);
      case 'ok':
        if (!result.row.isActive) await deleteSessionsOfUser(tx, result.row.id);
        await recordAuditEvent(tx, {
          actorUserId: request.actor.userId,
          agencyId: result.row.agencyId,
          action: 'user.updated',
          entityType: 'user',
          entityId: result.row.id,
          before: presentUser(result.before),
          after: presentUser(result.row),
          requestId: request.requestId,
        });
        return result.row;
    }
  });
}
