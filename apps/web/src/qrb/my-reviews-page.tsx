import './qrb.css';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { TQrbCaseStatus } from '@ecq/core';
import { qrbBoardListQuery, qrbCaseListQuery } from '../api/qrb-queries';
import type { TQrbCaseSummary } from '../api/qrb-wire-types';
import { ErrorAlert, Loading } from '../components/alert';
import { Page } from '../components/page';
import { ShowMore } from '../components/show-more';
import { formatDate } from '../models/labels';
import { plural } from '../workbench/workbench-labels';
import { CASE_COLUMNS, CaseTable, casePath } from './shared/case-table';

/** The member's cases in the order they need them: in review first, then assigned (and held), then decided. */
const GROUPS: readonly { readonly id: string; readonly heading: string; readonly statuses: readonly TQrbCaseStatus[]; readonly empty: string }[] = [
  { id: 'in-review', heading: 'In review', statuses: ['in_review'], empty: 'No case of your boards is in review.' },
  { id: 'assigned', heading: 'Assigned, review not begun', statuses: ['assigned', 'on_hold'], empty: 'No case is waiting for its review to begin.' },
  { id: 'decided', heading: 'Decided', statuses: ['decided'], empty: 'Your boards have decided no case yet.' },
];

const reviewPath = (id: string) => `${casePath(id)}/review`;

/** A case in review opens at its review; an assigned one also offers to begin it. */
function reviewLinksOf(item: TQrbCaseSummary) {
  return (
    <>
      <Link to={item.status === 'in_review' ? reviewPath(item.id) : casePath(item.id)}>{item.candidateName}</Link>
      {item.status === 'assigned' ? (
        <span className="ecq-qrb-subtle">
          <Link to={reviewPath(item.id)}>
            Begin the review<span className="usa-sr-only"> of {item.candidateName}’s case</span>
          </Link>
        </span>
      ) : null}
    </>
  );
}

/** A QRB member's cases (GET /api/qrb/cases?scope=board) and boards (GET /api/qrb/boards). */
export function MyReviewsPage() {
  return (
    <Page title="My QRB reviews">
      <p className="usa-intro">The cases of the boards you sit on. Open a case in review to read the package and record your review.</p>
      {GROUPS.map((group) => (
        <CaseGroup key={group.id} group={group} />
      ))}
      <MyBoards />
    </Page>
  );
}

function CaseGroup({ group }: { readonly group: (typeof GROUPS)[number] }) {
  const list = useInfiniteQuery(qrbCaseListQuery({ scope: 'board', status: group.statuses }));
  const cases = list.data?.pages.flatMap((page) => page.items) ?? [];
  const headingId = `${group.id}-heading`;
  return (
    <section aria-labelledby={headingId} className="ecq-qrb-section" data-testid={`cases-${group.id}`}>
      <h2 id={headingId}>
        {group.heading}
        {list.data === undefined ? '' : ` (${cases.length}${list.hasNextPage ? '+' : ''})`}
      </h2>
      {list.isPending ? (
        <Loading label={`Loading the cases ${group.heading.toLowerCase()}`} />
      ) : list.data === undefined ? (
        <ErrorAlert error={list.error} heading="These cases could not be loaded" headingLevel={3} />
      ) : cases.length === 0 ? (
        <p>{group.empty}</p>
      ) : (
        <>
          <CaseTable
            cases={cases}
            caption={`Cases ${group.heading.toLowerCase()}, newest first`}
            columns={[CASE_COLUMNS.agency, CASE_COLUMNS.position, CASE_COLUMNS.basis, CASE_COLUMNS.status, CASE_COLUMNS.since]}
            candidate={reviewLinksOf}
          />
          <ShowMore what="cases" list={list} />
        </>
      )}
    </section>
  );
}

function MyBoards() {
  const list = useInfiniteQuery(qrbBoardListQuery());
  const boards = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="boards-heading" className="ecq-qrb-section">
      <h2 id="boards-heading">My boards</h2>
      {list.isPending ? (
        <Loading label="Loading your boards" />
      ) : list.data === undefined ? (
        <ErrorAlert error={list.error} heading="Your boards could not be loaded" headingLevel={3} />
      ) : boards.length === 0 ? (
        <p>You sit on no board yet.</p>
      ) : (
        <>
          <table className="usa-table usa-table--stacked ecq-qrb-table" data-testid="my-boards">
            <caption>The boards you sit on, by the day they convene</caption>
            <thead>
              <tr>
                <th scope="col">Convenes on</th>
                <th scope="col">Members</th>
                <th scope="col">Cases</th>
              </tr>
            </thead>
            <tbody>
              {boards.map((board) => (
                <tr key={board.id}>
                  <th scope="row" data-label="Convenes on">
                    {formatDate(board.convenesOn)}
                    {board.label === null ? null : <span className="ecq-qrb-subtle">{board.label}</span>}
                  </th>
                  <td data-label="Members">
                    {board.members.map((member) => `${member.name} (${member.agencyCode ?? 'no agency'})`).join(', ')}
                  </td>
                  <td data-label="Cases">{plural(board.caseCount, 'case')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ShowMore what="boards" list={list} />
        </>
      )}
    </section>
  );
}
