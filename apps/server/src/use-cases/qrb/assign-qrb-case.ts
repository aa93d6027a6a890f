import { AppError, checkBoardComposition, todayUtc } from '@ecq/core';
import { getQrbBoardById, type TQrbCaseRow } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { applyQrbCaseEvents, QRB_EVENT_AUDIT_ACTIONS } from './apply-qrb-case-events';
import { notifyQrbCase } from './notify-qrb-case';
import { loadQrbCase } from './load-qrb-case';
import { loadQrbSettings } from './load-qrb-settings';
import { loadActionOfCase } from './run-qrb-case-check';
import { toQrbMember } from './to-qrb-member';

/**
 * OPM assigns a submitted (or resubmitted) case to a board (issue 6; POLICY.md §2): the board is checked for
 * this case — its size and agencies, its career majority (5 CFR 317.502), and no member from the candidate's
 * own agency (the refusal names the member and explains why) — and every member must still be on the active
 * roster. An assigned case whose review has not opened moves to another board the same way (core's
 * `reassign`); the members of the board it leaves are told it is no longer theirs.
 * @throws AppError `NOT_FOUND` naming `boardId`; `CONFLICT` naming the current state and the board's problems.
 */
export async function assignQrbCase(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly id: string; readonly version: number; readonly boardId: string; readonly requestId: string },
): Promise<{ readonly row: TQrbCaseRow; readonly warnings: readonly string[] }> {
  const { actor } = request;
  const { row, board: current } = await loadQrbCase(deps.db, { actor, id: request.id, kind: 'administer' });
  const board = await getQrbBoardById(deps.db, request.boardId);
  if (!board) throw new AppError('NOT_FOUND', `boardId: no QRB board ${request.boardId}`, { field: 'boardId' });
  const inactive = board.members.filter((m) => !m.isActive);
  if (inactive.length > 0) {
    throw new AppError('CONFLICT', `boardId: ${inactive.map((m) => m.name).join(' and ')} ${inactive.length === 1 ? 'is' : 'are'} no longer on the active roster; assemble another board`, {
      field: 'boardId',
    });
  }
  const [{ action }, qrb] = await Promise.all([loadActionOfCase(deps, row), loadQrbSettings(deps.db)]);
  const boardCheck = checkBoardComposition({
    members: board.members.map(toQrbMember),
    candidateAgency: { id: row.agencyId, name: action.agencyName },
    settings: qrb.settings,
  });
  const isMove = row.state.status === 'assigned';
  const leaving = isMove ? current : undefined;
  const about = `${row.candidateName}'s QRB case for ${action.positionTitle}`;
  const result = await applyQrbCaseEvents(deps, {
    actor,
    row,
    version: request.version,
    events: [{ type: isMove ? 'reassign' : 'assign', on: todayUtc(deps.now()), boardId: board.id, boardCheck }],
    context: { basis: row.basis, agencyId: row.agencyId, settings: qrb.overrides },
    messages: [
      isMove
        ? `${about} was moved from the board convening on ${leaving?.convenesOn ?? 'an earlier date'} to the board convening on ${board.convenesOn}.`
        : `${about} was assigned to the board convening on ${board.convenesOn}.`,
    ],
    board,
    requestId: request.requestId,
  });
  if (leaving) {
    await notifyQrbCase(deps, {
      row: result.row,
      audience: { agency: false, candidate: false, opm: false, board: true },
      message: `${about} was moved to another board: it is no longer with your board convening on ${leaving.convenesOn}.`,
      kind: QRB_EVENT_AUDIT_ACTIONS.reassign,
      board: leaving,
      actorUserId: actor.userId,
      // The case page is no longer theirs to read.
      link: '/qrb/reviews',
    });
  }
  return result;
}
