import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/api-client';
import { qrbBoardOptionsQuery } from '../../api/qrb-queries';
import type { TBoardCheck, TQrbBoard, TQrbCaseDetail, TQrbTransitionResult } from '../../api/qrb-wire-types';
import { ErrorAlert, Loading } from '../../components/alert';
import { formatDate } from '../../models/labels';
import { plural } from '../../workbench/workbench-labels';
import { BoardMembersTable } from '../shared/board-members-table';
import { describeSource } from '../shared/qrb-labels';
import { CaseActionError } from './case-action-error';
import type { TNotify } from './case-notice';
import { useCaseMutation } from './use-case-mutation';

/** A board as an assignment names it: its label, and the day it convenes. */
function optionName(board: Pick<TQrbBoard, 'label' | 'convenesOn'>): string {
  return `${board.label ?? 'QRB board'} (convening ${formatDate(board.convenesOn)})`;
}

function BoardOption(props: {
  readonly board: TQrbBoard;
  readonly check: TBoardCheck;
  readonly index: number;
  /** The case is with this board now. */
  readonly isCurrent: boolean;
  /** The case is assigned already: the button moves it. */
  readonly isMove: boolean;
  readonly isBusy: boolean;
  readonly onAssign: (board: TQrbBoard) => void;
}) {
  const { board, check, isCurrent } = props;
  const headingId = `board-option-${props.index}`;
  const name = optionName(board);
  return (
    <section
      className={`ecq-case-board ${check.isValid ? 'ecq-case-board--eligible' : 'ecq-case-board--ineligible'}`}
      aria-labelledby={headingId}
      data-testid="board-option"
    >
      <h3 id={headingId}>{name}</h3>
      <p className="text-bold" data-testid="board-eligibility">
        {isCurrent ? 'The case is with this board.' : check.isValid ? 'Can take this case.' : 'Cannot take this case.'}{' '}
        {board.caseCount === 0 ? 'No case is with this board yet.' : `${plural(board.caseCount, 'case')} with this board${isCurrent ? '' : ' already'}.`}
      </p>
      <BoardMembersTable members={board.members} caption={`Members of ${name}`} />
      {check.errors.length === 0 ? null : (
        <>
          <h4 className="margin-bottom-05">Why not</h4>
          <ul className="ecq-case-issues" data-testid="board-errors">
            {check.errors.map((issue) => (
              <li key={`${issue.code}:${issue.memberIds.join(',')}`} className="ecq-case-issue ecq-case-issue--blocker">
                {issue.message}
                <p className="ecq-case-issue__source">
                  Source: {describeSource(issue.source)}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {check.warnings.length === 0 ? null : (
        <ul className="ecq-case-issues">
          {check.warnings.map((issue) => (
            <li key={`${issue.code}:${issue.memberIds.join(',')}`} className="ecq-case-issue ecq-case-issue--warning">
              <span className="ecq-case-issue__kind">Warning</span> {issue.message}
            </li>
          ))}
        </ul>
      )}
      {check.isValid && !isCurrent ? (
        <button type="button" className="usa-button" disabled={props.isBusy} onClick={() => props.onAssign(board)}>
          {props.isMove ? 'Move' : 'Assign'} the case to {name}
        </button>
      ) : null}
    </section>
  );
}

/**
 * OPM assigns a submitted case to a board (POST /api/qrb/cases/:id/assign): every board convening from today,
 * each checked for this case (GET …/board-options) — its members with their agency and appointment, whether
 * it can take the case and, when it cannot, why (a member from the candidate's own agency is named). An
 * assigned case whose review has not opened moves to another board the same way.
 */
export function CaseAssignPanel({ detail, onNotice }: { readonly detail: TQrbCaseDetail; readonly onNotice: TNotify }) {
  const options = useQuery(qrbBoardOptionsQuery(detail.id));
  const current = detail.state.status === 'assigned' ? detail.board : null;
  const assign = useCaseMutation({
    caseId: detail.id,
    write: (board: TQrbBoard) =>
      api.send<TQrbTransitionResult>('POST', `/api/qrb/cases/${encodeURIComponent(detail.id)}/assign`, { version: detail.version, boardId: board.id }),
    onSuccess(result, board) {
      onNotice({
        heading: `Case ${current === null ? 'assigned' : 'moved'} to ${optionName(board)}`,
        lines: [
          current === null
            ? 'The board’s members, the agency and the candidate have been told.'
            : 'The members of both boards, the agency and the candidate have been told.',
          `Its status is now: ${result.case.statusLabel}.`,
        ],
        warnings: result.warnings,
      });
    },
  });
  const assemble = (
    <p>
      <Link to="/qrb/boards/new">Assemble a board</Link> when none of these can take the case.
    </p>
  );
  if (options.isPending) return <Loading label="Loading the boards" />;
  if (options.isError) return <ErrorAlert error={options.error} heading="The boards could not be loaded" headingLevel={3} />;
  const { boards } = options.data;
  const eligible = boards.filter((option) => option.check.isValid && option.board.id !== current?.id).length;
  return (
    <div data-testid="case-assign">
      {current === null ? null : (
        <p data-testid="case-assign-current">
          The case is with {optionName(current)}. Until its review opens, you can move it to another board — when a
          member can no longer serve, for instance. Its members will be told the case is no longer theirs.
        </p>
      )}
      <p>
        {boards.length === 0
          ? 'No board convenes from today.'
          : `${plural(boards.length, 'board')} convene from today; ${eligible === 0 ? 'none' : eligible.toLocaleString('en-US')} can take this case. A board has members from three agencies other than the candidate’s, more than half of them career SES.`}
      </p>
      {assemble}
      {assign.isError ? <CaseActionError error={assign.error} heading={`The case was not ${current === null ? 'assigned' : 'moved'}`} /> : null}
      {boards.map((option, index) => (
        <BoardOption
          key={option.board.id}
          board={option.board}
          check={option.check}
          index={index}
          isCurrent={option.board.id === current?.id}
          isMove={current !== null}
          isBusy={assign.isPending}
          onAssign={(board) => assign.mutate(board)}
        />
      ))}
    </div>
  );
}
