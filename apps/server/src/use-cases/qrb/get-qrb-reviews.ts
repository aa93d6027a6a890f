import { AppError, describeCaseState, type TBoardDecisionResult } from '@ecq/core';
import type { TQrbBoardWithMembers, TQrbReviewRow } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { loadQrbCase } from './load-qrb-case';
import { loadQrbSettings } from './load-qrb-settings';
import { ecqsUnderReview, readBoardReviews } from './qrb-board-reviews';
import { loadActionOfCase } from './run-qrb-case-check';

/**
 * The board's reviews of the case's current round, the ECQs under review, the reader's own review, and what
 * the reviews decide now under the deployment's rule (POLICY.md §2) — for the board and OPM.
 * @throws AppError `CONFLICT` naming `status` while the case has no board.
 */
export async function getQrbReviews(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly id: string },
): Promise<{
  readonly round: number;
  readonly board: TQrbBoardWithMembers;
  readonly ecqs: readonly { readonly code: string; readonly name: string }[];
  readonly reviews: readonly TQrbReviewRow[];
  readonly mineMemberId: string | undefined;
  readonly derivation: TBoardDecisionResult;
}> {
  const { row, board, seat } = await loadQrbCase(deps.db, { actor: request.actor, id: request.id, kind: 'reviews' });
  if (board === undefined) {
    throw new AppError('CONFLICT', `status: the case is ${describeCaseState(row.state)} and has no board yet`, { field: 'status' });
  }
  const [{ pack }, qrb] = await Promise.all([loadActionOfCase(deps, row), loadQrbSettings(deps.db)]);
  const { round, reviews, derivation } = await readBoardReviews(deps.db, { row, board, pack, settings: qrb.settings });
  return { round, board, ecqs: ecqsUnderReview(pack), reviews, mineMemberId: seat?.id, derivation };
}
