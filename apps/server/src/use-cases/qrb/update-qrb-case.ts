import { AppError, type TUpdateQrbCaseRequest } from '@ecq/core';
import { recordAuditEvent, updateQrbCase as updateQrbCaseRow, type TQrbCasePatch, type TQrbCaseRow } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { presentQrbCaseAudit } from '../../presenters/qrb-case';
import { requireWritten, staleVersionError } from '../write-errors';
import { loadQrbCase } from './load-qrb-case';
import { assertCertifiedByNow, assertQrbCaseEditable } from './qrb-case-editing';
import { resolveCandidateAccount } from './resolve-candidate-account';

/**
 * Changes a draft or returned case (the agency's staff), if it is still at the version read: the candidate
 * (a new candidate drops the package the old one shared), the basis (of a draft only: a resubmission answers
 * the same case), and the basis's evidence and the certification (`null` clears). Audited `qrb_case.updated`.
 * @throws AppError `CONFLICT` for a case with OPM or decided for good, or a stale version.
 */
export async function updateQrbCase(
  deps: TAppDeps,
  request: TUpdateQrbCaseRequest & { readonly actor: TUserActor; readonly id: string; readonly requestId: string },
): Promise<TQrbCaseRow> {
  const { actor } = request;
  const { row } = await loadQrbCase(deps.db, { actor, id: request.id, kind: 'manage' });
  if (row.version !== request.version) throw staleVersionError('QRB case', request.version, row.version);
  assertQrbCaseEditable(row.state, 'the agency changes');
  if (request.basis !== undefined && request.basis !== row.basis && row.state.status !== 'draft') {
    throw new AppError('CONFLICT', 'basis: a returned case is resubmitted on the basis it was decided on; build a new case for another basis', { field: 'basis' });
  }
  assertCertifiedByNow(deps, request.certification);
  const patch: { -readonly [K in keyof TQrbCasePatch]: TQrbCasePatch[K] } = {};
  if (request.candidateName !== undefined) patch.candidateName = request.candidateName;
  if (request.candidateEmail !== undefined) {
    const candidateUserId = request.candidateEmail === null ? null : (await resolveCandidateAccount(deps.db, request.candidateEmail)).id;
    if (candidateUserId !== row.candidateUserId) {
      patch.candidateUserId = candidateUserId;
      patch.narrativePackageId = null;
      patch.narrativeVersion = null;
    }
  }
  if (request.basis !== undefined) patch.basis = request.basis;
  if (request.cdpProgram !== undefined) patch.cdpProgram = request.cdpProgram;
  if (request.uniqueQualifications !== undefined) patch.uniqueQualifications = request.uniqueQualifications;
  if (request.certification !== undefined) {
    patch.certifiedBy = request.certification?.certifiedBy ?? null;
    patch.certifiedOn = request.certification?.certifiedOn ?? null;
  }
  return deps.db.transaction(async (tx) => {
    const written = requireWritten(await updateQrbCaseRow(tx, { id: row.id, expectedVersion: request.version, patch }), {
      entity: 'QRB case',
      id: row.id,
      sentVersion: request.version,
    });
    await recordAuditEvent(tx, {
      actorUserId: actor.userId,
      agencyId: row.agencyId,
      action: 'qrb_case.updated',
      entityType: 'qrb_case',
      entityId: row.id,
      before: presentQrbCaseAudit(written.before),
      after: presentQrbCaseAudit(written.row),
      requestId: request.requestId,
    });
    return written.row;
  });
}
