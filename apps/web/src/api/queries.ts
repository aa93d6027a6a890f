import { queryOptions } from '@tanstack/react-query';
import { api } from './api-client';
import type { TAgency, TCrosswalk, TCrosswalkSummary, TModel, TModelList, TPolicyAnswer, TProcess } from './wire-types';

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

/** The CASE 1.1 REST API's whole package of a framework or crosswalk, by its CFDocument identifier. */
export function casePackageUrl(uuid: string): string {
  return `/ims/case/v1p1/CFPackages/${segment(uuid)}`;
}
