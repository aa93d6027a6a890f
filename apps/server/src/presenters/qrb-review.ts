import {
  DECISION_ISSUE_CODES,
  ECQ_FINDINGS,
  QRB_CASE_STATUSES,
  QRB_DECISION_RULES,
  QRB_OUTCOMES,
  QRB_RECOMMENDATIONS,
  type TBoardDecisionResult,
  type TDecisionIssue,
  type TQrbCaseStatus,
} from '@ecq/core';
import type { TAuditEventRow, TQrbBoardWithMembers, TQrbMemberWithUser, TQrbReviewRow } from '@ecq/db';
import { z } from 'zod';
import { ZEcqDetermination } from './qrb-case';

/** A case's timeline and its board's reviews, as the API shows them. */
export const ZQrbTimelineResponse = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      occurredAt: z.iso.datetime(),
      action: z.string(),
      label: z.string(),
      actorName: z.string().nullable(),
      /** The case's status after the event, when the event recorded it. */
      status: z.enum(QRB_CASE_STATUSES).nullable(),
    }),
  ),
});

/** A timeline entry: the audited event as a person reads it, with the status it left the case in. */
export function presentQrbTimelineEntry(
  entry: { readonly event: TAuditEventRow; readonly actorName: string | null },
  labels: Readonly<Record<string, string>>,
): z.infer<typeof ZQrbTimelineResponse>['items'][number] {
  const after = entry.event.after as { status?: unknown } | null;
  const status = typeof after?.status === 'string' && (QRB_CASE_STATUSES as readonly string[]).includes(after.status) ? (after.status as TQrbCaseStatus) : null;
  return {
    id: entry.event.id,
    occurredAt: entry.event.occurredAt.toISOString(),
    action: entry.event.action,
    label: labels[entry.event.action] ?? entry.event.action,
    actorName: entry.actorName,
    status,
  };
}

const ZMemberFinding = z.object({ ecqCode: z.string(), finding: z.enum(ECQ_FINDINGS), remarks: z.string() });

export const ZQrbReviewResponse = z.object({
  memberId: z.uuid(),
  memberName: z.string(),
  agencyName: z.string().nullable(),
  recommendation: z.enum(QRB_RECOMMENDATIONS),
  findings: z.array(ZMemberFinding),
  updatedAt: z.iso.datetime(),
  version: z.number().int().min(1),
});

const ZDecisionIssue = z.object({ code: z.enum(DECISION_ISSUE_CODES), message: z.string(), ecqCodes: z.array(z.string()), memberIds: z.array(z.string()) });

export const ZQrbReviewsResponse = z.object({
  round: z.number().int().min(1),
  boardId: z.uuid(),
  ecqs: z.array(z.object({ code: z.string(), name: z.string() })),
  reviews: z.array(ZQrbReviewResponse),
  /** The signed-in member's own review, when they sit on the board and have recorded one. */
  mine: ZQrbReviewResponse.nullable(),
  /** What the reviews decide now under the deployment's rule, or what is still missing. */
  derivation: z.discriminatedUnion('ok', [
    z.object({
      ok: z.literal(true),
      outcome: z.enum(QRB_OUTCOMES),
      rule: z.enum(QRB_DECISION_RULES),
      ecqs: z.array(ZEcqDetermination),
      recommendations: z.object({ approve: z.number().int(), disapprove: z.number().int() }),
      warnings: z.array(ZDecisionIssue),
    }),
    z.object({ ok: z.literal(false), rule: z.enum(QRB_DECISION_RULES), problems: z.array(ZDecisionIssue) }),
  ]),
});

/** One member's review, with the member's name and agency when known. */
export function presentQrbReview(row: TQrbReviewRow, member: Pick<TQrbMemberWithUser, 'name' | 'agencyName'> | undefined): z.infer<typeof ZQrbReviewResponse> {
  return {
    memberId: row.memberId,
    memberName: member?.name ?? row.memberId,
    agencyName: member?.agencyName ?? null,
    recommendation: row.recommendation,
    findings: row.findings.map((f) => ({ ...f })),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export function presentQrbReviews(request: {
  readonly round: number;
  readonly board: TQrbBoardWithMembers;
  readonly ecqs: readonly { readonly code: string; readonly name: string }[];
  readonly reviews: readonly TQrbReviewRow[];
  readonly mineMemberId: string | undefined;
  readonly derivation: TBoardDecisionResult;
}): z.infer<typeof ZQrbReviewsResponse> {
  const present = (row: TQrbReviewRow) => presentQrbReview(row, request.board.members.find((m) => m.id === row.memberId));
  const mine = request.reviews.find((r) => r.memberId === request.mineMemberId);
  const issue = (i: TDecisionIssue) => ({ code: i.code, message: i.message, ecqCodes: [...i.ecqCodes], memberIds: [...i.memberIds] });
  const { derivation } = request;
  return {
    round: request.round,
    boardId: request.board.id,
    ecqs: request.ecqs.map((e) => ({ code: e.code, name: e.name })),
    reviews: request.reviews.map(present),
    mine: mine === undefined ? null : present(mine),
    derivation: derivation.ok
      ? {
          ok: true,
          outcome: derivation.outcome,
          rule: derivation.rule,
          ecqs: derivation.ecqs.map((e) => ({ ...e })),
          recommendations: { ...derivation.recommendations },
          warnings: derivation.warnings.map(issue),
        }
      : { ok: false, rule: derivation.rule, problems: derivation.problems.map(issue) },
  };
}
