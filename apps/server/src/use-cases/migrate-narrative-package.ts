import {
  AppError,
  getCrosswalk,
  getPack,
  migrateNarrative,
  NARRATIVE_TITLE_MAX_LENGTH,
  type TNarrativeLimitsOverrides,
  type TNarrativeMigration,
  type TNarrativeReport,
  type TPolicyPack,
} from '@ecq/core';
import {
  insertNarrativePackage,
  recordAuditEvent,
  summarizeNarrativeAnalysis,
  type TDatabase,
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
): Promise<TMigratedNarrativePackage> {
  const { actor } = request;
  const source = await loadNarrativePackage(deps.db, { actor, id: request.id, access: 'edit' });
  const sourceVersion = await loadCurrentNarrativeVersion(deps.db, source);
  const draft = await draftNarrativeMigration(deps, { source, sourceVersion, to: request.to });
  return deps.db.transaction(async (tx) => {
    const created = await insertMigratedNarrativePackage(tx, { source, sourceVersion, draft, createdBy: actor.userId });
    await recordAuditEvent(tx, {
      actorUserId: actor.userId,
      // A draft is the candidate's alone: agency staff must not learn of it from their audit log either.
      agencyId: null,
      action: 'narrative.migrated',
      entityType: 'narrative_package',
      entityId: created.package.id,
      before: presentNarrativeAudit(source, sourceVersion),
      after: presentMigratedNarrativeAudit(created),
      requestId: request.requestId,
    });
    return created;
  });
}

/** A migrated draft, analysed, not yet stored. */
export interface TNarrativeMigrationDraft {
  readonly toPack: TPolicyPack;
  readonly migration: TNarrativeMigration;
  readonly limits: TNarrativeLimitsOverrides;
  readonly report: TNarrativeReport;
}

export interface TMigratedNarrativePackage {
  readonly package: TNarrativePackageRow;
  readonly version: TNarrativeVersionRow;
  readonly migration: TNarrativeMigration;
}

/**
 * Drafts the migration of one version of a package to another model (core `migrateNarrative` through the
 * crosswalk between them), analysed against the target model with the package's limits.
 * @throws AppError `UNKNOWN_MODEL` / `UNKNOWN_CROSSWALK` naming `to`.
 */
export async function draftNarrativeMigration(
  deps: TAppDeps,
  request: { readonly source: TNarrativePackageRow; readonly sourceVersion: TNarrativeVersionRow; readonly to: string },
): Promise<TNarrativeMigrationDraft> {
  const snapshot = await deps.packs.current();
  const fromPack = getPack(request.source.modelId, snapshot.packs, 'modelId');
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
  const migration = migrateNarrative(request.sourceVersion.text, { crosswalk, crosswalks: snapshot.crosswalks });
  const limits = storedNarrativeLimits(request.source.limits);
  const report = analyzeNarrativeWith(deps, { text: migration.draftText, pack: toPack, limits });
  return { toPack, migration, limits, report };
}

/**
 * Stores a migrated draft as a NEW package of the source's owner, derived from the version read (the
 * original is untouched). Call it inside the transaction that audits it.
 */
export async function insertMigratedNarrativePackage(
  tx: TDatabase,
  request: {
    readonly source: TNarrativePackageRow;
    readonly sourceVersion: TNarrativeVersionRow;
    readonly draft: TNarrativeMigrationDraft;
    /** Who made the draft: the owner, or the agency staff who asked for it for the candidate. */
    readonly createdBy: string;
  },
): Promise<TMigratedNarrativePackage> {
  const { source, sourceVersion, draft } = request;
  const created = await insertNarrativePackage(tx, {
    ownerUserId: source.ownerUserId,
    agencyId: source.agencyId,
    title: draftTitle(source.title, draft.toPack.id),
    candidateName: source.candidateName,
    modelId: draft.toPack.id,
    limits: draft.limits,
    derivedFrom: { packageId: source.id, version: sourceVersion.number },
    firstVersion: {
      text: draft.migration.draftText,
      source: 'migration',
      createdBy: request.createdBy,
      analysis: summarizeNarrativeAnalysis(draft.report),
    },
  });
  return { ...created, migration: draft.migration };
}

/** A migrated package in an audit event: the draft, the crosswalk and the gaps, never the text. */
export function presentMigratedNarrativeAudit(created: TMigratedNarrativePackage): Record<string, unknown> {
  return {
    ...presentNarrativeAudit(created.package, created.version),
    crosswalkId: created.migration.crosswalkId,
    gaps: created.migration.gaps.map((g) => g.code),
  };
}
