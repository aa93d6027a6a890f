import './qrb.css';
import { Fragment } from 'react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { hiringActionQuery, qrbCaseListQuery } from '../api/qrb-queries';
import type { THiringAction, TNarrativeLimitsWire } from '../api/qrb-wire-types';
import { canManageHiringActions } from '../auth/permissions';
import { useSession } from '../auth/session';
import { Alert, ErrorAlert, Loading } from '../components/alert';
import { Page } from '../components/page';
import { ShowMore } from '../components/show-more';
import { formatDate } from '../models/labels';
import { plural } from '../workbench/workbench-labels';
import { CASE_COLUMNS, CaseTable } from './shared/case-table';
import { RecordPage } from './shared/record-page';

/** The limits a case's package is checked against, as people read them. */
const LIMIT_ROWS: readonly { readonly key: keyof TNarrativeLimitsWire; readonly label: string; readonly unit: (n: number) => string }[] = [
  { key: 'maxTotalPages', label: 'Pages in all', unit: (n) => `at most ${plural(n, 'page')}` },
  { key: 'maxPagesPerEcq', label: 'Pages per ECQ', unit: (n) => `at most ${plural(n, 'page')}` },
  { key: 'minExamplesPerEcq', label: 'Examples per ECQ', unit: (n) => `at least ${n}` },
  { key: 'maxExamplesPerEcq', label: 'Examples per ECQ advised', unit: (n) => `at most ${n}` },
  { key: 'maxExampleAgeYears', label: 'Age of an example', unit: (n) => `within ${plural(n, 'year')}` },
];

/**
 * One hiring action (/hiring-actions/:id): its terms, the model frozen on it and why, the narrative limits in
 * force (the vacancy's own marked), the QRB due date and its cases; its agency's staff build a case from here.
 */
export function HiringActionPage() {
  const { id = '' } = useParams();
  const action = useQuery(hiringActionQuery(id));
  return (
    <RecordPage query={action} what="the hiring action" notFoundWhat="this hiring action">
      {(record) => <HiringAction action={record} />}
    </RecordPage>
  );
}

function HiringAction({ action }: { readonly action: THiringAction }) {
  const { data: session } = useSession();
  const location = useLocation();
  const isCreated = typeof location.state === 'object' && location.state !== null && 'isCreated' in location.state;
  const canBuild = canManageHiringActions(session ?? null);
  return (
    <Page title={action.positionTitle}>
      <p className="ecq-case-meta">
        Hiring action · {action.agencyName} · <Link to="/hiring-actions">All hiring actions</Link>
      </p>
      {isCreated ? (
        <Alert type="success" heading="Hiring action created">
          <p className="margin-0">The model below is frozen on it. Build a QRB case for each candidate selected.</p>
        </Alert>
      ) : null}
      <div className="usa-summary-box" role="region" aria-labelledby="frozen-heading" data-testid="frozen-model">
        <div className="usa-summary-box__body">
          <h2 className="usa-summary-box__heading" id="frozen-heading">
            {action.policy.modelTitle}
          </h2>
          <div className="usa-summary-box__text">
            <p className="margin-top-0">Governs this action: frozen on {formatDate(action.policy.frozenOn)}, the day it was initiated.</p>
            <p className="margin-bottom-0">{action.policy.reason}</p>
          </div>
        </div>
      </div>
      <h2>Terms</h2>
      <dl className="ecq-facts" data-testid="action-terms">
        <dt>Announcement number</dt>
        <dd>{action.announcementNumber ?? 'None given'}</dd>
        <dt>Initiated on</dt>
        <dd>{formatDate(action.initiatedOn)}</dd>
        <dt>Announcement open</dt>
        <dd>
          {formatDate(action.announcementOpensOn)} to {formatDate(action.announcementClosesOn)}
        </dd>
        <dt>Application method</dt>
        <dd>{action.applicationMethodLabel}</dd>
        <dt>QRB case due</dt>
        <dd data-testid="action-due">{formatDate(action.qrbCaseDueOn)}</dd>
      </dl>
      <h2>Narrative limits in force</h2>
      <dl className="ecq-facts" data-testid="action-limits">
        {LIMIT_ROWS.map((row) => {
          const value = action.narrativeLimits[row.key];
          return typeof value !== 'number' ? null : (
            <Fragment key={row.key}>
              <dt>{row.label}</dt>
              <dd>
                {row.unit(value)} {row.key in action.narrativeLimitOverrides ? '(set for this vacancy)' : '(default)'}
              </dd>
            </Fragment>
          );
        })}
      </dl>
      <ActionCases action={action} canBuild={canBuild} />
    </Page>
  );
}

function ActionCases({ action, canBuild }: { readonly action: THiringAction; readonly canBuild: boolean }) {
  const list = useInfiniteQuery(qrbCaseListQuery({ hiringActionId: action.id }));
  const cases = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="cases-heading">
      <h2 id="cases-heading">QRB cases</h2>
      {canBuild ? (
        <p>
          <Link className="usa-button" to={`/qrb/cases/new?hiringActionId=${encodeURIComponent(action.id)}`}>
            Build a QRB case
          </Link>
        </p>
      ) : null}
      {list.isPending ? (
        <Loading label="Loading the cases" />
      ) : list.data === undefined ? (
        <ErrorAlert error={list.error} heading="The cases could not be loaded" headingLevel={3} />
      ) : cases.length === 0 ? (
        <p data-testid="action-no-cases">No case has been built for this hiring action yet.</p>
      ) : (
        <>
          <CaseTable
            cases={cases}
            caption="QRB cases of this hiring action, newest first"
            columns={[CASE_COLUMNS.basis, CASE_COLUMNS.status, CASE_COLUMNS.since]}
            testId="action-cases"
          />
          <ShowMore what="cases" list={list} />
        </>
      )}
    </section>
  );
}
