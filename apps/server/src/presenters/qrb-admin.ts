import { CASE_BASES, QRB_CASE_STATUSES, QRB_DEADLINE_ENFORCEMENTS, QRB_DECISION_RULES, QRB_SOURCES } from '@ecq/core';
import type { TAgencyHeadTransitionWithAgency, TNotificationRow } from '@ecq/db';
import { z } from 'zod';
import type { TLoadedQrbSettings } from '../use-cases/qrb/load-qrb-settings';
import type { TAppliedHoldPlanEntry } from '../use-cases/qrb-roster/agency-head-transitions';
import { ZSourceResponse } from './model';

export const ZAgencyHeadTransitionResponse = z.object({
  id: z.uuid(),
  agencyId: z.uuid(),
  agencyCode: z.string(),
  agencyName: z.string(),
  startedOn: z.iso.date(),
  endedOn: z.iso.date().nullable(),
  isOpen: z.boolean(),
  note: z.string(),
  createdAt: z.iso.datetime(),
  version: z.number().int().min(1),
});

export function presentAgencyHeadTransition(row: TAgencyHeadTransitionWithAgency): z.infer<typeof ZAgencyHeadTransitionResponse> {
  return {
    id: row.id,
    agencyId: row.agencyId,
    agencyCode: row.agencyCode,
    agencyName: row.agencyName,
    startedOn: row.startedOn,
    endedOn: row.endedOn,
    isOpen: row.endedOn === null,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

export const ZHoldPlanEntryResponse = z.object({
  caseId: z.uuid(),
  candidateName: z.string(),
  basis: z.enum(CASE_BASES),
  /** The case's status after the plan. */
  status: z.enum(QRB_CASE_STATUSES),
  action: z.enum(['hold', 'release', 'continue']),
  message: z.string(),
  source: ZSourceResponse,
});

export const ZAgencyHeadTransitionResultResponse = z.object({
  transition: ZAgencyHeadTransitionResponse,
  /** What happened to each of the agency's cases, and why (criterion B cases continue). */
  plan: z.array(ZHoldPlanEntryResponse),
});

export function presentHoldPlan(plan: readonly TAppliedHoldPlanEntry[]): z.infer<typeof ZHoldPlanEntryResponse>[] {
  return plan.map((entry) => ({
    caseId: entry.caseId,
    candidateName: entry.candidateName,
    basis: entry.basis,
    status: entry.status,
    action: entry.action,
    message: entry.message,
    source: entry.source,
  }));
}

export const ZQrbSettingsResponse = z.object({
  /** The settings in force: POLICY.md §2's defaults with this deployment's overrides. */
  settings: z.object({
    caseDueDays: z.number().int(),
    resubmissionDueDays: z.number().int(),
    deadlineEnforcement: z.enum(QRB_DEADLINE_ENFORCEMENTS),
    boardSize: z.number().int(),
    minBoardAgencies: z.number().int(),
    minPriorServiceMembers: z.number().int(),
    decisionRule: z.enum(QRB_DECISION_RULES),
  }),
  /** Only what this deployment changed. */
  overrides: z.record(z.string(), z.unknown()),
  sources: z.object({ deadlines: ZSourceResponse, board: ZSourceResponse, decision: ZSourceResponse, priorService: ZSourceResponse }),
  updatedAt: z.iso.datetime(),
  version: z.number().int().min(1),
});

export function presentQrbSettings(loaded: TLoadedQrbSettings): z.infer<typeof ZQrbSettingsResponse> {
  return {
    settings: { ...loaded.settings },
    overrides: { ...loaded.overrides },
    sources: { deadlines: QRB_SOURCES.deadlines, board: QRB_SOURCES.board, decision: QRB_SOURCES.decision, priorService: QRB_SOURCES.priorService },
    updatedAt: loaded.row.updatedAt.toISOString(),
    version: loaded.row.version,
  };
}

export const ZNotificationResponse = z.object({
  id: z.number().int(),
  kind: z.string(),
  message: z.string(),
  /** The page of the web app it is about. */
  link: z.string().nullable(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});

export function presentNotification(row: TNotificationRow): z.infer<typeof ZNotificationResponse> {
  return {
    id: row.id,
    kind: row.kind,
    message: row.message,
    link: row.link,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}
