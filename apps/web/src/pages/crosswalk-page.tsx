import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../api/api-client';
import { crosswalkQuery, modelQuery } from '../api/queries';
import type { TCrosswalk, TCrosswalkLinkKind } from '../api/wire-types';
import { ErrorAlert, Loading } from '../components/alert';
import { Page } from '../components/page';
import { CrosswalkDiagram } from '../crosswalk/crosswalk-diagram';
import { CrosswalkTable } from '../crosswalk/crosswalk-table';
import { layoutCrosswalk } from '../crosswalk/layout-crosswalk';
import { LinkKindFilter } from '../crosswalk/link-kind-filter';
import { formatShownKinds, LINK_KIND_INFO, LINK_KINDS, parseShownKinds } from '../crosswalk/link-kinds';
import { CaseDownloadLink } from '../models/case-download-link';
import { NotFoundPage } from './not-found-page';

/** The crosswalk between two models: filters, the diagram, and the same links as a table. */
export function CrosswalkPage() {
  const { from = '', to = '' } = useParams();
  const crosswalk = useQuery(crosswalkQuery(from, to));
  if (crosswalk.isError && isApiError(crosswalk.error) && crosswalk.error.status === 404) {
    return <NotFoundPage what={`a crosswalk from “${from}” to “${to}”`} />;
  }
  return (
    <Page title={crosswalk.data?.title ?? (crosswalk.isError ? 'Crosswalk' : 'Loading the crosswalk')}>
      {crosswalk.isPending ? (
        <Loading label="Loading the crosswalk" />
      ) : crosswalk.isError ? (
        <ErrorAlert error={crosswalk.error} heading="The crosswalk could not be loaded" />
      ) : (
        <CrosswalkView crosswalk={crosswalk.data} fromId={from} toId={to} />
      )}
    </Page>
  );
}

function CrosswalkView({ crosswalk, fromId, toId }: { readonly crosswalk: TCrosswalk; readonly fromId: string; readonly toId: string }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const shownKinds = parseShownKinds(searchParams.get('show'));
  // The models give each column its order; until they arrive (or if they fail) links keep the crosswalk's order.
  const fromModel = useQuery(modelQuery(fromId));
  const toModel = useQuery(modelQuery(toId));
  const layout = layoutCrosswalk(crosswalk, {
    from: fromModel.data?.items.map((item) => item.id) ?? [],
    to: toModel.data?.items.map((item) => item.id) ?? [],
  });
  const counts = Object.fromEntries(LINK_KINDS.map((kind) => [kind, crosswalk.links.filter((link) => link.kind === kind).length])) as Record<
    TCrosswalkLinkKind,
    number
  >;
  const shownLinks = crosswalk.links.filter((link) => shownKinds.has(link.kind));
  const setShownKinds = (kinds: ReadonlySet<TCrosswalkLinkKind>) => {
    const next = new URLSearchParams(searchParams);
    const value = formatShownKinds(kinds);
    if (value === null) next.delete('show');
    else next.set('show', value);
    setSearchParams(next, { replace: true, preventScrollReset: true });
  };
  const shownSummary =
    shownKinds.size === 0
      ? 'no kinds'
      : LINK_KINDS.filter((kind) => shownKinds.has(kind))
          .map((kind) => LINK_KIND_INFO[kind].label.toLowerCase())
          .join(', ');

  return (
    <>
      <p className="usa-intro">
        What became of each item of {crosswalk.fromModel.title} in {crosswalk.toModel.title}, and what is new.
      </p>
      <p>
        Source: {crosswalk.source.citation}.{' '}
        <CaseDownloadLink uuid={crosswalk.uuid} fileStem={crosswalk.id} title={crosswalk.title} />
      </p>
      <LinkKindFilter shown={shownKinds} counts={counts} onChange={setShownKinds} />
      <p role="status" className="text-bold" data-testid="crosswalk-status">
        Showing {shownLinks.length} of {crosswalk.links.length} links ({shownSummary}).
      </p>
      <figure className="ecq-crosswalk-figure margin-x-0">
        <CrosswalkDiagram
          layout={layout}
          fromTitle={crosswalk.fromModel.title}
          toTitle={crosswalk.toModel.title}
          shownKinds={shownKinds}
          counts={counts}
        />
        <figcaption className="font-body-2xs text-base-dark">
          The filters above are the legend: each kind of link has its own line. The table below lists the same links.
        </figcaption>
      </figure>
      <h2>The links as a table</h2>
      <CrosswalkTable crosswalk={crosswalk} links={shownLinks} />
      <p>
        <Link to="/crosswalks">All crosswalks</Link>
      </p>
    </>
  );
}
