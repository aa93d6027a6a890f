import { AppError } from '@ecq/core';
import { getNarrativePackageById, recordAuditEvent, updateQrbCase as updateQrbCaseRow, type TQrbCaseRow } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { presentQrbCaseAudit } from '../../presenters/qrb-case';
import { requireWritten } from '../write-errors';
import { loadQrbCase } from './load-qrb-case';
import { notifyQrbCase } from './notify-qrb-case';
import { assertQrbCaseEditable } from './qrb-case-editing';

/**
 * The candidate shares one of their ECQ packages with their case (issue 6): its current version is attached
 * as it is now — versions never change, so the case holds a snapshot, and later edits stay the candidate's
 * until they share again. Only while the case is a draft or returned. Audited `qrb_case.narrative_shared`
 * (version numbers, never the text); the agency is told after commit.
 * @throws AppError `NOT_FOUND` naming `packageId` for a package that is not the candidate's.
 */
export async function shareNarrativeWithQrbCase(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly id: string; readonly packageId: string; readonly requestId: string },
): Promise<TQrbCaseRow> {
  const { actor } = request;
  const { row } = await loadQrbCase(deps.db, { actor, id: request.id, kind: 'share' });
  assertQrbCaseEditable(row.state, 'a package is shared with');
  const pkg = await getNarrativePackageById(deps.db, request.packageId);
  // Another user's package is reported as missing: its existence is not the caller's to learn.
  if (!pkg || pkg.ownerUserId !== actor.userId) {
    throw new AppError('NOT_FOUND', `packageId: you have no ECQ package ${request.packageId}`, { field: 'packageId' });
  }
  const written = await deps.db.transaction(async (tx) => {
    const patch = { narrativePackageId: pkg.id, narrativeVersion: pkg.currentVersion };
    const result = requireWritten(await updateQrbCaseRow(tx, { id: row.id, expectedVersion: row.version, patch }), {
      entity: 'QRB case',
      id: row.id,
      sentVersion: row.version,
    });
    await recordAuditEvent(tx, {
      actorUserId: actor.userId,
      agencyId: row.agencyId,
      action: 'qrb_case.narrative_shared',
      entityType: 'qrb_case',
      entityId: row.id,
      before: presentQrbCaseAudit(result.before),
      after: { ...presentQrbCaseAudit(result.row), modelId: pkg.modelId },
      requestId: request.requestId,
    });
    return result.row;
  });
  await notifyQrbCase(deps, {
    row: written,
    audience: { agency: true, candidate: false, opm: false, board: false },
    message: `${written.candidateName} shared version ${pkg.currentVersion} of their ECQ package "${pkg.title}" with their QRB case.`,
    kind: 'qrb_case.narrative_shared',
    actorUserId: actor.userId,
  });
  return written;
}
