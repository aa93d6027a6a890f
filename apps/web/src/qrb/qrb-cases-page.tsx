import './qrb.css';
import { CASE_BASES, CASE_BASIS_LABELS, isCaseBasis, QRB_CASE_STATUSES, type TQrbCaseStatus } from '@ecq/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { qrbCaseListQuery, type TQrbCaseFilter } from '../api/qrb-queries';
import { canAdministerQrb, canFollowOwnQrbCases } from '../auth/permissions';
import { useSession } from '../auth/session';
import { ErrorAlert, Loading } from '../components/alert';
import { Page } from '../components/page';
import { ShowMore } from '../components/show-more';
import { plural } from '../workbench/workbench-labels';
import { AgencySelect } from './shared/agency-select';
import { CASE_COLUMNS, CaseTable } from './shared/case-table';
import { CheckboxField, SelectField } from './shared/form-fields';
import { STATUS_LABELS } from './shared/qrb-labels';

const { position, agency, basis, status, inThisStatus, dueOn } = CASE_COLUMNS;
/** A candidate's list of the cases about them names no agency; the staff's lists do. */
const OWN_COLUMNS = [position, basis, status, inThisStatus, dueOn];
const COLUMNS = [position, agency, basis, status, inThisStatus, dueOn];

function isStatus(value: string): value is TQrbCaseStatus {
  return (QRB_CASE_STATUSES as readonly string[]).includes(value);
}

/** The filter as the address states it (`?status=draft,submitted&basis=A&agencyId=`), so that a filtered list can be linked to. */
function filterOf(params: URLSearchParams, isOpm: boolean): TQrbCaseFilter & { readonly status: readonly TQrbCaseStatus[] } {
  const status = (params.get('status') ?? '').split(',').filter(isStatus);
  const basis = params.get('basis') ?? '';
  const agencyId = isOpm ? (params.get('agencyId') ?? '') : '';
  return { status, ...(isCaseBasis(basis) ? { basis } : {}), ...(agencyId === '' ? {} : { agencyId }) };
}

/**
 * The QRB cases a user may read (/qrb/cases), newest first; the API scopes the list: an agency's staff see
 * their agency's, OPM every agency's (with an agency filter), QRB members their boards', candidates their own.
 * Filters by status and basis apply as they are chosen.
 */
export function QrbCasesPage() {
  const { data: session } = useSession();
  const isOwn = canFollowOwnQrbCases(session ?? null);
  const isOpm = canAdministerQrb(session ?? null);
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params, isOpm);
  const list = useInfiniteQuery(qrbCaseListQuery(filter));
  const cases = list.data?.pages.flatMap((page) => page.items) ?? [];
  const title = isOwn ? 'My QRB cases' : 'QRB cases';

  function update(next: { readonly status?: readonly string[]; readonly basis?: string; readonly agencyId?: string }) {
    const merged = { status: filter.status, basis: filter.basis ?? '', agencyId: filter.agencyId ?? '', ...next };
    const entries = Object.entries({ status: merged.status.join(','), basis: merged.basis, agencyId: merged.agencyId }).filter(([, value]) => value !== '');
    setParams(Object.fromEntries(entries), { replace: true });
  }

  return (
    <Page title={title}>
      <p className="usa-intro">
        {isOwn
          ? 'The Qualifications Review Board cases about you: where each stands, and where you can share your ECQ package.'
          : 'Qualifications Review Board cases, newest first, with where each stands and when it is due.'}
      </p>
      <form className="usa-form usa-form--large" aria-label="Filter the cases" onSubmit={(event) => event.preventDefault()}>
        <fieldset className="usa-fieldset">
          <legend className="usa-legend">Status</legend>
          <span className="usa-hint">Every status when none is chosen.</span>
          <div className="grid-row grid-gap-sm">
            {QRB_CASE_STATUSES.map((status) => (
              <CheckboxField
                key={status}
                className="mobile-lg:grid-col-6 tablet:grid-col-4"
                id={`status-${status}`}
                label={STATUS_LABELS[status]}
                checked={filter.status.includes(status)}
                onChange={(checked) => update({ status: checked ? [...filter.status, status] : filter.status.filter((s) => s !== status) })}
              />
            ))}
          </div>
        </fieldset>
        <SelectField id="basis-filter" label="Basis" value={filter.basis ?? ''} onChange={(event) => update({ basis: event.currentTarget.value })}>
          <option value="">Every basis</option>
          {CASE_BASES.map((basis) => (
            <option key={basis} value={basis}>
              {CASE_BASIS_LABELS[basis]}
            </option>
          ))}
        </SelectField>
        {isOpm ? <AgencySelect id="agency-filter" noneLabel="Every agency" value={filter.agencyId ?? ''} onChange={(agencyId) => update({ agencyId })} /> : null}
      </form>
      <div className="margin-top-4">
        {list.isPending ? (
          <Loading label="Loading the cases" />
        ) : list.data === undefined ? (
          <ErrorAlert error={list.error} heading="The cases could not be loaded" />
        ) : (
          <>
            <p role="status" data-testid="cases-count">
              {cases.length === 0
                ? isOwn
                  ? 'No QRB case names you yet. When an agency builds one with your email, it shows here.'
                  : 'No case matches these filters.'
                : `Showing ${plural(cases.length, 'case')}${list.hasNextPage ? '; there are more' : ''}.`}
            </p>
            {cases.length === 0 ? null : (
              <CaseTable
                cases={cases}
                caption="QRB cases, newest first"
                columns={isOwn ? OWN_COLUMNS : COLUMNS}
                testId="qrb-cases"
              />
            )}
            <ShowMore what="cases" list={list} />
          </>
        )}
      </div>
    </Page>
  );
}
