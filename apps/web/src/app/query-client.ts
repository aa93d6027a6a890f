import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-client';
import { SESSION_QUERY_KEY, SIGN_IN_MUTATION_KEY } from '../auth/session';

/** Client errors (4xx) will not go away by asking again; network failures and 5xx get two more tries. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/**
 * The app's query cache. A 401 on any call means the session has ended (expired, or signed out in another
 * tab): the session is asked for again, so the header and the guarded pages catch up.
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onUnauthenticated(error, query.queryKey) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.options.mutationKey?.[0] !== SIGN_IN_MUTATION_KEY[0]) onUnauthenticated(error, []);
      },
    }),
    defaultOptions: { queries: { retry: shouldRetry, refetchOnWindowFocus: false } },
  });
  function onUnauthenticated(error: unknown, queryKey: readonly unknown[]) {
    if (isApiError(error) && error.code === 'UNAUTHENTICATED' && queryKey[0] !== SESSION_QUERY_KEY[0]) {
      void queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
    }
  }
  return queryClient;
}
