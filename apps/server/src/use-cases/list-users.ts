import { listUsers as listUserRows, type TRole, type TUserWithRoles } from '@ecq/db';
import type { TUserActor } from '../auth/actor';
import type { TAppDeps } from '../deps';
import { authorize, canListUsersOf, isOpmAdmin } from '../policies';
import { keysetPage, type TKeysetPage } from './keyset-page';

/**
 * Users by email, one keyset page at a time, optionally only those holding a role (OPM picks QRB members for
 * its roster this way). OPM administrators list everyone or one agency; agency staff
 * list their own agency (the default when they name none) and get 403 for any other.
 */
export async function listUsers(
  deps: TAppDeps,
  request: {
    readonly actor: TUserActor;
    readonly agencyId?: string | undefined;
    readonly role?: TRole | undefined;
    readonly after?: string | undefined;
    readonly limit: number;
  },
): Promise<TKeysetPage<TUserWithRoles>> {
  const { actor } = request;
  const agencyId = request.agencyId ?? (isOpmAdmin(actor) ? undefined : (actor.agencyId ?? undefined));
  authorize(canListUsersOf(actor, agencyId), { field: 'agencyId', message: "you may list only your own agency's users" });
  const rows = await listUserRows(deps.db, { agencyId, role: request.role, afterEmail: request.after, limit: request.limit + 1 });
  return keysetPage(rows, request.limit, (user) => user.email);
}
