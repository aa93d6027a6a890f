import { AppError, describeCaseState, reviewRoundOf, type TRecordQrbReviewRequest } from '@ecq/core';
import { recordAuditEvent, saveQrbReview, type TQrbMemberWithUser, type TQrbReviewRow } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { loadQrbCase } from './load-qrb-case';
import { ecqsUnderReview } from './qrb-board-reviews';
import { loadActionOfCase } from './run-qrb-case-check';

/**
 * A member of the case's board records (or corrects) their own review while the case is in review (issue
 * 6): for each ECQ of the action's model *meets* or *does not meet* with remarks, and a recommendation. A
 * review may be saved before it is complete; the decision waits for every member's full review. Quoting the
 * review's version read (0 for a first one) keeps a second tab from overwriting the first. Audited
 * `qrb_case.review_recorded` for OPM only: members' individual findings are not the agency's to read.
 * @throws AppError `CONFLICT` when the case is not in review or the version is stale; `VALIDATION_FAILED`
 * naming `findings[i].ecqCode` for an ECQ the model does not have or one recorded twice.
 */
export async function recordQrbReview(
  deps: TAppDeps,
  request: TRecordQrbReviewRequest & { readonly actor: TUserActor; readonly id: string; readonly requestId: string },
): Promise<{ readonly review: TQrbReviewRow; readonly member: TQrbMemberWithUser }> {
  const { actor } = request;
  const { row, board, seat } = await loadQrbCase(deps.db, { actor, id: request.id, kind: 'review' });
  if (row.state.status !== 'in_review' || board === undefined || seat === undefined) {
    throw new AppError('CONFLICT', `status: reviews are recorded while the case is in review; it is ${describeCaseState(row.state)}`, {
      field: 'status',
      problems: [{ path: '$.status', message: `the case is ${describeCaseState(row.state)}` }],
    });
  }
  const { pack } = await loadActionOfCase(deps, row);
  const codes = new Set(ecqsUnderReview(pack).map((e) => e.code));
  const seen = new Set<string>();
  request.findings.forEach((finding, i) => {
    const field = `findings[${i}].ecqCode`;
    if (!codes.has(finding.ecqCode)) {
      throw new AppError('VALIDATION_FAILED', `${field}: "${finding.ecqCode}" is not an ECQ of ${pack.model.title}; use ${[...codes].join(', ')}`, { field });
    }
    if (seen.has(finding.ecqCode)) throw new AppError('VALIDATION_FAILED', `${field}: ${finding.ecqCode} is recorded twice; keep one finding`, { field });
    seen.add(finding.ecqCode);
  });
  const round = reviewRoundOf(row.state);
  return deps.db.transaction(async (tx) => {
    const result = await saveQrbReview(tx, {
      caseId: row.id,
      round,
      memberId: seat.id,
      boardId: board.id,
      expectedVersion: request.version,
      recommendation: request.recommendation,
      findings: request.findings.map((f) => ({ ecqCode: f.ecqCode, finding: f.finding, remarks: f.remarks })),
    });
    if (result.kind === 'stale') {
      const current = result.current?.version ?? 0;
      throw new AppError(
        'CONFLICT',
        `version: your review of this case is at version ${current}, not ${request.version}; it was saved elsewhere since you read it — reload and reapply your change`,
        { field: 'version' },
      );
    }
    await recordAuditEvent(tx, {
      actorUserId: actor.userId,
      agencyId: null,
      action: 'qrb_case.review_recorded',
      entityType: 'qrb_case',
      entityId: row.id,
      before: result.before === undefined ? null : { recommendation: result.before.recommendation, findings: result.before.findings, version: result.before.version },
      after: { caseId: row.id, round, memberId: seat.id, boardId: board.id, recommendation: result.row.recommendation, findings: result.row.findings, version: result.row.version },
      requestId: request.requestId,
    });
    return { review: result.row, member: seat };
  });
}
