import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../api/api-client';
import { modelQuery } from '../api/queries';
import type { TCompetency, TModel, TSource } from '../api/wire-types';
import { Accordion } from '../components/accordion';
import { Alert, ErrorAlert, Loading } from '../components/alert';
import { Page } from '../components/page';
import { AliasList } from '../models/alias-list';
import { CaseDownloadLink } from '../models/case-download-link';
import { CONFIDENCE_LABELS, formatDate, itemAnchor, PROCESS_LABELS } from '../models/labels';
import { isSameCitation, SourceText } from '../models/source-text';
import { NotFoundPage } from './not-found-page';

/** One model: what it is, when it applies, every ECQ with its sub-competencies, and the fundamentals. */
export function ModelPage() {
  const { id = '' } = useParams();
  const model = useQuery(modelQuery(id));
  if (model.isError && isApiError(model.error) && model.error.status === 404) return <NotFoundPage what={`a model “${id}”`} />;
  return (
    <Page title={model.data?.title ?? (model.isError ? 'Model' : 'Loading the model')}>
      {model.isPending ? (
        <Loading label="Loading the model" />
      ) : model.isError ? (
        <ErrorAlert error={model.error} heading="The model could not be loaded" />
      ) : (
        <ModelDetails model={model.data} />
      )}
    </Page>
  );
}

function ModelDetails({ model }: { readonly model: TModel }) {
  const location = useLocation();
  const targetCode = location.hash.startsWith('#item-') ? decodeURIComponent(location.hash.slice('#item-'.length)) : undefined;
  const target = model.items.find((item) => item.code === targetCode);
  const ecqs = model.items.filter((item) => item.kind === 'ecq').sort((a, b) => a.position - b.position);
  const fundamentals = model.items.filter((item) => item.kind === 'fundamental').sort((a, b) => a.position - b.position);
  const openEcqCode = target === undefined ? undefined : target.kind === 'sub' ? target.parentCode : target.code;
  const openEcq = ecqs.find((ecq) => ecq.code === openEcqCode);

  useEffect(() => {
    if (target !== undefined) document.getElementById(itemAnchor(target.code))?.scrollIntoView({ block: 'center' });
  }, [target]);

  return (
    <>
      <p className="usa-intro">{model.description}</p>
      <dl className="ecq-facts">
        <dt>Identifier</dt>
        <dd>
          <code>{model.id}</code>, version {model.version}
        </dd>
        <dt>Issued</dt>
        <dd>
          {formatDate(model.issuedOn)} by {model.publisher}
        </dd>
        <dt>Status today</dt>
        <dd>{model.status.text}</dd>
        <dt>Source</dt>
        <dd>
          <SourceText source={model.source} />
        </dd>
      </dl>
      {model.definitionsNote === '' ? null : (
        <Alert type="info" isSlim>
          <p className="margin-0">{model.definitionsNote}</p>
        </Alert>
      )}
      <p>
        <CaseDownloadLink uuid={model.uuid} fileStem={model.id} title={model.title} isButton />
        <Link className="usa-button usa-button--unstyled margin-left-2" to={`/which-model`}>
          Which model applies on a date?
        </Link>
      </p>

      <h2>When this model applies</h2>
      <table className="usa-table usa-table--stacked width-full">
        <caption className="usa-sr-only">When {model.title} governs each process</caption>
        <thead>
          <tr>
            <th scope="col">Process</th>
            <th scope="col">From</th>
            <th scope="col">Why</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {model.effective.map((rule) => (
            <tr key={rule.process}>
              <th scope="row" data-label="Process">
                {PROCESS_LABELS[rule.process].label}
              </th>
              <td data-label="From">{formatDate(rule.from)}</td>
              <td data-label="Why">{rule.basis}</td>
              <td data-label="Source">
                <SourceText source={rule.source} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Executive Core Qualifications</h2>
      <Accordion
        key={openEcq?.id ?? 'none'}
        label="Executive Core Qualifications"
        headingLevel={3}
        initiallyOpen={openEcq === undefined ? [] : [openEcq.id]}
        items={ecqs.map((ecq) => ({
          id: ecq.id,
          heading: (
            <>
              <span className="ecq-code">{ecq.code}</span> {ecq.name}
            </>
          ),
          content: <EcqSection ecq={ecq} subs={model.items.filter((item) => item.kind === 'sub' && item.parentCode === ecq.code)} targetCode={targetCode} />,
        }))}
      />

      <h2 className="margin-top-5">Fundamental competencies</h2>
      {fundamentals.length === 0 ? (
        <p>This model lists no fundamental competencies.</p>
      ) : (
        <CompetencyTable
          caption={`Fundamental competencies of ${model.title}`}
          items={fundamentals}
          targetCode={targetCode}
          context={{ source: model.source, name: 'the model' }}
        />
      )}
    </>
  );
}

function EcqSection(props: { readonly ecq: TCompetency; readonly subs: readonly TCompetency[]; readonly targetCode: string | undefined }) {
  const { ecq } = props;
  return (
    <>
      <p id={itemAnchor(ecq.code)}>{ecq.description}</p>
      <dl className="ecq-facts">
        <dt>Also known as</dt>
        <dd>
          <AliasList aliases={ecq.aliases} />
        </dd>
        <dt>Source</dt>
        <dd>
          <SourceText source={ecq.source} />
        </dd>
      </dl>
      <CompetencyTable
        caption={`Sub-competencies of ${ecq.name}`}
        items={[...props.subs].sort((a, b) => a.position - b.position)}
        targetCode={props.targetCode}
        context={{ source: ecq.source, name: 'the ECQ' }}
      />
    </>
  );
}

/**
 * Items as a table. Most items share the source of their ECQ (or model), so the source column says so
 * instead of repeating the citation; confidence has a column of its own.
 */
function CompetencyTable(props: {
  readonly caption: string;
  readonly items: readonly TCompetency[];
  readonly targetCode: string | undefined;
  readonly context: { readonly source: TSource; readonly name: string };
}) {
  return (
    <table className="usa-table usa-table--stacked usa-table--compact width-full">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Code</th>
          <th scope="col">Name</th>
          <th scope="col">Also known as</th>
          <th scope="col">Description</th>
          <th scope="col">Confidence</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {props.items.map((item) => (
          <tr key={item.id} id={itemAnchor(item.code)} className={item.code === props.targetCode ? 'ecq-row--target' : undefined}>
            <td data-label="Code">
              <code>{item.code}</code>
            </td>
            <th scope="row" data-label="Name">
              {item.name}
              {item.isProvisional ? <span className="usa-tag margin-left-1">Provisional</span> : null}
            </th>
            <td data-label="Also known as">
              <AliasList aliases={item.aliases} />
            </td>
            <td data-label="Description">{item.description}</td>
            <td data-label="Confidence">{CONFIDENCE_LABELS[item.source.confidence]}</td>
            <td data-label="Source">
              {isSameCitation(item.source, props.context.source) ? (
                `As ${props.context.name}`
              ) : (
                <SourceText source={item.source} hasConfidence={false} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
