import { todayUtc, type TBoardCompositionCheck } from '@ecq/core';
import { countQrbCasesByBoard, listQrbBoards, type TQrbBoardWithMembers } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { loadQrbCase } from './load-qrb-case';
import { loadQrbSettings } from './load-qrb-settings';
import { loadActionOfCase } from './run-qrb-case-check';
import { checkRosterBoard } from '../qrb-roster/qrb-board-members';

/** Boards offered for one case at a time. */
const BOARD_OPTIONS_LIMIT = 50;

/**
 * The boards convening on or after a day (today by default) with each one's check for this case (POLICY.md
 * §2): the administrator sees which can take it and, for those that cannot, why — a member from the
 * candidate's agency is named with the conflict of interest explained.
 */
export async function listQrbBoardOptions(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly id: string; readonly from?: string | undefined },
): Promise<{ readonly board: TQrbBoardWithMembers; readonly boardCheck: TBoardCompositionCheck; readonly check: TBoardCompositionCheck; readonly caseCount: number }[]> {
  const { row } = await loadQrbCase(deps.db, { actor: request.actor, id: request.id, kind: 'administer' });
  const [{ action }, qrb, boards] = await Promise.all([
    loadActionOfCase(deps, row),
    loadQrbSettings(deps.db),
    listQrbBoards(deps.db, { from: request.from ?? todayUtc(deps.now()), limit: BOARD_OPTIONS_LIMIT }),
  ]);
  const counts = await countQrbCasesByBoard(deps.db, boards.map((b) => b.id));
  return boards.map((board) => ({
    board,
    boardCheck: checkRosterBoard(board.members, qrb.settings),
    check: checkRosterBoard(board.members, qrb.settings, { id: row.agencyId, name: action.agencyName }),
    caseCount: counts.get(board.id) ?? 0,
  }));
}
