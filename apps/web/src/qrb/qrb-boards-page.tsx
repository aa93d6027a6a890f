import './qrb.css';
import { useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useLocation, useSearchParams } from 'react-router';
import { isCalendarDate } from '@ecq/core';
import { qrbBoardListQuery } from '../api/qrb-queries';
import type { TQrbBoard } from '../api/qrb-wire-types';
import { canAdministerQrb } from '../auth/permissions';
import { useSession } from '../auth/session';
import { Alert, ErrorAlert, Loading } from '../components/alert';
import { Page } from '../components/page';
import { ShowMore } from '../components/show-more';
import { TextField } from '../components/text-field';
import { formatDate } from '../models/labels';
import { localToday, plural } from '../workbench/workbench-labels';
import { BoardCheckView } from './admin/board-check-view';
import { BoardMembersTable } from './shared/board-members-table';
import { FiltersForm } from './shared/filters-form';
import { boardName, capitalize } from './shared/qrb-labels';

/** What the assemble page passes on after assembling a board. */
export interface TBoardAssembledState {
  readonly assembled: { readonly id: string; readonly convenesOn: string; readonly label: string | null };
}

function isAssembledState(value: unknown): value is TBoardAssembledState {
  return typeof value === 'object' && value !== null && 'assembled' in value;
}

/**
 * QRB boards by the day they convene (GET /api/qrb/boards), from today unless another day is asked for:
 * each with its members, its composition check and its cases. OPM sees every board; a QRB member theirs.
 */
export function QrbBoardsPage() {
  const { data: session } = useSession();
  const isOpm = canAdministerQrb(session ?? null);
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const assembled = isAssembledState(location.state) ? location.state.assembled : undefined;
  const today = localToday();
  const fromParam = params.get('from');
  const from = fromParam === null ? today : fromParam === '' || isCalendarDate(fromParam) ? fromParam : today;
  const toParam = params.get('to');
  const to = toParam !== null && isCalendarDate(toParam) ? toParam : undefined;
  const list = useInfiniteQuery(qrbBoardListQuery({ ...(from === '' ? {} : { from }), ...(to === undefined ? {} : { to }) }));
  const boards = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Page title="QRB boards">
      <p className="usa-intro">
        Each board has {isOpm ? 'its members, its composition check and the cases it holds' : 'the members you sit with and the cases it holds'}.
      </p>
      {isOpm ? (
        <p className="ecq-qrb-actions">
          <Link className="usa-button" to="/qrb/boards/new">
            Assemble a board
          </Link>
          <Link to="/qrb/admin">QRB administration</Link>
        </p>
      ) : null}
      {assembled === undefined ? null : (
        <div role="status" data-testid="board-assembled">
          <Alert type="success" heading="Board assembled">
            <p className="margin-0">{capitalize(boardName(assembled))} is assembled: cases can now be assigned to it from their case pages.</p>
          </Alert>
        </div>
      )}
      <BoardDateFilter key={params.toString()} from={from} to={to ?? ''} onApply={setParams} />
      <p className="ecq-qrb-count" role="status" data-testid="boards-count">
        {list.data === undefined ? '' : `${plural(boards.length, 'board')}${list.hasNextPage ? ' shown, more below' : ''}${from === '' ? '' : ` convening from ${formatDate(from)}`}${to === undefined ? '' : ` until ${formatDate(to)}`}.`}
      </p>
      {list.isPending ? (
        <Loading label="Loading the boards" />
      ) : list.data === undefined ? (
        <ErrorAlert error={list.error} heading="The boards could not be loaded" />
      ) : boards.length === 0 ? (
        <p data-testid="boards-empty">No board convenes in these days.</p>
      ) : (
        <>
          <ol className="usa-list usa-list--unstyled" data-testid="boards">
            {boards.map((board) => (
              <li key={board.id}>
                <BoardCard board={board} />
              </li>
            ))}
          </ol>
          <ShowMore what="boards" list={list} />
        </>
      )}
    </Page>
  );
}

function BoardDateFilter(props: { readonly from: string; readonly to: string; readonly onApply: (search: URLSearchParams) => void }) {
  const [from, setFrom] = useState(props.from);
  const [to, setTo] = useState(props.to);
  function apply() {
    const search = new URLSearchParams();
    search.set('from', from);
    if (to !== '') search.set('to', to);
    props.onApply(search);
  }
  return (
    <FiltersForm label="Choose the days" submitLabel="Show the boards" onApply={apply}>
      <TextField id="from" type="date" label="Convening from" hint="Today by default; clear it for every past board." value={from} onChange={(event) => setFrom(event.currentTarget.value)} />
      <TextField id="to" type="date" label="Convening until (optional)" value={to} onChange={(event) => setTo(event.currentTarget.value)} />
    </FiltersForm>
  );
}

function BoardCard({ board }: { readonly board: TQrbBoard }) {
  const headingId = `board-${board.id}`;
  return (
    <section className="ecq-qrb-panel" aria-labelledby={headingId} data-board-id={board.id}>
      <h2 id={headingId}>
        {formatDate(board.convenesOn)}
        {board.label === null ? '' : `: ${board.label}`}
      </h2>
      <p className="margin-top-0" data-testid="board-cases">
        {board.caseCount === 0 ? 'No case yet' : `${plural(board.caseCount, 'case')} with this board`}
      </p>
      <BoardMembersTable members={board.members} caption={`Members of ${boardName(board)}`} />
      <BoardCheckView check={board.check} members={board.members} headingLevel={3} testId="board-check" />
    </section>
  );
}
