import { APPLICATION_METHOD_LABELS, APPLICATION_METHODS, resolveNarrativeLimits, type TPolicyPack } from '@ecq/core';
import type { THiringActionRow, THiringActionWithAgency } from '@ecq/db';
import { z } from 'zod';
import { ZNarrativeLimitsResponse } from './narrative-report';

export const ZHiringActionResponse = z.object({
  id: z.uuid(),
  agencyId: z.uuid(),
  agencyCode: z.string(),
  agencyName: z.string(),
  positionTitle: z.string(),
  announcementNumber: z.string().nullable(),
  initiatedOn: z.iso.date(),
  announcementOpensOn: z.iso.date(),
  announcementClosesOn: z.iso.date(),
  applicationMethod: z.enum(APPLICATION_METHODS),
  applicationMethodLabel: z.string(),
  /** The governing pack, frozen when the action was created from its initiation date, and why it governs. */
  policy: z.object({ packId: z.string(), modelTitle: z.string(), reason: z.string(), frozenOn: z.iso.date() }),
  /** The action's own overrides, as stated, and the limits in force (defaults with the overrides applied). */
  narrativeLimitOverrides: z.record(z.string(), z.unknown()),
  narrativeLimits: ZNarrativeLimitsResponse,
  qrbCaseDueOn: z.iso.date(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int().min(1),
});
export type THiringActionResponse = z.infer<typeof ZHiringActionResponse>;

/** A hiring action as the API shows it; `pack` is the frozen pack when this deployment still knows it. */
export function presentHiringAction(row: THiringActionWithAgency, pack: TPolicyPack | undefined): THiringActionResponse {
  const limits = resolveNarrativeLimits(row.narrativeLimits);
  return {
    id: row.id,
    agencyId: row.agencyId,
    agencyCode: row.agencyCode,
    agencyName: row.agencyName,
    positionTitle: row.positionTitle,
    announcementNumber: row.announcementNumber,
    initiatedOn: row.initiatedOn,
    announcementOpensOn: row.announcementOpensOn,
    announcementClosesOn: row.announcementClosesOn,
    applicationMethod: row.applicationMethod,
    applicationMethodLabel: APPLICATION_METHOD_LABELS[row.applicationMethod],
    policy: { packId: row.packId, modelTitle: pack?.model.title ?? row.packId, reason: row.policyReason, frozenOn: row.initiatedOn },
    narrativeLimitOverrides: { ...row.narrativeLimits },
    narrativeLimits: { ...limits, allowedAcronyms: [...limits.allowedAcronyms] },
    qrbCaseDueOn: row.qrbCaseDueOn,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** A hiring action in an audit event: its terms, frozen pack and due date. */
export function presentHiringActionAudit(row: THiringActionRow): Record<string, unknown> {
  return {
    hiringActionId: row.id,
    agencyId: row.agencyId,
    positionTitle: row.positionTitle,
    announcementNumber: row.announcementNumber,
    initiatedOn: row.initiatedOn,
    announcementOpensOn: row.announcementOpensOn,
    announcementClosesOn: row.announcementClosesOn,
    applicationMethod: row.applicationMethod,
    packId: row.packId,
    narrativeLimits: { ...row.narrativeLimits },
    qrbCaseDueOn: row.qrbCaseDueOn,
    version: row.version,
  };
}
