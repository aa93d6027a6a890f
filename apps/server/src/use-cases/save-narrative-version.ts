import { AppError, type TNarrativeLimitsOverrides } from '@ecq/core';
import {
  listNarrativeVersions,
  recordAuditEvent,
  saveNarrativeVersion as saveNarrativeVersionRow,
  summarizeNarrativeAnalysis,
  type TNarrativePackageRow,
  type TNarrativeVersionRow,
  type TNarrativeVersionSource,
} from '@ecq/db';
import type { TUserActor } from '../auth/actor';
import type { TAppDeps } from '../deps';
import { presentNarrativeAudit } from '../presenters/narrative';
import { loadNarrativePackage } from './load-narrative-package';
import { analyzeNarrativeWith, resolveNarrativePack, storedNarrativeLimits } from './narrative-analysis';
import { staleVersionError } from './write-errors';

export interface TSaveNarrativeVersionRequest {
  readonly actor: TUserActor;
  readonly id: string;
  /** The package's record version the writer read. */
  readonly version: number;
  readonly text: string;
  readonly source: TNarrativeVersionSource;
  readonly sourceFilename?: string | undefined;
  readonly patch?: {
    readonly title?: string | undefined;
    readonly candidateName?: string | undefined;
    readonly limits?: TNarrativeLimitsOverrides | undefined;
  };
  /** `narrative.saved` for the editor, `narrative.imported` for a file. */
  readonly auditAction: 'narrative.saved' | 'narrative.imported';
  readonly requestId: string;
}

const PACKAGE = 'narrative package';

/**
 * Saves a new version of a package the actor owns, if the package is still at the version the writer read
 * (optimistic concurrency): the text becomes the next version, analysed on save with the summary stored in the
 * version row, and the save is audited with version numbers and lengths (never the text) in the same
 * transaction. A stale version is a 409 naming `version` and the current one; nothing is overwritten.
 */
export async function saveNarrativeVersion(
  deps: TAppDeps,
  request: TSaveNarrativeVersionRequest,
): Promise<{ readonly package: TNarrativePackageRow; readonly version: TNarrativeVersionRow }> {
  const { actor } = request;
  const pkg = await loadNarrativePackage(deps.db, { actor, id: request.id, access: 'edit' });
  // Checked again by the write itself; checking first spares the analysis of a text that cannot be saved.
  if (pkg.version !== request.version) throw staleVersionError(PACKAGE, request.version, pkg.version);
  const pack = await resolveNarrativePack(deps, pkg.modelId);
  const limits = request.patch?.limits ?? storedNarrativeLimits(pkg.limits);
  const report = analyzeNarrativeWith(deps, { text: request.text, pack, limits });
  return deps.db.transaction(async (tx) => {
    const [previous] = await listNarrativeVersions(tx, { packageId: pkg.id, limit: 1 });
    const result = await saveNarrativeVersionRow(tx, {
      packageId: pkg.id,
      expectedVersion: request.version,
      patch: { ...request.patch, ...(request.patch?.limits === undefined ? {} : { limits }) },
      version: {
        text: request.text,
        source: request.source,
        sourceFilename: request.sourceFilename,
        createdBy: actor.userId,
        analysis: summarizeNarrativeAnalysis(report),
      },
    });
    switch (result.kind) {
      case 'not-found':
        throw new AppError('NOT_FOUND', `id: no narrative package ${request.id}`, { field: 'id' });
      case 'stale':
        throw staleVersionError(PACKAGE, request.version, result.current.version);
      case 'ok':
        await recordAuditEvent(tx, {
          actorUserId: actor.userId,
          // A draft is the candidate's alone: agency staff must not learn of it from their audit log either.
          agencyId: null,
          action: request.auditAction,
          entityType: 'narrative_package',
          entityId: pkg.id,
          before: presentNarrativeAudit(result.before, previous),
          after: presentNarrativeAudit(result.package, result.version),
          requestId: request.requestId,
        });
        return { package: result.package, version: result.version };
    }
  });
}
