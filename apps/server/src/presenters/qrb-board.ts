import { BOARD_ISSUE_CODES, SES_APPOINTMENT_TYPES, type TBoardCompositionCheck } from '@ecq/core';
import type { TQrbBoardWithMembers, TQrbMemberWithUser } from '@ecq/db';
import { z } from 'zod';
import { ZSourceResponse } from './model';

export const ZQrbMemberResponse = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  agencyId: z.uuid().nullable(),
  agencyCode: z.string().nullable(),
  agencyName: z.string().nullable(),
  appointment: z.enum(SES_APPOINTMENT_TYPES),
  hasPriorQrbService: z.boolean(),
  isActive: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int().min(1),
});
export type TQrbMemberResponse = z.infer<typeof ZQrbMemberResponse>;

const ZBoardIssue = z.object({
  code: z.enum(BOARD_ISSUE_CODES),
  message: z.string(),
  memberIds: z.array(z.string()),
  source: ZSourceResponse,
});

/** core `checkBoardComposition`: every problem (errors refuse the board, warnings advise). */
export const ZBoardCheckResponse = z.object({
  isValid: z.boolean(),
  errors: z.array(ZBoardIssue),
  warnings: z.array(ZBoardIssue),
  /** The case's agency the conflict-of-interest rule was checked against, when it was checked for a case. */
  candidateAgencyId: z.string().nullable(),
});

export const ZQrbBoardResponse = z.object({
  id: z.uuid(),
  convenesOn: z.iso.date(),
  label: z.string().nullable(),
  members: z.array(ZQrbMemberResponse),
  /** The board's composition under the current settings, without a case's conflicts. */
  check: ZBoardCheckResponse,
  /** Cases with the board now: assigned, in review, held from either, or decided by it. */
  caseCount: z.number().int().min(0),
  createdAt: z.iso.datetime(),
  version: z.number().int().min(1),
});
export type TQrbBoardResponse = z.infer<typeof ZQrbBoardResponse>;

export function presentQrbMember(member: TQrbMemberWithUser): TQrbMemberResponse {
  return {
    id: member.id,
    userId: member.userId,
    name: member.name,
    email: member.email,
    agencyId: member.agencyId,
    agencyCode: member.agencyCode,
    agencyName: member.agencyName,
    appointment: member.appointment,
    hasPriorQrbService: member.hasPriorQrbService,
    isActive: member.isActive,
    createdAt: member.createdAt.toISOString(),
    updatedAt: member.updatedAt.toISOString(),
    version: member.version,
  };
}

export function presentBoardCheck(check: TBoardCompositionCheck): z.infer<typeof ZBoardCheckResponse> {
  const issue = (i: TBoardCompositionCheck['errors'][number]) => ({ code: i.code, message: i.message, memberIds: [...i.memberIds], source: i.source });
  return { isValid: check.isValid, errors: check.errors.map(issue), warnings: check.warnings.map(issue), candidateAgencyId: check.candidateAgencyId ?? null };
}

export function presentQrbBoard(board: TQrbBoardWithMembers, extra: { readonly check: TBoardCompositionCheck; readonly caseCount: number }): TQrbBoardResponse {
  return {
    id: board.id,
    convenesOn: board.convenesOn,
    label: board.label,
    members: board.members.map(presentQrbMember),
    check: presentBoardCheck(extra.check),
    caseCount: extra.caseCount,
    createdAt: board.createdAt.toISOString(),
    version: board.version,
  };
}

/** A roster member in an audit event. */
export function presentQrbMemberAudit(member: TQrbMemberWithUser): Record<string, unknown> {
  return {
    memberId: member.id,
    userId: member.userId,
    agencyId: member.agencyId,
    appointment: member.appointment,
    hasPriorQrbService: member.hasPriorQrbService,
    isActive: member.isActive,
    version: member.version,
  };
}
