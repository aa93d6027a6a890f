import type { TNarrativeLimitsOverrides } from '@ecq/core';
import {
  insertNarrativePackage,
  recordAuditEvent,
  summarizeNarrativeAnalysis,
  type TNarrativePackageRow,
  type TNarrativeVersionRow,
} from '@ecq/db';
import type { TUserActor } from '../auth/actor';
import type { TAppDeps } from '../deps';
import { authorize, canCreateNarratives } from '../policies';
import { presentNarrativeAudit } from '../presenters/narrative';
import { analyzeNarrativeWith, resolveNarrativePack } from './narrative-analysis';

export interface TCreateNarrativePackageRequest {
  readonly actor: TUserActor;
  readonly title: string;
  readonly candidateName: string;
  readonly modelId?: string | undefined;
  readonly limits?: TNarrativeLimitsOverrides | undefined;
  readonly text?: string | undefined;
  readonly requestId: string;
}

/**
 * Creates a candidate's narrative package with its first version (the text given, or an empty draft),
 * analysed on save, and audits `narrative.created` in the same transaction. The model is the one named, else
 * the one governing hiring today (POLICY.md §1). The package belongs to the caller and their agency.
 */
export async function createNarrativePackage(
  deps: TAppDeps,
  request: TCreateNarrativePackageRequest,
): Promise<{ readonly package: TNarrativePackageRow; readonly version: TNarrativeVersionRow }> {
  const { actor } = request;
  authorize(canCreateNarratives(actor), { field: 'role', message: 'only candidates and executives write narrative packages' });
  const pack = await resolveNarrativePack(deps, request.modelId);
  const text = request.text ?? '';
  const limits = request.limits ?? {};
  const report = analyzeNarrativeWith(deps, { text, pack, limits });
  return deps.db.transaction(async (tx) => {
    const created = await insertNarrativePackage(tx, {
      ownerUserId: actor.userId,
      agencyId: actor.agencyId,
      title: request.title,
      candidateName: request.candidateName,
      modelId: pack.id,
      limits,
      firstVersion: { text, source: 'typed', createdBy: actor.userId, analysis: summarizeNarrativeAnalysis(report) },
    });
    await recordAuditEvent(tx, {
      actorUserId: actor.userId,
      // A draft is the candidate's alone: agency staff must not learn of it from their audit log either.
      agencyId: null,
      action: 'narrative.created',
      entityType: 'narrative_package',
      entityId: created.package.id,
      before: null,
      after: presentNarrativeAudit(created.package, created.version),
      requestId: request.requestId,
    });
    return created;
  });
}
