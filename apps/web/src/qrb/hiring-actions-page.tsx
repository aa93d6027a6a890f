import './qrb.css';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { hiringActionListQuery } from '../api/qrb-queries';
import type { THiringAction } from '../api/qrb-wire-types';
import { canAdministerQrb, canManageHiringActions } from '../auth/permissions';
import { useSession } from '../auth/session';
import { ErrorAlert, Loading } from '../components/alert';
import { Page } from '../components/page';
import { ShowMore } from '../components/show-more';
import { formatDate } from '../models/labels';
import { plural } from '../workbench/workbench-labels';
import { AgencySelect } from './shared/agency-select';

/**
 * The hiring actions (/hiring-actions), newest first: an agency's staff see their agency's and create them; OPM
 * administrators see every agency's, with the agency named, and may narrow to one.
 */
export function HiringActionsPage() {
  const { data: session } = useSession();
  const isOpm = canAdministerQrb(session ?? null);
  const canCreate = canManageHiringActions(session ?? null);
  const [searchParams, setSearchParams] = useSearchParams();
  const agencyId = isOpm ? (searchParams.get('agencyId') ?? '') : '';
  const list = useInfiniteQuery(hiringActionListQuery(agencyId === '' ? {} : { agencyId }));
  const actions = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Page title="Hiring actions">
      <p className="usa-intro">
        Each hiring action freezes the ECQ model that governs it from the day it was initiated, with its page limits and the date its QRB cases
        are due at OPM.
      </p>
      {canCreate ? (
        <p>
          <Link className="usa-button" to="/hiring-actions/new">
            Create a hiring action
          </Link>
        </p>
      ) : null}
      {isOpm ? (
        <div className="margin-bottom-3">
          <AgencySelect
            id="agency-filter"
            noneLabel="All agencies"
            value={agencyId}
            onChange={(next) => setSearchParams(next === '' ? {} : { agencyId: next }, { replace: true })}
          />
        </div>
      ) : null}
      {list.isPending ? (
        <Loading label="Loading the hiring actions" />
      ) : list.data === undefined ? (
        <ErrorAlert error={list.error} heading="The hiring actions could not be loaded" />
      ) : actions.length === 0 ? (
        <div className="usa-summary-box" role="region" aria-labelledby="no-actions-heading" data-testid="hiring-actions-empty">
          <div className="usa-summary-box__body">
            <h2 className="usa-summary-box__heading" id="no-actions-heading">
              No hiring actions yet
            </h2>
            <div className="usa-summary-box__text">
              <p className="margin-0">
                {canCreate
                  ? 'Create one for a vacancy: the model that governs it and its QRB due date follow from its dates.'
                  : 'None has been created for these agencies.'}
              </p>
            </div>
          </div>
        </div>
      ) : (
        <>
          <ActionsTable actions={actions} hasAgency={isOpm} />
          <p role="status" className="font-body-2xs" data-testid="hiring-actions-count">
            Showing {plural(actions.length, 'hiring action')}
            {list.hasNextPage ? '; there are more.' : '.'}
          </p>
          <ShowMore what="hiring actions" list={list} />
        </>
      )}
    </Page>
  );
}

function ActionsTable({ actions, hasAgency }: { readonly actions: readonly THiringAction[]; readonly hasAgency: boolean }) {
  return (
    <table className="usa-table usa-table--stacked width-full" data-testid="hiring-actions">
      <caption>{hasAgency ? 'Hiring actions of every agency, newest first' : 'Your agency’s hiring actions, newest first'}</caption>
      <thead>
        <tr>
          <th scope="col">Position</th>
          {hasAgency ? <th scope="col">Agency</th> : null}
          <th scope="col">Announcement</th>
          <th scope="col">Initiated</th>
          <th scope="col">Governing model</th>
          <th scope="col">Application method</th>
          <th scope="col">QRB case due</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((action) => (
          <tr key={action.id}>
            <th scope="row" data-label="Position">
              <Link to={`/hiring-actions/${encodeURIComponent(action.id)}`}>{action.positionTitle}</Link>
            </th>
            {hasAgency ? <td data-label="Agency">{action.agencyName}</td> : null}
            <td data-label="Announcement">
              {action.announcementNumber ?? 'No number'}
              <span className="display-block font-body-3xs">
                Open {formatDate(action.announcementOpensOn)} to {formatDate(action.announcementClosesOn)}
              </span>
            </td>
            <td data-label="Initiated">{formatDate(action.initiatedOn)}</td>
            <td data-label="Governing model">{action.policy.modelTitle}</td>
            <td data-label="Application method">{action.applicationMethodLabel}</td>
            <td data-label="QRB case due">{formatDate(action.qrbCaseDueOn)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
