import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { narrativeVersionsQuery } from '../api/queries';
import { ErrorAlert, Loading } from '../components/alert';
import { ReadinessTag } from './readiness-summary';
import { formatDateTime, VERSION_SOURCE_LABELS } from './workbench-labels';

/** Every saved version, newest first, each with its stored readiness and a link to read it (and restore it). */
export function VersionHistory(props: { readonly packageId: string; readonly currentVersion: number }) {
  const versions = useQuery(narrativeVersionsQuery(props.packageId));
  if (versions.isPending) return <Loading label="Loading the versions" />;
  if (versions.isError) return <ErrorAlert error={versions.error} heading="The versions could not be loaded" headingLevel={3} />;
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked width-full" data-testid="versions">
      <caption className="usa-sr-only">Saved versions, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Version</th>
          <th scope="col">Saved</th>
          <th scope="col">How</th>
          <th scope="col">Readiness then</th>
        </tr>
      </thead>
      <tbody>
        {versions.data.items.map((version) => (
          <tr key={version.number}>
            <th scope="row" data-label="Version">
              <Link to={`/narratives/${encodeURIComponent(props.packageId)}/versions/${version.number}`}>Version {version.number}</Link>
              {version.number === props.currentVersion ? ' (current)' : ''}
            </th>
            <td data-label="Saved">{formatDateTime(version.createdAt)}</td>
            <td data-label="How">
              {VERSION_SOURCE_LABELS[version.source]}
              {version.sourceFilename === null ? '' : `: ${version.sourceFilename}`}
            </td>
            <td data-label="Readiness then">
              <ReadinessTag status={version.analysis.status} />{' '}
              {version.analysis.totalPages === null ? '' : `${version.analysis.totalPages} pages, `}
              {version.analysis.wordCount.toLocaleString('en-US')} words
            </td>
          </tr>
        ))}
      </tbody>
      {versions.data.nextCursor === null ? null : (
        <tfoot>
          <tr>
            <td colSpan={4}>Older versions are kept too; the newest {versions.data.items.length} are listed.</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
