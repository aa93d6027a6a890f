import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { TCaseBasis, TQrbCaseStatus } from '@ecq/core';
import { api } from './api-client';
import type {
  TAgencyHeadTransition,
  TBoardCheck,
  THiringAction,
  TNotificationPage,
  TQrbBoard,
  TQrbBoardOptions,
  TQrbCaseCheck,
  TQrbCaseDetail,
  TQrbCaseNarrative,
  TQrbCaseSummary,
  TQrbMemberWire,
  TQrbReviews,
  TQrbSettingsWire,
  TQrbTimeline,
} from './qrb-wire-types';
import type { TAgency, TPageOf, TUser } from './wire-types';

/**
 * Every hiring-action, QRB and notification query, by key. `qrb` and `notifications` data belong to the
 * signed-in user: auth/session.ts drops them on sign-in and sign-out.
 */
export const QRB_KEY = 'qrb';
export const NOTIFICATIONS_KEY = 'notifications';
/** Rows per page of the QRB lists. */
export const QRB_PAGE_SIZE = 25;

const segment = (value: string) => encodeURIComponent(value);
const pageSize = String(QRB_PAGE_SIZE);

export const hiringActionListQuery = (filter: { readonly agencyId?: string } = {}) =>
  infiniteQueryOptions({
    queryKey: [QRB_KEY, 'hiring-actions', filter],
    queryFn: ({ signal, pageParam }) =>
      api.get<TPageOf<THiringAction>>('/api/hiring-actions', { query: { limit: pageSize, after: pageParam, agencyId: filter.agencyId }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const hiringActionQuery = (id: string) =>
  queryOptions({
    queryKey: [QRB_KEY, 'hiring-actions', id],
    queryFn: ({ signal }) => api.get<THiringAction>(`/api/hiring-actions/${segment(id)}`, { signal }),
  });

export interface TQrbCaseFilter {
  readonly scope?: 'all' | 'agency' | 'board' | 'candidate';
  readonly agencyId?: string;
  readonly status?: readonly TQrbCaseStatus[];
  readonly basis?: TCaseBasis;
  readonly hiringActionId?: string;
}

export const qrbCaseListQuery = (filter: TQrbCaseFilter = {}) =>
  infiniteQueryOptions({
    queryKey: [QRB_KEY, 'cases', 'list', filter],
    queryFn: ({ signal, pageParam }) =>
      api.get<TPageOf<TQrbCaseSummary>>('/api/qrb/cases', {
        query: {
          limit: pageSize,
          after: pageParam,
          scope: filter.scope,
          agencyId: filter.agencyId,
          status: filter.status === undefined || filter.status.length === 0 ? undefined : filter.status.join(','),
          basis: filter.basis,
          hiringActionId: filter.hiringActionId,
        },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

/** The first key of everything about one case: invalidate it after any change to the case. */
export const qrbCaseKey = (id: string) => [QRB_KEY, 'cases', id] as const;

export const qrbCaseQuery = (id: string) =>
  queryOptions({ queryKey: qrbCaseKey(id), queryFn: ({ signal }) => api.get<TQrbCaseDetail>(`/api/qrb/cases/${segment(id)}`, { signal }) });

export const qrbCaseCheckQuery = (id: string) =>
  queryOptions({ queryKey: [...qrbCaseKey(id), 'check'], queryFn: ({ signal }) => api.get<TQrbCaseCheck>(`/api/qrb/cases/${segment(id)}/check`, { signal }) });

export const qrbCaseNarrativeQuery = (id: string) =>
  queryOptions({
    queryKey: [...qrbCaseKey(id), 'narrative'],
    queryFn: ({ signal }) => api.get<TQrbCaseNarrative>(`/api/qrb/cases/${segment(id)}/narrative`, { signal }),
  });

export const qrbCaseTimelineQuery = (id: string) =>
  queryOptions({ queryKey: [...qrbCaseKey(id), 'timeline'], queryFn: ({ signal }) => api.get<TQrbTimeline>(`/api/qrb/cases/${segment(id)}/timeline`, { signal }) });

export const qrbReviewsQuery = (id: string) =>
  queryOptions({ queryKey: [...qrbCaseKey(id), 'reviews'], queryFn: ({ signal }) => api.get<TQrbReviews>(`/api/qrb/cases/${segment(id)}/reviews`, { signal }) });

export const qrbBoardOptionsQuery = (id: string, from?: string) =>
  queryOptions({
    queryKey: [...qrbCaseKey(id), 'board-options', from ?? 'today'],
    queryFn: ({ signal }) => api.get<TQrbBoardOptions>(`/api/qrb/cases/${segment(id)}/board-options`, { query: { from }, signal }),
  });

/** The certificate of an approved case, a PDF sent as an attachment. */
export function qrbCertificateUrl(id: string): string {
  return `/api/qrb/cases/${segment(id)}/certificate`;
}

/** A case's resume or CDP certificate, sent as an attachment. */
export function qrbAttachmentUrl(id: string, kind: 'resume' | 'cdp_certificate'): string {
  return `/api/qrb/cases/${segment(id)}/attachments/${kind}`;
}

export interface TQrbQueueFilter {
  readonly status?: readonly TQrbCaseStatus[];
  readonly agencyId?: string;
  readonly basis?: TCaseBasis;
}

export const qrbQueueQuery = (filter: TQrbQueueFilter = {}) =>
  infiniteQueryOptions({
    queryKey: [QRB_KEY, 'queue', filter],
    queryFn: ({ signal, pageParam }) =>
      api.get<TPageOf<TQrbCaseSummary>>('/api/qrb/queue', {
        query: {
          limit: pageSize,
          after: pageParam,
          status: filter.status === undefined || filter.status.length === 0 ? undefined : filter.status.join(','),
          agencyId: filter.agencyId,
          basis: filter.basis,
        },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export interface TQrbMemberFilter {
  readonly agencyId?: string;
  readonly appointment?: 'career' | 'noncareer';
  readonly isActive?: boolean;
}

export const qrbMemberListQuery = (filter: TQrbMemberFilter = {}) =>
  infiniteQueryOptions({
    queryKey: [QRB_KEY, 'members', filter],
    queryFn: ({ signal, pageParam }) =>
      api.get<TPageOf<TQrbMemberWire>>('/api/qrb/members', {
        query: {
          limit: pageSize,
          after: pageParam,
          agencyId: filter.agencyId,
          appointment: filter.appointment,
          isActive: filter.isActive === undefined ? undefined : String(filter.isActive),
        },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const qrbBoardListQuery = (filter: { readonly from?: string; readonly to?: string } = {}) =>
  infiniteQueryOptions({
    queryKey: [QRB_KEY, 'boards', filter],
    queryFn: ({ signal, pageParam }) =>
      api.get<TPageOf<TQrbBoard>>('/api/qrb/boards', { query: { limit: pageSize, after: pageParam, from: filter.from, to: filter.to }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

/** POST /api/qrb/boards/check writes nothing: a query, keyed by the members and case it checks. */
export const qrbBoardCheckQuery = (memberIds: readonly string[], caseId?: string) =>
  queryOptions({
    queryKey: [QRB_KEY, 'board-check', memberIds, caseId ?? null],
    queryFn: () => api.send<TBoardCheck>('POST', '/api/qrb/boards/check', { memberIds, ...(caseId === undefined ? {} : { caseId }) }),
  });

export const agencyHeadTransitionListQuery = (filter: { readonly agencyId?: string } = {}) =>
  infiniteQueryOptions({
    queryKey: [QRB_KEY, 'transitions', filter],
    queryFn: ({ signal, pageParam }) =>
      api.get<TPageOf<TAgencyHeadTransition>>('/api/qrb/agency-head-transitions', { query: { limit: pageSize, after: pageParam, agencyId: filter.agencyId }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const qrbSettingsQuery = () =>
  queryOptions({ queryKey: [QRB_KEY, 'settings'], queryFn: ({ signal }) => api.get<TQrbSettingsWire>('/api/qrb/settings', { signal }) });

/**
 * Every item of a keyset-paginated list, a page of `limit` after another: for the short lists a form chooses
 * from whole (the agencies, the roster).
 */
export async function getAllPages<T>(path: string, options: { readonly limit: number; readonly signal: AbortSignal }): Promise<T[]> {
  const items: T[] = [];
  let after: string | undefined;
  do {
    const page = await api.get<TPageOf<T>>(path, { query: { limit: String(options.limit), after }, signal: options.signal });
    items.push(...page.items);
    after = page.nextCursor ?? undefined;
  } while (after !== undefined);
  return items;
}

/** Every agency, for filters and forms (agencies are reference data; a few hundred at most). */
export const agencyListQuery = () =>
  queryOptions({
    queryKey: ['agencies', 'list'],
    queryFn: ({ signal }) => getAllPages<TAgency>('/api/agencies', { limit: 200, signal }),
    staleTime: 5 * 60_000,
  });

/** Users holding a role (OPM picks QRB members for the roster from these). */
export const usersWithRoleQuery = (role: TUser['roles'][number]) =>
  queryOptions({
    queryKey: [QRB_KEY, 'users', role],
    queryFn: ({ signal }) => api.get<TPageOf<TUser>>('/api/users', { query: { role, limit: '200' }, signal }),
  });

export const notificationListQuery = (filter: { readonly isUnreadOnly?: boolean } = {}) =>
  infiniteQueryOptions({
    queryKey: [NOTIFICATIONS_KEY, 'list', filter],
    queryFn: ({ signal, pageParam }) =>
      api.get<TNotificationPage>('/api/notifications', {
        query: { limit: pageSize, before: pageParam, unread: filter.isUnreadOnly === true ? 'true' : undefined },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

/** How many notifications are unread, for the header; refreshed every minute while the app is open. */
export const unreadNotificationCountQuery = () =>
  queryOptions({
    queryKey: [NOTIFICATIONS_KEY, 'unread-count'],
    queryFn: async ({ signal }) => (await api.get<TNotificationPage>('/api/notifications', { query: { limit: '1', unread: 'true' }, signal })).unreadCount,
    refetchInterval: 60_000,
  });
