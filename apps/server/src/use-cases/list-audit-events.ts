import { listAuditEvents as listAuditEventRows, type TAuditEventRow } from '@ecq/db';
import type { TUserActor } from '../auth/actor';
import type { TAppDeps } from '../deps';
import { authorize, canReadAuditOf, isOpmAdmin } from '../policies';
import { keysetPage, type TKeysetPage } from './keyset-page';

export interface TListAuditEventsRequest {
  readonly actor: TUserActor;
  readonly agencyId?: string | undefined;
  readonly action?: string | undefined;
  readonly entityType?: string | undefined;
  readonly entityId?: string | undefined;
  readonly actorUserId?: string | undefined;
  readonly since?: Date | undefined;
  /** Cursor: only events older than this id. */
  readonly before?: number | undefined;
  readonly limit: number;
}

/**
 * The audit log, newest first, one keyset page at a time. OPM administrators read every agency's events
 * (or one agency's); agency staff read their own agency's (the default) and get 403 for any other.
 */
export async function listAuditEvents(deps: TAppDeps, request: TListAuditEventsRequest): Promise<TKeysetPage<TAuditEventRow>> {
  const { actor, limit, before, ...filter } = request;
  const agencyId = filter.agencyId ?? (isOpmAdmin(actor) ? undefined : (actor.agencyId ?? undefined));
  authorize(canReadAuditOf(actor, agencyId), { field: 'agencyId', message: "you may read only your own agency's audit log" });
  const rows = await listAuditEventRows(deps.db, { ...filter, agencyId, beforeId: before, limit: limit + 1 });
  return keysetPage(rows, limit, (event) => String(event.id));
}
