import { AppError } from '@ecq/core';
import { getNarrativePackageById, getNarrativeVersion, recordAuditEvent } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { presentNarrativeAudit } from '../../presenters/narrative';
import {
  draftNarrativeMigration,
  insertMigratedNarrativePackage,
  presentMigratedNarrativeAudit,
  type TMigratedNarrativePackage,
} from '../migrate-narrative-package';
import { loadQrbCase } from './load-qrb-case';
import { notifyQrbCase } from './notify-qrb-case';
import { assertQrbCaseEditable } from './qrb-case-editing';
import { loadActionOfCase } from './run-qrb-case-check';

/**
 * The one-click migration draft (issue 6): when the package a candidate shared is written for another model
 * than the one the hiring action requires (a 2006 package on a 2025 action, POLICY.md §1), the agency drafts
 * its migration for the candidate — a NEW package of the candidate's, derived from the shared version through
 * the crosswalk (headings renamed, moved and removed evidence flagged, the new sub-competencies listed as gaps
 * to write). The shared snapshot and the case are untouched; the candidate is told, rewrites, and shares again.
 * Audited `narrative.migrated` and `qrb_case.migration_drafted` in one transaction.
 * @throws AppError `CONFLICT` naming `narrative` when nothing is shared or it is already on the action's model;
 * `UNKNOWN_CROSSWALK` when no crosswalk leads there.
 */
export async function draftQrbCaseMigration(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly id: string; readonly requestId: string },
): Promise<TMigratedNarrativePackage> {
  const { actor } = request;
  const { row } = await loadQrbCase(deps.db, { actor, id: request.id, kind: 'manage' });
  assertQrbCaseEditable(row.state, 'a migration is drafted for');
  if (row.narrativePackageId === null || row.narrativeVersion === null) {
    throw new AppError('CONFLICT', 'narrative: the candidate has not shared an ECQ package with this case yet', { field: 'narrative' });
  }
  const [{ action }, source, sourceVersion] = await Promise.all([
    loadActionOfCase(deps, row),
    getNarrativePackageById(deps.db, row.narrativePackageId),
    getNarrativeVersion(deps.db, row.narrativePackageId, row.narrativeVersion),
  ]);
  if (!source || !sourceVersion) throw new Error(`QRB case ${row.id} shares a missing narrative version`);
  if (source.modelId === action.packId) {
    throw new AppError('CONFLICT', `narrative: the shared package is already written for ${action.packId}, the model this action requires`, { field: 'narrative' });
  }
  const draft = await draftNarrativeMigration(deps, { source, sourceVersion, to: action.packId });
  const created = await deps.db.transaction(async (tx) => {
    const made = await insertMigratedNarrativePackage(tx, { source, sourceVersion, draft, createdBy: actor.userId });
    await recordAuditEvent(tx, {
      actorUserId: actor.userId,
      agencyId: null,
      action: 'narrative.migrated',
      entityType: 'narrative_package',
      entityId: made.package.id,
      before: presentNarrativeAudit(source, sourceVersion),
      after: { ...presentMigratedNarrativeAudit(made), forQrbCaseId: row.id },
      requestId: request.requestId,
    });
    await recordAuditEvent(tx, {
      actorUserId: actor.userId,
      agencyId: row.agencyId,
      action: 'qrb_case.migration_drafted',
      entityType: 'qrb_case',
      entityId: row.id,
      before: null,
      after: { caseId: row.id, fromPackageId: source.id, fromVersion: sourceVersion.number, draftPackageId: made.package.id, crosswalkId: made.migration.crosswalkId },
      requestId: request.requestId,
    });
    return made;
  });
  await notifyQrbCase(deps, {
    row,
    audience: { agency: false, candidate: true, opm: false, board: false },
    message:
      `Your ECQ package "${source.title}" is written for ${source.modelId}, but ${action.positionTitle} requires ${action.packId}. ` +
      `A migration draft is ready for you to rework (${created.migration.gaps.length} new sub-competenc${created.migration.gaps.length === 1 ? 'y' : 'ies'} to write); share it with the case when it is ready.`,
    kind: 'qrb_case.migration_drafted',
    actorUserId: actor.userId,
    link: `/narratives/${created.package.id}`,
  });
  return created;
}
