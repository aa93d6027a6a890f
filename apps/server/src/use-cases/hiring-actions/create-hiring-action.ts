import { AppError, deriveHiringActionTerms, isAppError, type TCreateHiringActionRequest } from '@ecq/core';
import { getHiringActionById, insertHiringAction, recordAuditEvent, type THiringActionWithAgency } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { presentHiringActionAudit } from '../../presenters/hiring-action';
import { authorize, canCreateHiringActions } from '../../policies';
import { loadQrbSettings } from '../qrb/load-qrb-settings';

/**
 * Creates a hiring action for the actor's agency (issue 6; POLICY.md §2): the governing pack is chosen from
 * the initiation date by `policyFor('hiring', …)` under this deployment's settings and frozen on the action
 * with its reason (POLICY.md §1: actions initiated on or after 2025-07-01 use the 2025 model); the
 * per-vacancy narrative limits override the defaults (POLICY.md §3); the QRB case is due `caseDueDays` (90)
 * after the announcement closes (POLICY.md §2, medium; a setting). Audited `hiring_action.created` in the
 * same transaction.
 * @throws AppError `VALIDATION_FAILED` naming the field (an announcement closing before it opens, limits that
 * contradict each other); `NO_GOVERNING_POLICY` when no model governs hiring on the initiation date.
 */
export async function createHiringAction(
  deps: TAppDeps,
  request: TCreateHiringActionRequest & { readonly actor: TUserActor; readonly requestId: string },
): Promise<THiringActionWithAgency> {
  const { actor } = request;
  authorize(canCreateHiringActions(actor), { field: 'role', message: "only an agency's executive-resources staff create hiring actions" });
  const agencyId = actor.agencyId!;
  const [snapshot, qrb] = await Promise.all([deps.packs.current(), loadQrbSettings(deps.db)]);
  let terms;
  try {
    terms = deriveHiringActionTerms({
      initiatedOn: request.initiatedOn,
      announcementOpensOn: request.announcementOpensOn,
      announcementClosesOn: request.announcementClosesOn,
      applicationMethod: request.applicationMethod,
      narrativeLimits: request.narrativeLimits,
      policySettings: snapshot.settings,
      packs: snapshot.packs,
      settings: qrb.settings,
    });
  } catch (error) {
    // The limits are checked under the name core gives them; this request calls them narrativeLimits.
    if (isAppError(error) && error.field?.startsWith('limits.') === true) {
      const rename = (text: string) => text.replace(/\blimits\./g, 'narrativeLimits.');
      throw new AppError(error.code, rename(error.message), {
        field: rename(error.field),
        problems: error.problems.map((p) => ({ path: p.path.replace('$.limits.', '$.narrativeLimits.'), message: rename(p.message) })),
      });
    }
    throw error;
  }
  const id = await deps.db.transaction(async (tx) => {
    const row = await insertHiringAction(tx, {
      agencyId,
      positionTitle: request.positionTitle,
      announcementNumber: request.announcementNumber ?? null,
      initiatedOn: terms.initiatedOn,
      announcementOpensOn: terms.announcementOpensOn,
      announcementClosesOn: terms.announcementClosesOn,
      applicationMethod: terms.applicationMethod,
      packId: terms.policy.pack.id,
      policyReason: terms.policy.reason,
      narrativeLimits: { ...terms.narrativeLimitOverrides },
      qrbCaseDueOn: terms.qrbCaseDueOn,
      createdBy: actor.userId,
    });
    await recordAuditEvent(tx, {
      actorUserId: actor.userId,
      agencyId,
      action: 'hiring_action.created',
      entityType: 'hiring_action',
      entityId: row.id,
      before: null,
      after: presentHiringActionAudit(row),
      requestId: request.requestId,
    });
    return row.id;
  });
  return (await getHiringActionById(deps.db, id))!;
}
