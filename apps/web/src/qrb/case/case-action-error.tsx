import { isApiError } from '../../api/api-client';
import { describeApiError } from '../../api/describe-api-error';
import { Alert } from '../../components/alert';
import { capitalize } from '../shared/qrb-labels';

function sentence(text: string): string {
  const trimmed = capitalize(text.trim());
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Why an action on the case was refused: the API's message and every problem it lists (a 409 names the case's
 * current state and each blocker). The case is reloaded meanwhile, so the page shows where it now stands.
 */
export function CaseActionError(props: { readonly error: unknown; readonly heading: string }) {
  const { error } = props;
  if (!isApiError(error)) {
    return (
      <Alert type="error" heading={props.heading} headingLevel={3} isUrgent>
        <p className="margin-0">Something went wrong in this page. Reload it; if that does not help, try again later.</p>
      </Alert>
    );
  }
  const problems = error.problems.map((problem) => sentence(problem.message));
  return (
    <Alert type="error" heading={props.heading} headingLevel={3} isUrgent>
      <p className="margin-0">{describeApiError(error)}</p>
      {problems.length === 0 ? null : (
        <ul className="usa-list margin-top-1" data-testid="case-problems">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {error.code === 'CONFLICT' ? <p className="margin-bottom-0">The page now shows the case as it stands.</p> : null}
      {error.requestId === undefined ? null : (
        <p className="margin-bottom-0 font-body-2xs">
          Reference: <code>{error.requestId}</code>
        </p>
      )}
    </Alert>
  );
}
