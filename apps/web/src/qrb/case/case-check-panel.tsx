import type { ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client';
import { qrbCaseCheckQuery, qrbCaseKey } from '../../api/qrb-queries';
import type { TQrbCaseDetail, TQrbMigrationDraftResult, TSubmissionIssue } from '../../api/qrb-wire-types';
import { modelListQuery } from '../../api/queries';
import { ErrorAlert, Loading } from '../../components/alert';
import { formatDate } from '../../models/labels';
import { plural, READINESS_LABELS } from '../../workbench/workbench-labels';
import { describeSource } from '../shared/qrb-labels';
import { CaseActionError } from './case-action-error';
import type { TNotify } from './case-notice';

function IssueList(props: {
  readonly issues: readonly TSubmissionIssue[];
  readonly kind: 'blocker' | 'warning';
  readonly renderAction?: (issue: TSubmissionIssue) => ReactNode;
}) {
  return (
    <ol className="ecq-case-issues" data-testid={props.kind === 'blocker' ? 'check-blockers' : 'check-warnings'}>
      {props.issues.map((issue, index) => (
        <li key={`${issue.code}:${issue.field}:${index}`} className={`ecq-case-issue ecq-case-issue--${props.kind}`} data-code={issue.code}>
          <span className="ecq-case-issue__kind">{props.kind === 'blocker' ? 'Blocker' : 'Warning'}</span> {issue.message}
          <p className="ecq-case-issue__source">
            Source: {describeSource(issue.source)}
          </p>
          {props.renderAction?.(issue)}
        </li>
      ))}
    </ol>
  );
}

/**
 * The pre-submission check as of today (GET /api/qrb/cases/:id/check): whether the case can go to the QRB,
 * every blocker and warning with its source, and the shared package's analysis under the action's model. A
 * package written for another model offers "Draft a migration for the candidate" when the case allows it.
 */
export function CaseCheckPanel({ detail, onNotice }: { readonly detail: TQrbCaseDetail; readonly onNotice: TNotify }) {
  const check = useQuery(qrbCaseCheckQuery(detail.id));
  const models = useQuery(modelListQuery());
  const queryClient = useQueryClient();
  const titleOf = (modelId: string) => models.data?.models.find((model) => model.id === modelId)?.title ?? modelId;
  const canDraftMigration = detail.actions.includes('migration_draft');
  const migrate = useMutation({
    mutationFn: () => api.send<TQrbMigrationDraftResult>('POST', `/api/qrb/cases/${encodeURIComponent(detail.id)}/migration-draft`),
    onSuccess(result) {
      void queryClient.invalidateQueries({ queryKey: qrbCaseKey(detail.id) });
      onNotice({
        heading: 'Migration draft made for the candidate',
        lines: [
          `“${result.package.title}” is a new draft package of the candidate’s, written for ${titleOf(result.migration.toModelId)}: ` +
            `headings renamed and evidence to look at again marked.`,
          `${plural(result.migration.gaps.length, 'new sub-competency', 'new sub-competencies')} left to write.`,
          'The candidate has been notified. Once they have reworked the draft and shared it with this case, check the case again.',
        ],
      });
    },
  });

  if (check.isPending) return <Loading label="Checking the case" />;
  if (check.isError) return <ErrorAlert error={check.error} heading="The case could not be checked" headingLevel={3} />;
  const result = check.data;
  const migrationAction = (issue: TSubmissionIssue) =>
    issue.migration === null || issue.migration.crosswalkId === null || !canDraftMigration ? null : (
      <div className="margin-top-1">
        <p className="margin-y-05">
          The shared package is written for {titleOf(issue.migration.fromModelId)}; this hiring action requires {titleOf(issue.migration.toModelId)}. A
          migration draft is a new package of the candidate’s made through the crosswalk: the case and the shared version stay as they are.
        </p>
        <button type="button" className="usa-button" disabled={migrate.isPending} onClick={() => migrate.mutate()}>
          {migrate.isPending ? 'Drafting the migration…' : 'Draft a migration for the candidate'}
        </button>
        {migrate.isError ? <CaseActionError error={migrate.error} heading="The migration was not drafted" /> : null}
      </div>
    );

  return (
    <div data-testid="case-check">
      <p role="status" className="text-bold" data-testid="check-summary">
        {result.canSubmit
          ? `Ready to ${result.isResubmission ? 'resubmit' : 'submit'}: nothing blocks this case${result.warnings.length === 0 ? '' : ` (${plural(result.warnings.length, 'warning')})`}.`
          : `Not ready: ${plural(result.blockers.length, 'blocker')} to fix before the case can be ${result.isResubmission ? 'resubmitted' : 'submitted'}` +
            `${result.warnings.length === 0 ? '' : `, and ${plural(result.warnings.length, 'warning')}`}.`}
      </p>
      <p>
        Checked on {formatDate(result.checkedOn)} for {result.basis === null ? 'no basis' : `criterion ${result.basis}`}. The case is due at OPM by{' '}
        {formatDate(result.dueOn)}.
      </p>
      {result.analysis === null ? null : (
        <dl className="ecq-facts" data-testid="check-analysis">
          <dt>Shared package</dt>
          <dd>
            Analysed against {titleOf(result.analysis.modelId)}: <strong>{READINESS_LABELS[result.analysis.status]}</strong>
          </dd>
          <dt>Summary</dt>
          <dd>{result.analysis.summary}</dd>
          <dt>Pages</dt>
          <dd>
            {result.analysis.totalPages === null
              ? 'Not measured'
              : `${result.analysis.totalPages.toLocaleString('en-US', { maximumFractionDigits: 1 })} in all`}
          </dd>
        </dl>
      )}
      {result.blockers.length === 0 ? null : (
        <>
          <h3>Blockers</h3>
          <IssueList issues={result.blockers} kind="blocker" renderAction={migrationAction} />
        </>
      )}
      {result.warnings.length === 0 ? null : (
        <>
          <h3>Warnings</h3>
          <IssueList issues={result.warnings} kind="warning" />
        </>
      )}
      <button type="button" className="usa-button usa-button--outline" disabled={check.isFetching} onClick={() => void check.refetch()}>
        {check.isFetching ? 'Checking…' : 'Check again'}
      </button>
    </div>
  );
}
