import { AppError } from '@ecq/core';
import { getUserById, type TUserWithRoles } from '@ecq/db';
import type { TUserActor } from '../auth/actor';
import type { TAppDeps } from '../deps';
import { authorize, canReadUser } from '../policies';

/**
 * One user, for themselves, an OPM administrator, or executive-resources staff of the user's agency.
 * @throws AppError `NOT_FOUND` naming `id`; `FORBIDDEN` for anyone else (agencies are isolated).
 */
export async function getUser(deps: TAppDeps, request: { readonly actor: TUserActor; readonly id: string }): Promise<TUserWithRoles> {
  const user = await getUserById(deps.db, request.id);
  if (!user) throw new AppError('NOT_FOUND', `id: no user ${request.id}`, { field: 'id' });
  authorize(canReadUser(request.actor, user), { field: 'id', message: 'this user belongs to another agency' });
  return user;
}
