import { isCaseBasis, type TQrbCaseStatus } from '@ecq/core';
import type { TQrbQueueFilter } from '../../api/qrb-queries';

/** The statuses OPM's queue can show (drafts are the agencies' own); the first two are its default. */
export const QUEUE_STATUSES = ['submitted', 'resubmitted', 'assigned', 'in_review', 'on_hold'] as const satisfies readonly TQrbCaseStatus[];
export const QUEUE_DEFAULT_STATUSES: readonly TQrbCaseStatus[] = ['submitted', 'resubmitted'];

/** A list of statuses from a URL's `status` parameter (`submitted,resubmitted`): only those the queue knows, in its order. */
export function parseQueueStatuses(value: string | null): TQrbCaseStatus[] {
  if (value === null || value.trim() === '') return [...QUEUE_DEFAULT_STATUSES];
  const known = new Set<string>(QUEUE_STATUSES);
  const statuses = [...new Set(value.split(',').map((s) => s.trim()))].filter((s): s is TQrbCaseStatus => known.has(s));
  return statuses.length === 0 ? [...QUEUE_DEFAULT_STATUSES] : QUEUE_STATUSES.filter((s) => statuses.includes(s));
}

/**
 * The queue's filter as the address says it (`?status=assigned,on_hold&agencyId=…&basis=A`), so that it
 * survives Back and a reload and can be shared. Unknown values fall back to the default: the cases waiting
 * for a board, every agency, every basis.
 */
export function queueFilterOf(params: URLSearchParams): TQrbQueueFilter {
  const agencyId = params.get('agencyId') ?? '';
  const basis = params.get('basis');
  return {
    status: parseQueueStatuses(params.get('status')),
    ...(agencyId === '' ? {} : { agencyId }),
    ...(isCaseBasis(basis) ? { basis } : {}),
  };
}

const isDefaultStatuses = (statuses: readonly string[] | undefined) => (statuses ?? []).join(',') === QUEUE_DEFAULT_STATUSES.join(',');

/** The address of a filter: only what differs from the default is written. */
export function queueSearchOf(filter: TQrbQueueFilter): URLSearchParams {
  const search = new URLSearchParams();
  if (filter.status !== undefined && filter.status.length > 0 && !isDefaultStatuses(filter.status)) search.set('status', filter.status.join(','));
  if (filter.agencyId !== undefined) search.set('agencyId', filter.agencyId);
  if (filter.basis !== undefined) search.set('basis', filter.basis);
  return search;
}

/** Whether the filter is the queue's default: the cases waiting for a board, from every agency, on every basis. */
export function isDefaultQueueFilter(filter: TQrbQueueFilter): boolean {
  return isDefaultStatuses(filter.status) && filter.agencyId === undefined && filter.basis === undefined;
}
