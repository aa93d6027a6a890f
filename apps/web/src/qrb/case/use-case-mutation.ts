import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/api-client';
import { QRB_KEY, qrbCaseKey, qrbCaseQuery } from '../../api/qrb-queries';
import type { TQrbCaseDetail } from '../../api/qrb-wire-types';

/** What every write on a case answers with: the case as it now stands (transitions add warnings). */
export type TCaseWriteResult = TQrbCaseDetail | { readonly case: TQrbCaseDetail; readonly warnings: readonly string[] };

function caseOf(result: TCaseWriteResult): TQrbCaseDetail {
  return 'case' in result ? result.case : result;
}

/**
 * A write on one case. On success the case the API answered with is shown at once and everything about it
 * (check, timeline, narrative, board options) and the lists are fetched again; on a conflict (a stale
 * version, a state that refuses the change) the case is fetched again so the page shows where it stands.
 */
export function useCaseMutation<TVariables, TResult extends TCaseWriteResult>(options: {
  readonly caseId: string;
  readonly write: (variables: TVariables) => Promise<TResult>;
  readonly onSuccess?: (result: TResult, variables: TVariables) => void;
}) {
  const queryClient = useQueryClient();
  const key = qrbCaseKey(options.caseId);
  return useMutation({
    mutationFn: options.write,
    async onSuccess(result, variables) {
      queryClient.setQueryData(qrbCaseQuery(options.caseId).queryKey, caseOf(result));
      options.onSuccess?.(result, variables);
      void queryClient.invalidateQueries({ queryKey: [QRB_KEY, 'cases', 'list'] });
      void queryClient.invalidateQueries({ queryKey: [QRB_KEY, 'queue'] });
      await queryClient.invalidateQueries({ queryKey: key, predicate: (query) => query.queryKey.length > key.length });
    },
    onError(error) {
      if (isApiError(error) && error.code === 'CONFLICT') void queryClient.invalidateQueries({ queryKey: key });
    },
  });
}
