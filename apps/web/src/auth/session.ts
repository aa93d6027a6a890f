import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../api/api-client';
import { NARRATIVES_KEY } from '../api/queries';
import { NOTIFICATIONS_KEY, QRB_KEY } from '../api/qrb-queries';
import type { TSession } from '../api/wire-types';

export const SESSION_QUERY_KEY = ['session'] as const;
/** A failed sign-in is a 401 too, but it says nothing about an existing session. */
export const SIGN_IN_MUTATION_KEY = ['sign-in'] as const;

/** GET /api/auth/session: the signed-in user and the CSRF token for writes, or null when nobody is signed in. */
async function fetchSession(): Promise<TSession | null> {
  try {
    const session = await api.get<TSession>('/api/auth/session');
    api.setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.code === 'UNAUTHENTICATED') {
      api.setCsrfToken(undefined);
      return null;
    }
    throw error;
  }
}

export const sessionQuery = () =>
  queryOptions({ queryKey: SESSION_QUERY_KEY, queryFn: fetchSession, staleTime: Infinity, retry: false });

/** The session restored from the cookie on load (undefined while it is being asked for). */
export function useSession() {
  return useQuery(sessionQuery());
}

export interface TSignInRequest {
  readonly email: string;
  readonly password: string;
}

/** Query keys whose data belongs to the signed-in user; dropped on sign-in and sign-out. */
const USER_SCOPED_KEYS = new Set(['agencies', NARRATIVES_KEY, QRB_KEY, NOTIFICATIONS_KEY]);

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: SIGN_IN_MUTATION_KEY,
    mutationFn: (request: TSignInRequest) => api.send<TSession>('POST', '/api/auth/sign-in', request),
    onSuccess(session) {
      api.setCsrfToken(session.csrfToken);
      queryClient.removeQueries({ predicate: (query) => USER_SCOPED_KEYS.has(String(query.queryKey[0])) });
      queryClient.setQueryData(SESSION_QUERY_KEY, session);
    },
  });
}

/** Sign out; a session that had already ended counts as signed out too. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    async mutationFn() {
      try {
        await api.send<{ signedOut: true }>('POST', '/api/auth/sign-out');
      } catch (error) {
        if (!(isApiError(error) && error.code === 'UNAUTHENTICATED')) throw error;
      }
    },
    onSuccess() {
      api.setCsrfToken(undefined);
      queryClient.removeQueries({ predicate: (query) => USER_SCOPED_KEYS.has(String(query.queryKey[0])) });
      queryClient.setQueryData(SESSION_QUERY_KEY, null);
    },
  });
}
