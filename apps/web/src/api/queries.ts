import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api } from './api-client';
import type {
  TAgency,
  TCrosswalk,
  TCrosswalkSummary,
  TModel,
  TModelList,
  TNarrativePackage,
  TNarrativePackageDetail,
  TNarrativeVersion,
  TNarrativeVersionSummary,
  TPageOf,
  TPolicyAnswer,
  TProcess,
} from './wire-types';

/** Models and crosswalks change only when an administrator imports a pack; a few minutes of cache is safe. */
const REFERENCE_STALE_MS = 5 * 60_000;

const segment = (value: string) => encodeURIComponent(value);

/** Every query the app makes, by key; pages use these so that the cache is shared across pages. */
export const modelListQuery = () =>
  queryOptions({
    queryKey: ['models'],
    queryFn: ({ signal }) => api.get<TModelList>('/api/models', { signal }),
    staleTime: REFERENCE_STALE_MS,
  });

export const modelQuery = (id: string) =>
  queryOptions({
    queryKey: ['models', id],
    queryFn: ({ signal }) => api.get<TModel>(`/api/models/${segment(id)}`, { signal }),
    staleTime: REFERENCE_STALE_MS,
  });

export const crosswalkListQuery = () =>
  queryOptions({
    queryKey: ['crosswalks'],
    queryFn: async ({ signal }) => (await api.get<{ crosswalks: TCrosswalkSummary[] }>('/api/crosswalks', { signal })).crosswalks,
    staleTime: REFERENCE_STALE_MS,
  });

export const crosswalkQuery = (from: string, to: string) =>
  queryOptions({
    queryKey: ['crosswalks', from, to],
    queryFn: ({ signal }) => api.get<TCrosswalk>(`/api/crosswalks/${segment(from)}/${segment(to)}`, { signal }),
    staleTime: REFERENCE_STALE_MS,
  });

export const policyForQuery = (process: TProcess, on: string) =>
  queryOptions({
    queryKey: ['policy-for', process, on],
    queryFn: ({ signal }) => api.get<TPolicyAnswer>('/api/policy-for', { query: { process, on }, signal }),
    staleTime: REFERENCE_STALE_MS,
  });

export const agencyQuery = (id: string) =>
  queryOptions({
    queryKey: ['agencies', id],
    queryFn: ({ signal }) => api.get<TAgency>(`/api/agencies/${segment(id)}`, { signal }),
    staleTime: REFERENCE_STALE_MS,
  });

/** The first key of every narrative query: the signed-in user's own data, dropped on sign-in and sign-out. */
export const NARRATIVES_KEY = 'narratives';
/** Packages per page of "My ECQ packages". */
export const NARRATIVE_LIST_PAGE_SIZE = 25;

/** The signed-in user's packages, newest first, a page at a time (GET /api/narratives, keyset paging). */
export const narrativeListQuery = () =>
  infiniteQueryOptions({
    queryKey: [NARRATIVES_KEY, 'list'],
    queryFn: ({ signal, pageParam }) =>
      api.get<TPageOf<TNarrativePackage>>('/api/narratives', {
        query: { limit: String(NARRATIVE_LIST_PAGE_SIZE), after: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

/** A package with its current text (GET /api/narratives/:id). */
export const narrativeQuery = (id: string) =>
  queryOptions({
    queryKey: [NARRATIVES_KEY, id],
    queryFn: ({ signal }) => api.get<TNarrativePackageDetail>(`/api/narratives/${segment(id)}`, { signal }),
  });

/** Saved versions, newest first, without their text (`limit` 1: the latest version's stored analysis). */
export const narrativeVersionsQuery = (id: string, limit?: number) =>
  queryOptions({
    queryKey: [NARRATIVES_KEY, id, 'versions', limit ?? 'all'],
    queryFn: ({ signal }) =>
      api.get<TPageOf<TNarrativeVersionSummary>>(`/api/narratives/${segment(id)}/versions`, {
        query: { limit: limit === undefined ? undefined : String(limit) },
        signal,
      }),
  });

/** One saved version with its text; a saved version never changes. */
export const narrativeVersionQuery = (id: string, number: number) =>
  queryOptions({
    queryKey: [NARRATIVES_KEY, id, 'versions', 'number', number],
    queryFn: ({ signal }) => api.get<TNarrativeVersion>(`/api/narratives/${segment(id)}/versions/${number}`, { signal }),
    staleTime: Infinity,
  });

/** The current version as a file in the QRB layout, sent as an attachment. */
export function narrativeExportUrl(id: string, format: 'pdf' | 'docx'): string {
  return `/api/narratives/${segment(id)}/export?format=${format}`;
}

/** The CASE 1.1 REST API's whole package of a framework or crosswalk, by its CFDocument identifier. */
export function casePackageUrl(uuid: string): string {
  return `/ims/case/v1p1/CFPackages/${segment(uuid)}`;
}
