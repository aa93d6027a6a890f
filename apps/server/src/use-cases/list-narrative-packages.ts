import { listNarrativePackages as listNarrativePackageRows, type TNarrativePackageRow } from '@ecq/db';
import type { TUserActor } from '../auth/actor';
import type { TAppDeps } from '../deps';
import { authorize, canListAllNarratives, canListNarratives, narrativeRefusal } from '../policies';
import { formatCreatedCursor, parseCreatedCursor } from './created-cursor';
import { keysetPage, type TKeysetPage } from './keyset-page';

/**
 * Narrative packages newest first, one keyset page at a time: a candidate's or executive's own; OPM
 * administrators everyone's (or one owner's with `ownerUserId`).
 */
export async function listNarrativePackages(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly ownerUserId?: string | undefined; readonly after?: string | undefined; readonly limit: number },
): Promise<TKeysetPage<TNarrativePackageRow>> {
  const { actor } = request;
  authorize(canListNarratives(actor), narrativeRefusal(actor, 'list'));
  const isAll = canListAllNarratives(actor);
  authorize(isAll || request.ownerUserId === undefined || request.ownerUserId === actor.userId, {
    field: 'ownerUserId',
    message: 'you may list only your own narrative packages',
  });
  const rows = await listNarrativePackageRows(deps.db, {
    ownerUserId: isAll ? request.ownerUserId : actor.userId,
    after: request.after === undefined ? undefined : parseCreatedCursor(request.after, 'after'),
    limit: request.limit + 1,
  });
  return keysetPage(rows, request.limit, formatCreatedCursor);
}
