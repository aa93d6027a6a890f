import { AppError, isCalendarDate } from '@ecq/core';
import { countQrbCasesByBoard, getQrbBoardById, getQrbMemberByUserId, listQrbBoards as listQrbBoardRows, type TQrbBoardCursor, type TQrbBoardWithMembers } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { authorize, canAdministerQrb, hasRole } from '../../policies';
import { keysetPage, type TKeysetPage } from '../keyset-page';

const CURSOR_PATTERN = /^(\d{4}-\d{2}-\d{2})_([0-9a-f-]{36})$/;

function parseBoardCursor(cursor: string): TQrbBoardCursor {
  const match = CURSOR_PATTERN.exec(cursor);
  if (!match || !isCalendarDate(match[1])) {
    throw new AppError('VALIDATION_FAILED', 'after: not a cursor this list returned (use nextCursor as given)', { field: 'after' });
  }
  return { convenesOn: match[1], id: match[2]! };
}

const REFUSAL = { field: 'role', message: 'boards are read by OPM administrators and by the QRB members who sit on them' } as const;

/** The roster entry of a QRB member reading boards, or undefined for OPM (who reads them all). */
async function memberScope(deps: TAppDeps, actor: TUserActor): Promise<string | undefined> {
  if (canAdministerQrb(actor)) return undefined;
  authorize(hasRole(actor, 'qrb_member'), REFUSAL);
  // A member not (or no longer) on the active roster reads no board, as they read no case; a nil id matches none.
  const member = await getQrbMemberByUserId(deps.db, actor.userId);
  return member !== undefined && member.isActive ? member.id : '00000000-0000-0000-0000-000000000000';
}

export interface TQrbBoardWithCases {
  readonly board: TQrbBoardWithMembers;
  readonly caseCount: number;
}

/** Boards by the day they convene, from and to a day: all of them for OPM, their own for a QRB member. */
export async function listQrbBoards(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly from?: string | undefined; readonly to?: string | undefined; readonly after?: string | undefined; readonly limit: number },
): Promise<TKeysetPage<TQrbBoardWithCases>> {
  const memberId = await memberScope(deps, request.actor);
  const boards = await listQrbBoardRows(deps.db, {
    from: request.from,
    to: request.to,
    memberId,
    after: request.after === undefined ? undefined : parseBoardCursor(request.after),
    limit: request.limit + 1,
  });
  const counts = await countQrbCasesByBoard(deps.db, boards.map((b) => b.id));
  const page = keysetPage(boards, request.limit, (b) => `${b.convenesOn}_${b.id}`);
  return { items: page.items.map((board) => ({ board, caseCount: counts.get(board.id) ?? 0 })), nextCursor: page.nextCursor };
}

/** One board: OPM, or a member who sits on it. */
export async function getQrbBoard(deps: TAppDeps, request: { readonly actor: TUserActor; readonly id: string }): Promise<TQrbBoardWithCases> {
  const memberId = await memberScope(deps, request.actor);
  const board = await getQrbBoardById(deps.db, request.id);
  if (!board) throw new AppError('NOT_FOUND', `id: no QRB board ${request.id}`, { field: 'id' });
  authorize(memberId === undefined || board.members.some((m) => m.id === memberId), { field: 'id', message: 'you do not sit on this board' });
  const counts = await countQrbCasesByBoard(deps.db, [board.id]);
  return { board, caseCount: counts.get(board.id) ?? 0 };
}
