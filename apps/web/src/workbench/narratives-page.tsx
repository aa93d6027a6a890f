import './workbench.css';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { modelListQuery, narrativeListQuery, narrativeVersionsQuery } from '../api/queries';
import type { TNarrativePackage } from '../api/wire-types';
import { ErrorAlert, Loading } from '../components/alert';
import { Page } from '../components/page';
import { ReadinessTag } from './readiness-summary';
import { formatDateTime, withoutStatusPrefix } from './workbench-labels';

/** "My ECQ packages": the signed-in candidate's packages, newest first, with readiness; or where to start. */
export function NarrativesPage() {
  const list = useInfiniteQuery(narrativeListQuery());
  const packages = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Page title="My ECQ packages">
      <p className="usa-intro">
        Your Executive Core Qualification narratives: write each ECQ in plain text, see the analysis as you type, and export the
        package as a Word file or PDF in the layout a Qualifications Review Board reads.
      </p>
      {list.isPending ? (
        <Loading label="Loading your packages" />
      ) : list.data === undefined ? (
        <ErrorAlert error={list.error} heading="Your packages could not be loaded" />
      ) : packages.length === 0 ? (
        <EmptyState />
      ) : (
        <>
          <p>
            <Link className="usa-button" to="/narratives/new">
              Create a package
            </Link>
          </p>
          <PackagesTable packages={packages} />
          {list.hasNextPage ? (
            <button type="button" className="usa-button usa-button--outline" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
              {list.isFetchingNextPage ? 'Loading more packages…' : 'Show more packages'}
            </button>
          ) : null}
          {list.isFetchNextPageError ? <ErrorAlert error={list.error} heading="More packages could not be loaded" /> : null}
        </>
      )}
    </Page>
  );
}

function EmptyState() {
  return (
    <div className="usa-summary-box" role="region" aria-labelledby="empty-heading" data-testid="narratives-empty">
      <div className="usa-summary-box__body">
        <h2 className="usa-summary-box__heading" id="empty-heading">
          You have no ECQ packages yet
        </h2>
        <div className="usa-summary-box__text">
          <p>
            A package holds your narratives for every ECQ of the model that governs your hiring action. Start one and type or paste
            your text, or import a Word, PDF or text file you already have.
          </p>
          <Link className="usa-button" to="/narratives/new">
            Create your first package
          </Link>
        </div>
      </div>
    </div>
  );
}

function PackagesTable({ packages }: { readonly packages: readonly TNarrativePackage[] }) {
  const models = useQuery(modelListQuery());
  const titleOf = (modelId: string) => models.data?.models.find((model) => model.id === modelId)?.title ?? modelId;
  return (
    <table className="usa-table usa-table--stacked width-full" data-testid="narratives">
      <caption>Your ECQ packages, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Package</th>
          <th scope="col">Model</th>
          <th scope="col">Version</th>
          <th scope="col">Readiness</th>
          <th scope="col">Updated</th>
        </tr>
      </thead>
      <tbody>
        {packages.map((pkg) => (
          <tr key={pkg.id}>
            <th scope="row" data-label="Package">
              <Link to={`/narratives/${encodeURIComponent(pkg.id)}`}>{pkg.title}</Link>
              <span className="display-block font-body-3xs text-base-dark">{pkg.candidateName}</span>
            </th>
            <td data-label="Model">{titleOf(pkg.modelId)}</td>
            <td data-label="Version">{pkg.currentVersion}</td>
            <td data-label="Readiness">
              <ReadinessCell packageId={pkg.id} />
            </td>
            <td data-label="Updated">{formatDateTime(pkg.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The readiness stored with the package's latest version (GET /versions?limit=1: no text is fetched). */
function ReadinessCell({ packageId }: { readonly packageId: string }) {
  const latest = useQuery(narrativeVersionsQuery(packageId, 1));
  if (latest.isPending) return <span className="ecq-loading">Loading…</span>;
  if (latest.isError) return <span>Not available</span>;
  const analysis = latest.data.items[0]?.analysis;
  if (analysis === undefined) return <span>No version yet</span>;
  return (
    <>
      <ReadinessTag status={analysis.status} />
      <span className="display-block font-body-3xs margin-top-05">{withoutStatusPrefix(analysis.summary, analysis.status)}</span>
    </>
  );
}
