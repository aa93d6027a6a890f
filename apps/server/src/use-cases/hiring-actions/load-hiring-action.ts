import { AppError } from '@ecq/core';
import { getHiringActionById, type TDatabase, type THiringActionWithAgency } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import { authorize, canReadHiringAction } from '../../policies';

/**
 * A hiring action the actor may read: its agency's staff and OPM.
 * @throws AppError `NOT_FOUND` naming `field`; `FORBIDDEN` for another agency's action.
 */
export async function loadHiringAction(
  db: TDatabase,
  request: { readonly actor: TUserActor; readonly id: string; readonly field?: string },
): Promise<THiringActionWithAgency> {
  const field = request.field ?? 'id';
  const action = await getHiringActionById(db, request.id);
  if (!action) throw new AppError('NOT_FOUND', `${field}: no hiring action ${request.id}`, { field });
  authorize(canReadHiringAction(request.actor, action), { field, message: "this hiring action is another agency's" });
  return action;
}
