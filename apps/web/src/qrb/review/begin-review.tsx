import { useMutation } from '@tanstack/react-query';
import { startQrbReview } from '../../api/qrb-admin-queries';
import type { TQrbCaseDetail, TQrbTransitionResult } from '../../api/qrb-wire-types';
import { ErrorAlert } from '../../components/alert';
import { formatDate } from '../../models/labels';
import { localToday } from '../../workbench/workbench-labels';

/**
 * "Begin the review" of an assigned case (POST …/start-review with the case version): its board once it has
 * convened, or OPM. Until the board's day the API refuses, and the page says when it opens.
 */
export function BeginReview(props: { readonly qrbCase: TQrbCaseDetail; readonly onStarted: (result: TQrbTransitionResult) => void }) {
  const { qrbCase } = props;
  const start = useMutation({ mutationFn: () => startQrbReview(qrbCase.id, qrbCase.version), onSuccess: props.onStarted });
  const convenesOn = qrbCase.board?.convenesOn;
  const isEarly = convenesOn !== undefined && convenesOn > localToday();
  return (
    <section className="ecq-qrb-panel" aria-labelledby="begin-heading" data-testid="begin-review">
      <h2 id="begin-heading">Begin the review</h2>
      <p>
        The case is assigned to {convenesOn === undefined ? 'a board' : `the board convening on ${formatDate(convenesOn)}`}. Beginning the review
        opens it to every member of the board, who then record their findings; the agency and the candidate are told it has begun.
      </p>
      {isEarly ? <p>The review opens on the day the board convenes.</p> : null}
      <button type="button" className="usa-button" disabled={start.isPending} onClick={() => start.mutate()}>
        {start.isPending ? 'Beginning…' : 'Begin the review'}
      </button>
      {start.isError ? <ErrorAlert error={start.error} heading="The review was not begun" headingLevel={3} /> : null}
    </section>
  );
}
