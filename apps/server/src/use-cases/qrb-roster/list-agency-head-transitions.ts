import { listAgencyHeadTransitions as listTransitionRows, type TAgencyHeadTransitionWithAgency } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { authorize, canListAgencyHeadTransitionsOf, isOpmAdmin } from '../../policies';
import { formatCreatedCursor, parseCreatedCursor } from '../created-cursor';
import { keysetPage, type TKeysetPage } from '../keyset-page';

/** Agency-head transitions newest first: OPM every agency's or one's; an agency's staff their own agency's. */
export async function listAgencyHeadTransitions(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly agencyId?: string | undefined; readonly after?: string | undefined; readonly limit: number },
): Promise<TKeysetPage<TAgencyHeadTransitionWithAgency>> {
  const { actor } = request;
  const agencyId = request.agencyId ?? (isOpmAdmin(actor) ? undefined : (actor.agencyId ?? undefined));
  authorize(canListAgencyHeadTransitionsOf(actor, agencyId), { field: 'agencyId', message: "you may list only your own agency's transitions" });
  const rows = await listTransitionRows(deps.db, {
    agencyId,
    after: request.after === undefined ? undefined : parseCreatedCursor(request.after, 'after'),
    limit: request.limit + 1,
  });
  return keysetPage(rows, request.limit, formatCreatedCursor);
}
