import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { crosswalkListQuery } from '../api/queries';
import { Alert, ErrorAlert, Loading } from '../components/alert';
import { Page } from '../components/page';
import { LINK_KIND_INFO, LINK_KINDS } from '../crosswalk/link-kinds';
import { CaseDownloadLink } from '../models/case-download-link';

/** Every crosswalk between models, with how many links of each kind it has. */
export function CrosswalksPage() {
  const list = useQuery(crosswalkListQuery());
  return (
    <Page title="Crosswalks">
      <p className="usa-intro">
        A crosswalk says what became of each item of one model in the next: the same, renamed, moved, removed or
        related, and which items are new.
      </p>
      {list.isPending ? (
        <Loading label="Loading the crosswalks" />
      ) : list.isError ? (
        <ErrorAlert error={list.error} heading="The crosswalks could not be loaded" />
      ) : list.data.length === 0 ? (
        <Alert type="info" heading="No crosswalks yet">
          <p className="margin-0">Crosswalks come with the built-in models and with imported CASE crosswalks.</p>
        </Alert>
      ) : (
        <table className="usa-table usa-table--stacked width-full">
          <caption>Crosswalks between the ECQ models</caption>
          <thead>
            <tr>
              <th scope="col">Crosswalk</th>
              <th scope="col">Links</th>
              <th scope="col">CASE</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((crosswalk) => (
              <tr key={crosswalk.id}>
                <th scope="row" data-label="Crosswalk">
                  <Link to={`/crosswalks/${encodeURIComponent(crosswalk.from)}/${encodeURIComponent(crosswalk.to)}`}>{crosswalk.title}</Link>
                </th>
                <td data-label="Links">
                  {LINK_KINDS.filter((kind) => (crosswalk.linkCounts[kind] ?? 0) > 0)
                    .map((kind) => `${crosswalk.linkCounts[kind] ?? 0} ${LINK_KIND_INFO[kind].label.toLowerCase()}`)
                    .join(', ')}
                </td>
                <td data-label="CASE">
                  <CaseDownloadLink uuid={crosswalk.uuid} fileStem={crosswalk.id} title={crosswalk.title} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
