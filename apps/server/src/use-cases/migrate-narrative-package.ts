import {
  AppError,
  getCrosswalk,
  getPack,
  migrateNarrative,
  NARRATIVE_TITLE_MAX_LENGTH,
  type TNarrativeMigration,
} from '@ecq/core';
import {
  insertNarrativePackage,
  recordAuditEvent,
  summarizeNarrativeAnalysis,
  type TNarrativePackageRow,
  type TNarrativeVersionRow,
} from '@ecq/db';
import type { TUserActor } from '../auth/actor';
import type { TAppDeps } from '../deps';
import { presentNarrativeAudit } from '../presenters/narrative';
import { loadCurrentNarrativeVersion, loadNarrativePackage } from './load-narrative-package';
import { analyzeNarrativeWith, storedNarrativeLimits } from './narrative-analysis';

/** The migrated draft's title: the original's with the target model named, cut to the title limit. */
function draftTitle(title: string, toModelId: string): string {
  const suffix = ` (${toModelId} draft)`;
  return `${title.slice(0, NARRATIVE_TITLE_MAX_LENGTH - suffix.length)}${suffix}`;
}

/**
 * Migrates the current version of a package the actor owns to another model through the crosswalk between
 * the two (core `migrateNarrative`; POLICY.md §1): ECQ headings renamed, moved evidence marked, removed items
 * flagged, new sub-competencies with no evidence listed as gaps. The draft becomes a NEW package owned by the
 * same user (the original is untouched), analysed against the target model, and audited
 * `narrative.migrated` in the same transaction.
 * @throws AppError `UNKNOWN_MODEL` / `UNKNOWN_CROSSWALK` naming `to`.
 */
export async function migrateNarrativePackage(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly id: string; readonly to: string; readonly requestId: string },
): Promise<{ readonly package: TNarrativePackageRow; readonly version: TNarrativeVersionRow; readonly migration: TNarrativeMigration }> {
  const { actor } = request;
  const source = await loadNarrativePackage(deps.db, { actor, id: request.id, access: 'edit' });
  const sourceVersion = await loadCurrentNarrativeVersion(deps.db, source);
  const snapshot = await deps.packs.current();
  const fromPack = getPack(source.modelId, snapshot.packs, 'modelId');
  const toPack = getPack(request.to, snapshot.packs, 'to');
  let crosswalk;
  try {
    crosswalk = getCrosswalk(fromPack.model.id, toPack.model.id, snapshot.crosswalks);
  } catch (error) {
    if (error instanceof AppError && error.code === 'UNKNOWN_CROSSWALK') {
      throw new AppError('UNKNOWN_CROSSWALK', `to: ${error.message.replace(/^crosswalk: /, '')}`, { field: 'to', cause: error });
    }
    throw error;
  }
  const migration = migrateNarrative(sourceVersion.text, { crosswalk, crosswalks: snapshot.crosswalks });
  const limits = storedNarrativeLimits(source.limits);
  const report = analyzeNarrativeWith(deps, { text: migration.draftText, pack: toPack, limits });
  return deps.db.transaction(async (tx) => {
    const created = await insertNarrativePackage(tx, {
      ownerUserId: source.ownerUserId,
      agencyId: source.agencyId,
      title: draftTitle(source.title, toPack.id),
      candidateName: source.candidateName,
      modelId: toPack.id,
      limits,
      derivedFrom: { packageId: source.id, version: sourceVersion.number },
      firstVersion: { text: migration.draftText, source: 'migration', createdBy: actor.userId, analysis: summarizeNarrativeAnalysis(report) },
    });
    await recordAuditEvent(tx, {
      actorUserId: actor.userId,
      // A draft is the candidate's alone: agency staff must not learn of it from their audit log either.
      agencyId: null,
      action: 'narrative.migrated',
      entityType: 'narrative_package',
      entityId: created.package.id,
      before: presentNarrativeAudit(source, sourceVersion),
      after: {
        ...presentNarrativeAudit(created.package, created.version),
        crosswalkId: migration.crosswalkId,
        gaps: migration.gaps.map((g) => g.code),
      },
      requestId: request.requestId,
    });
    return { ...created, migration };
  });
}
