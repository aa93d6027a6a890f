import { AppError } from '@ecq/core';
import { listNarrativePackages as listNarrativePackageRows, type TNarrativePackageCursor, type TNarrativePackageRow } from '@ecq/db';
import type { TUserActor } from '../auth/actor';
import type { TAppDeps } from '../deps';
import { authorize, canListAllNarratives, canListNarratives, narrativeRefusal } from '../policies';
import { keysetPage, type TKeysetPage } from './keyset-page';

const CURSOR_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([0-9a-f-]{36})$/;

function formatCursor(row: TNarrativePackageRow): string {
  return `${row.createdAt.toISOString()}_${row.id}`;
}

function parseCursor(cursor: string): TNarrativePackageCursor {
  const match = CURSOR_PATTERN.exec(cursor);
  const createdAt = match ? new Date(match[1]!) : undefined;
  if (!match || createdAt === undefined || Number.isNaN(createdAt.getTime())) {
    throw new AppError('VALIDATION_FAILED', 'after: not a cursor this list returned (use nextCursor as given)', { field: 'after' });
  }
  return { createdAt, id: match[2]! };
}

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
    after: request.after === undefined ? undefined : parseCursor(request.after),
    limit: request.limit + 1,
  });
  return keysetPage(rows, request.limit, formatCursor);
}
