import { useQueries, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { modelListQuery, modelQuery } from '../api/queries';
import type { TModelSummary } from '../api/wire-types';
import { Alert, ErrorAlert, Loading } from '../components/alert';
import { Page } from '../components/page';
import { CaseDownloadLink } from '../models/case-download-link';
import { formatDate, itemAnchor, KIND_LABELS } from '../models/labels';
import { AliasList } from '../models/alias-list';
import { searchModels, type TItemMatch } from '../models/search-models';

/** The models: what each is and where it stands today, and a search across all of them. */
export function ModelsPage() {
  const list = useQuery(modelListQuery());
  return (
    <Page title="Competency models">
      <p className="usa-intro">
        Each Executive Core Qualifications model is versioned data: its ECQs, sub-competencies and fundamental
        competencies, with stable codes, the names they have gone by, and the source of each.
      </p>
      {list.isPending ? (
        <Loading label="Loading the models" />
      ) : list.isError ? (
        <ErrorAlert error={list.error} heading="The models could not be loaded" />
      ) : list.data.models.length === 0 ? (
        <Alert type="info" heading="No models are installed">
          <p className="margin-0">An OPM administrator can import a model as a CASE framework.</p>
        </Alert>
      ) : (
        <>
          <ModelsTable models={list.data.models} on={list.data.on} />
          <ModelSearch models={list.data.models} />
        </>
      )}
    </Page>
  );
}

function ModelsTable({ models, on }: { readonly models: readonly TModelSummary[]; readonly on: string }) {
  return (
    <table className="usa-table usa-table--stacked width-full">
      <caption>The ECQ models and where each stands on {formatDate(on)}</caption>
      <thead>
        <tr>
          <th scope="col">Model</th>
          <th scope="col">Issued</th>
          <th scope="col">Status today</th>
          <th scope="col">Contents</th>
          <th scope="col">CASE</th>
        </tr>
      </thead>
      <tbody>
        {models.map((model) => (
          <tr key={model.id}>
            <th scope="row" data-label="Model">
              <Link to={`/models/${encodeURIComponent(model.id)}`}>{model.title}</Link>
              <span className="display-block font-body-3xs text-base-dark">
                {model.id} · version {model.version}
              </span>
            </th>
            <td data-label="Issued">{formatDate(model.issuedOn)}</td>
            <td data-label="Status today">{model.status.text}</td>
            <td data-label="Contents">
              {model.counts.ecqs} ECQs, {model.counts.subCompetencies} sub-competencies
              {model.counts.fundamentals > 0 ? `, ${model.counts.fundamentals} fundamental competencies` : ''}
            </td>
            <td data-label="CASE">
              <CaseDownloadLink uuid={model.uuid} fileStem={model.id} title={model.title} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Search every model's items by name, alias or code; the query lives in the address (`?q=`) so it can be shared. */
function ModelSearch({ models }: { readonly models: readonly TModelSummary[] }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.get('q') ?? '';
  const details = useQueries({ queries: models.map((model) => modelQuery(model.id)) });
  const loaded = details.flatMap((detail) => (detail.data === undefined ? [] : [detail.data]));
  const failed = details.find((detail) => detail.isError);
  const isLoading = details.some((detail) => detail.isPending);
  const matches = searchModels(loaded, query);
  const hasQuery = query.trim() !== '';

  return (
    <section aria-labelledby="search-heading" className="margin-top-6">
      <h2 id="search-heading">Search all models</h2>
      <form role="search" aria-labelledby="search-heading" onSubmit={(event) => event.preventDefault()}>
        <div className="usa-form-group">
          <label className="usa-label" htmlFor="model-search">
            Name, former name or code
          </label>
          <div className="usa-hint" id="model-search-hint">
            For example “innovation”, “Team Building” or “LC.1”. Results update as you type.
          </div>
          <input
            id="model-search"
            className="usa-input usa-input--xl"
            type="search"
            name="q"
            autoComplete="off"
            aria-describedby="model-search-hint"
            value={query}
            onChange={(event) => setSearchParams(event.target.value === '' ? {} : { q: event.target.value }, { replace: true, preventScrollReset: true })}
          />
        </div>
      </form>
      {failed?.error ? <ErrorAlert error={failed.error} heading="Some models could not be searched" headingLevel={3} /> : null}
      <p role="status" className="margin-top-2" data-testid="search-status">
        {!hasQuery
          ? ''
          : isLoading
            ? 'Searching…'
            : matches.length === 0
              ? `No item in any model matches “${query.trim()}”. Try part of a name, or a code such as LC.1.`
              : `${matches.length} ${matches.length === 1 ? 'item matches' : 'items match'} “${query.trim()}”.`}
      </p>
      {hasQuery && matches.length > 0 ? <SearchResults matches={matches} /> : null}
    </section>
  );
}

function SearchResults({ matches }: { readonly matches: readonly TItemMatch[] }) {
  return (
    <table className="usa-table usa-table--stacked usa-table--borderless width-full" data-testid="search-results">
      <caption className="usa-sr-only">Items matching the search</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Code</th>
          <th scope="col">Kind</th>
          <th scope="col">Model</th>
          <th scope="col">Also known as</th>
        </tr>
      </thead>
      <tbody>
        {matches.map(({ modelId, modelTitle, item, matchedAlias }) => (
          <tr key={`${modelId}:${item.id}`}>
            <th scope="row" data-label="Name">
              <Link to={`/models/${encodeURIComponent(modelId)}#${itemAnchor(item.code)}`}>{item.name}</Link>
            </th>
            <td data-label="Code">
              <code>{item.code}</code>
            </td>
            <td data-label="Kind">{KIND_LABELS[item.kind]}</td>
            <td data-label="Model">{modelTitle}</td>
            <td data-label="Also known as">
              <AliasList aliases={item.aliases} matched={matchedAlias} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
