import { deriveBoardDecision, ecqsOf, reviewRoundOf, type TBoardDecisionResult, type TMemberReview, type TPolicyPack, type TQrbSettings } from '@ecq/core';
import { listQrbReviews, type TDatabase, type TQrbBoardWithMembers, type TQrbCaseRow, type TQrbReviewRow } from '@ecq/db';

/** The ECQs a board decides on: those of the action's frozen model, in order. */
export function ecqsUnderReview(pack: TPolicyPack): { readonly code: string; readonly name: string }[] {
  return ecqsOf(pack.model).map((e) => ({ code: e.code, name: e.name }));
}

/** A stored review as core's decision rule reads it. */
export function toMemberReview(row: TQrbReviewRow): TMemberReview {
  return { memberId: row.memberId, recommendation: row.recommendation, findings: row.findings.map((f) => ({ ...f })) };
}

/**
 * The reviews of the case's current round by the members of its board, and the decision they derive under
 * the deployment's rule (core `deriveBoardDecision`; POLICY.md §2, medium: unanimous by default).
 */
export async function readBoardReviews(
  db: TDatabase,
  request: {
    readonly row: TQrbCaseRow;
    readonly board: TQrbBoardWithMembers;
    readonly pack: TPolicyPack;
    readonly settings: TQrbSettings;
    readonly boardRemarks?: { readonly general?: string | undefined; readonly byEcq?: Readonly<Record<string, string>> | undefined } | undefined;
  },
): Promise<{ readonly round: number; readonly reviews: readonly TQrbReviewRow[]; readonly derivation: TBoardDecisionResult }> {
  const round = reviewRoundOf(request.row.state);
  const reviews = (await listQrbReviews(db, { caseId: request.row.id, round })).filter((r) => r.boardId === request.board.id);
  const derivation = deriveBoardDecision({
    ecqs: ecqsUnderReview(request.pack),
    memberIds: request.board.members.map((m) => m.id),
    reviews: reviews.map(toMemberReview),
    boardRemarks: request.boardRemarks,
    memberNames: Object.fromEntries(request.board.members.map((m) => [m.id, m.name])),
    settings: request.settings,
  });
  return { round, reviews, derivation };
}
