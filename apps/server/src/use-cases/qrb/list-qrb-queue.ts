import { AppError, isCalendarDate, type TQrbCaseStatus } from '@ecq/core';
import { listQrbQueue as listQrbQueueRows, type TQrbCaseListRow, type TQrbQueueCursor } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { authorize, canAdministerQrb, qrbCaseRefusal } from '../../policies';
import { keysetPage, type TKeysetPage } from '../keyset-page';

/** The queue's statuses when none are named: the cases waiting for a board. */
export const QRB_QUEUE_DEFAULT_STATUSES: readonly TQrbCaseStatus[] = ['submitted', 'resubmitted'];

const CURSOR_PATTERN = /^(\d{4}-\d{2}-\d{2})_([0-9a-f-]{36})$/;

function parseQueueCursor(cursor: string): TQrbQueueCursor {
  const match = CURSOR_PATTERN.exec(cursor);
  if (!match || !isCalendarDate(match[1])) {
    throw new AppError('VALIDATION_FAILED', 'after: not a cursor this list returned (use nextCursor as given)', { field: 'after' });
  }
  return { statusSince: match[1], id: match[2]! };
}

/**
 * OPM's queue (issue 6): cases in the given statuses (by default those waiting for a board), longest waiting
 * first — by the day each entered its status — filtered by agency and basis, one keyset page at a time.
 */
export async function listQrbQueue(
  deps: TAppDeps,
  request: {
    readonly actor: TUserActor;
    readonly statuses?: readonly TQrbCaseStatus[] | undefined;
    readonly agencyId?: string | undefined;
    readonly basis?: 'A' | 'B' | 'C' | undefined;
    readonly after?: string | undefined;
    readonly limit: number;
  },
): Promise<TKeysetPage<TQrbCaseListRow>> {
  authorize(canAdministerQrb(request.actor), qrbCaseRefusal('administer'));
  const statuses = request.statuses === undefined || request.statuses.length === 0 ? QRB_QUEUE_DEFAULT_STATUSES : request.statuses;
  if (statuses.includes('draft')) {
    throw new AppError('VALIDATION_FAILED', 'status: drafts are the agencies\' own and never in the QRB queue', { field: 'status' });
  }
  const rows = await listQrbQueueRows(deps.db, {
    statuses,
    agencyId: request.agencyId,
    basis: request.basis,
    after: request.after === undefined ? undefined : parseQueueCursor(request.after),
    limit: request.limit + 1,
  });
  return keysetPage(rows, request.limit, (row) => `${row.statusSince}_${row.id}`);
}
