import { listHiringActions as listHiringActionRows, type THiringActionWithAgency } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { authorize, canListAgencyRecordsOf, isOpmAdmin } from '../../policies';
import { formatCreatedCursor, parseCreatedCursor } from '../created-cursor';
import { keysetPage, type TKeysetPage } from '../keyset-page';

/**
 * Hiring actions newest first, one keyset page at a time: an agency's staff see their own agency's (the
 * default), OPM every agency's or one's.
 */
export async function listHiringActions(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly agencyId?: string | undefined; readonly after?: string | undefined; readonly limit: number },
): Promise<TKeysetPage<THiringActionWithAgency>> {
  const { actor } = request;
  const agencyId = request.agencyId ?? (isOpmAdmin(actor) ? undefined : (actor.agencyId ?? undefined));
  authorize(canListAgencyRecordsOf(actor, agencyId), { field: 'agencyId', message: "you may list only your own agency's hiring actions" });
  const rows = await listHiringActionRows(deps.db, {
    agencyId,
    after: request.after === undefined ? undefined : parseCreatedCursor(request.after, 'after'),
    limit: request.limit + 1,
  });
  return keysetPage(rows, request.limit, formatCreatedCursor);
}
