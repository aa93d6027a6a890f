import { deleteSession, recordAuditEvent } from '@ecq/db';
import type { TUserActor } from '../auth/actor';
import type { TAppDeps } from '../deps';

/** Ends the actor's session: the token stops working at once, on every instance. */
export async function signOut(deps: TAppDeps, actor: TUserActor, requestId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await deleteSession(tx, actor.session.tokenHash);
    await recordAuditEvent(tx, {
      actorUserId: actor.userId,
      agencyId: actor.agencyId,
      action: 'auth.signed_out',
      entityType: 'session',
      entityId: actor.userId,
      requestId,
    });
  });
}
