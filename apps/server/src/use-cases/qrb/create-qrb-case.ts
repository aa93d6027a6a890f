import { createDraftCase, type TCreateQrbCaseRequest } from '@ecq/core';
import { insertQrbCase, recordAuditEvent, type TQrbCaseRow } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { authorize, canManageQrbCase } from '../../policies';
import { presentQrbCaseAudit } from '../../presenters/qrb-case';
import { loadHiringAction } from '../hiring-actions/load-hiring-action';
import { assertCertifiedByNow } from './qrb-case-editing';
import { resolveCandidateAccount } from './resolve-candidate-account';

/**
 * Builds a draft QRB case for a candidate selected under one of the actor's agency's hiring actions (issue
 * 6): exactly one basis, A, B or C (POLICY.md §2, high), the candidate's account when they have one (so they
 * can share their ECQ package), and what the basis needs so far. Audited `qrb_case.created` in the same
 * transaction.
 * @throws AppError `NOT_FOUND` naming `hiringActionId` or `candidateEmail`; `FORBIDDEN` for another agency's action.
 */
export async function createQrbCase(
  deps: TAppDeps,
  request: TCreateQrbCaseRequest & { readonly actor: TUserActor; readonly requestId: string },
): Promise<TQrbCaseRow> {
  const { actor } = request;
  const action = await loadHiringAction(deps.db, { actor, id: request.hiringActionId, field: 'hiringActionId' });
  authorize(canManageQrbCase(actor, action), { field: 'hiringActionId', message: "only the action's agency's executive-resources staff build its QRB cases" });
  const candidate = request.candidateEmail === undefined ? null : await resolveCandidateAccount(deps.db, request.candidateEmail);
  assertCertifiedByNow(deps, request.certification);
  return deps.db.transaction(async (tx) => {
    const row = await insertQrbCase(tx, {
      hiringActionId: action.id,
      agencyId: action.agencyId,
      candidateName: request.candidateName,
      candidateUserId: candidate?.id ?? null,
      basis: request.basis,
      state: createDraftCase(),
      cdpProgram: request.cdpProgram ?? null,
      uniqueQualifications: request.uniqueQualifications ?? null,
      certifiedBy: request.certification?.certifiedBy ?? null,
      certifiedOn: request.certification?.certifiedOn ?? null,
      createdBy: actor.userId,
    });
    await recordAuditEvent(tx, {
      actorUserId: actor.userId,
      agencyId: row.agencyId,
      action: 'qrb_case.created',
      entityType: 'qrb_case',
      entityId: row.id,
      before: null,
      after: presentQrbCaseAudit(row),
      requestId: request.requestId,
    });
    return row;
  });
}
