import './qrb.css';
import { useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { CASE_BASES, isCaseBasis, type TQrbCaseStatus } from '@ecq/core';
import { qrbQueueQuery, type TQrbQueueFilter } from '../api/qrb-queries';
import type { TQrbCaseSummary } from '../api/qrb-wire-types';
import { ErrorAlert, Loading } from '../components/alert';
import { Page } from '../components/page';
import { ShowMore } from '../components/show-more';
import { formatDate } from '../models/labels';
import { plural } from '../workbench/workbench-labels';
import { isDefaultQueueFilter, QUEUE_DEFAULT_STATUSES, QUEUE_STATUSES, queueFilterOf, queueSearchOf } from './admin/queue-filter';
import { AgencySelect } from './shared/agency-select';
import { casePath } from './shared/case-table';
import { FiltersForm } from './shared/filters-form';
import { CheckboxField, SelectField } from './shared/form-fields';
import { BASIS_SHORT_LABELS, formatAgeDays, STATUS_LABELS } from './shared/qrb-labels';
import { ScrollableTable } from './shared/scrollable-table';
import { CaseStatusTag } from './shared/status-tag';

/** Cases waiting longer than this are shown in red as well as by their number. */
const LONG_WAIT_DAYS = 30;

/** OPM's queue: cases longest waiting first (GET /api/qrb/queue), filtered by status, agency and basis. */
export function QrbQueuePage() {
  const [params, setParams] = useSearchParams();
  const filter = queueFilterOf(params);
  const list = useInfiniteQuery(qrbQueueQuery(filter));
  const cases = list.data?.pages.flatMap((page) => page.items) ?? [];
  const isDefault = isDefaultQueueFilter(filter);
  return (
    <Page title="QRB queue">
      <p className="usa-intro">
        The cases agencies have sent to the Qualifications Review Board, longest waiting first. Open a case to assign it to a
        board, hold it or release it.
      </p>
      <p>
        <Link to="/qrb/admin">QRB administration</Link> · <Link to="/qrb/boards">Boards</Link>
      </p>
      <QueueFilters
        key={params.toString()}
        filter={filter}
        onApply={(next) => setParams(queueSearchOf(next))}
      />
      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading">Cases</h2>
        <p className="ecq-qrb-count" role="status" data-testid="queue-count">
          {list.isPending
            ? 'Loading the queue…'
            : list.isError && list.data === undefined
              ? ''
              : `${plural(cases.length, 'case')}${list.hasNextPage ? ' shown, more below' : ''}${isDefault ? ' waiting for a board' : ' match the filters'}.`}
        </p>
        {list.isPending ? (
          <Loading label="Loading the queue" />
        ) : list.data === undefined ? (
          <ErrorAlert error={list.error} heading="The queue could not be loaded" />
        ) : cases.length === 0 ? (
          <p data-testid="queue-empty">{isDefault ? 'No case is waiting for a board.' : 'No case matches these filters.'}</p>
        ) : (
          <>
            <QueueTable cases={cases} statuses={filter.status ?? []} />
            <ShowMore what="cases" list={list} />
          </>
        )}
      </section>
    </Page>
  );
}

function QueueFilters(props: { readonly filter: TQrbQueueFilter; readonly onApply: (filter: TQrbQueueFilter) => void }) {
  const [statuses, setStatuses] = useState<readonly TQrbCaseStatus[]>(props.filter.status ?? QUEUE_DEFAULT_STATUSES);
  const [agencyId, setAgencyId] = useState(props.filter.agencyId ?? '');
  const [basis, setBasis] = useState<string>(props.filter.basis ?? '');
  function apply() {
    props.onApply({
      status: statuses.length === 0 ? [...QUEUE_DEFAULT_STATUSES] : statuses,
      ...(agencyId === '' ? {} : { agencyId }),
      ...(isCaseBasis(basis) ? { basis } : {}),
    });
  }
  return (
    <FiltersForm label="Filter the queue" submitLabel="Apply the filters" onApply={apply}>
      <fieldset className="usa-fieldset">
        <legend className="usa-legend">Status</legend>
        <div className="usa-hint" id="status-hint">
          By default, the cases waiting for a board: submitted and resubmitted.
        </div>
        <div className="ecq-qrb-filters__statuses">
          {QUEUE_STATUSES.map((status) => (
            <CheckboxField
              key={status}
              id={`status-${status}`}
              label={STATUS_LABELS[status]}
              checked={statuses.includes(status)}
              onChange={(checked) => setStatuses((current) => QUEUE_STATUSES.filter((s) => (s === status ? checked : current.includes(s))))}
            />
          ))}
        </div>
      </fieldset>
      <AgencySelect id="agencyId" noneLabel="All agencies" value={agencyId} onChange={setAgencyId} />
      <SelectField id="basis" label="Basis" value={basis} onChange={(event) => setBasis(event.currentTarget.value)}>
        <option value="">Every basis</option>
        {CASE_BASES.map((option) => (
          <option key={option} value={option}>
            {BASIS_SHORT_LABELS[option]}
          </option>
        ))}
      </SelectField>
    </FiltersForm>
  );
}

function QueueTable(props: { readonly cases: readonly TQrbCaseSummary[]; readonly statuses: readonly TQrbCaseStatus[] }) {
  const statusWords = props.statuses.map((s) => STATUS_LABELS[s].toLowerCase()).join(', ');
  return (
    <ScrollableTable
      id="queue"
      caption={`QRB cases (${statusWords}), longest waiting first`}
      columns={['Candidate and position', 'Waiting', 'Agency', 'Basis', 'Status', 'Since']}
      testId="queue"
    >
      {props.cases.map((item) => (
        <tr key={item.id} data-case-id={item.id}>
          <th scope="row">
            <Link to={casePath(item.id)}>{item.candidateName}</Link>
            <span className="ecq-qrb-subtle">{item.positionTitle}</span>
          </th>
          <td>
            <span className={`ecq-qrb-age${(item.ageDays ?? 0) > LONG_WAIT_DAYS ? ' is-long' : ''}`} data-testid="age">
              {formatAgeDays(item.ageDays)}
            </span>
          </td>
          <td>
            <abbr title={item.agencyName}>{item.agencyCode}</abbr>
            <span className="usa-sr-only"> ({item.agencyName})</span>
          </td>
          <td>{BASIS_SHORT_LABELS[item.basis]}</td>
          <td>
            <CaseStatusTag status={item.status} label={item.statusLabel} outcome={item.outcome} />
          </td>
          <td>{item.statusSince === null ? '—' : formatDate(item.statusSince)}</td>
        </tr>
      ))}
    </ScrollableTable>
  );
}
