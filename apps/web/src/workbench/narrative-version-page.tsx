import './workbench.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { api, isApiError } from '../api/api-client';
import { NARRATIVES_KEY, narrativeQuery, narrativeVersionQuery } from '../api/queries';
import type { TNarrativePackageDetail } from '../api/wire-types';
import { ErrorAlert, Loading } from '../components/alert';
import { Page } from '../components/page';
import { NotFoundPage } from '../pages/not-found-page';
import type { TRestoredState } from './narrative-editor-page';
import { ReadinessTag } from './readiness-summary';
import { formatDateTime, VERSION_SOURCE_LABELS, withoutStatusPrefix } from './workbench-labels';

/**
 * One saved version, read-only (/narratives/:id/versions/:number), and "restore it": its text saved as the
 * newest version, quoting the package's current version (read fresh), so nothing in between is lost.
 */
export function NarrativeVersionPage() {
  const { id = '', number = '' } = useParams();
  const versionNumber = Number(number);
  const isNumber = Number.isInteger(versionNumber) && versionNumber >= 1;
  const pkg = useQuery(narrativeQuery(id));
  const version = useQuery({ ...narrativeVersionQuery(id, versionNumber), enabled: isNumber });
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const restore = useMutation({
    async mutationFn(text: string) {
      const current = await queryClient.fetchQuery({ ...narrativeQuery(id), staleTime: 0 });
      return api.send<TNarrativePackageDetail>('PUT', `/api/narratives/${encodeURIComponent(id)}`, { text, version: current.version });
    },
    onSuccess(saved) {
      queryClient.setQueryData(narrativeQuery(id).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: [NARRATIVES_KEY, 'list'] });
      void queryClient.invalidateQueries({ queryKey: [NARRATIVES_KEY, id, 'versions'] });
      const state: TRestoredState = { restoredFrom: versionNumber };
      void navigate(`/narratives/${encodeURIComponent(id)}`, { state });
    },
  });

  const failed = !isNumber ? undefined : (pkg.error ?? version.error);
  if (!isNumber || (isApiError(failed) && (failed.code === 'NOT_FOUND' || failed.code === 'VALIDATION_FAILED'))) {
    return <NotFoundPage what={`version ${number} of this ECQ package`} />;
  }
  if (failed !== null && failed !== undefined) {
    return (
      <Page title="Something went wrong">
        <ErrorAlert error={failed} heading="The version could not be loaded" />
      </Page>
    );
  }
  const current = pkg.data;
  const shown = version.data;
  if (current === undefined || shown === undefined) {
    return (
      <Page title="Loading the version">
        <Loading label="Loading the version" />
      </Page>
    );
  }
  const isCurrent = versionNumber === current.currentVersion;
  return (
    <Page title={`Version ${versionNumber} of ${current.title}`}>
      <p>
        <Link to={`/narratives/${encodeURIComponent(id)}`}>Back to the editor</Link>
      </p>
      <dl className="ecq-facts">
        <dt>Saved</dt>
        <dd>{formatDateTime(shown.createdAt)}</dd>
        <dt>How</dt>
        <dd>
          {VERSION_SOURCE_LABELS[shown.source]}
          {shown.sourceFilename === null ? '' : `: ${shown.sourceFilename}`}
        </dd>
        <dt>Readiness then</dt>
        <dd>
          <ReadinessTag status={shown.analysis.status} /> {withoutStatusPrefix(shown.analysis.summary, shown.analysis.status)}
        </dd>
      </dl>
      {restore.isError ? <ErrorAlert error={restore.error} heading="The version was not restored" /> : null}
      {isCurrent ? (
        <p className="text-bold">This is the current version.</p>
      ) : (
        <button type="button" className="usa-button" disabled={restore.isPending} onClick={() => restore.mutate(shown.text)}>
          {restore.isPending ? 'Restoring…' : `Restore version ${versionNumber} as a new version`}
        </button>
      )}
      <label className="usa-label" htmlFor="version-text">
        Text of version {versionNumber} (read only)
      </label>
      <textarea id="version-text" className="usa-textarea ecq-editor__text" readOnly value={shown.text} />
    </Page>
  );
}
