import {
  AppError,
  BUILT_IN_CROSSWALKS,
  BUILT_IN_PACKS,
  exportPackToCase,
  importCasePackage,
  isAppError,
  type TCaseModelImport,
  type TCaseVersion,
  type TPolicyPack,
  type TProblem,
} from '@ecq/core';
import { getPolicyPackRow, insertPolicyPackRow, recordAuditEvent, type TDatabase } from '@ecq/db';

export const POLICY_PACK_IMPORTED = 'policy_pack.imported';

export interface TImportPolicyPackRequest {
  /** A CASE 1.0 or 1.1 package: parsed JSON, or its text. */
  readonly casePackage: unknown;
  /** Who imports; null for the command line. */
  readonly actorUserId: string | null;
  readonly requestId: string | null;
  /** What error messages call the package: `body` (the API, the default) or `file` (the command line). */
  readonly field?: string;
}

/** What was imported: also the audit event's `after`. */
export interface TPolicyPackImportSummary {
  readonly id: string;
  readonly modelId: string;
  readonly modelUuid: string;
  readonly title: string;
  readonly version: string;
  readonly caseVersion: TCaseVersion;
  readonly ecqs: number;
  readonly subCompetencies: number;
  readonly fundamentals: number;
  readonly associations: number;
}

export interface TImportPolicyPackResult {
  readonly pack: TPolicyPack;
  readonly summary: TPolicyPackImportSummary;
  /** What the reader ignored, each at its JSON path (unknown properties, a missing source). */
  readonly warnings: readonly TProblem[];
}

/**
 * Imports a competency framework given as a CASE package as a new policy pack (POLICY.md §1: models are
 * versioned data, and OPM administrators add new versions). The package must be a framework, not a
 * crosswalk. The pack is stored as its CASE 1.1 export, which carries every field of the pack, and audited
 * (`policy_pack.imported`) in the same transaction. Pack ids and model UUIDs are unique, built-in ones
 * included. Callers that cache packs must invalidate them after this returns.
 * @throws AppError `INVALID_CASE_PACKAGE` (422, naming `field`, with every problem at its JSON path) for an
 *   invalid package or a crosswalk; `CONFLICT` (409, naming `id`) when the id or the model UUID is taken.
 */
export async function importPolicyPack(db: TDatabase, request: TImportPolicyPackRequest): Promise<TImportPolicyPackResult> {
  const field = request.field ?? 'body';
  const imported = readFramework(request.casePackage, field);
  const { pack } = imported;
  const summary: TPolicyPackImportSummary = {
    id: pack.id,
    modelId: pack.model.id,
    modelUuid: pack.model.uuid,
    title: pack.model.title,
    version: pack.model.version,
    caseVersion: imported.caseVersion,
    ecqs: imported.summary.ecqs,
    subCompetencies: imported.summary.subCompetencies,
    fundamentals: imported.summary.fundamentals,
    associations: imported.summary.associations,
  };
  assertNotBuiltIn(pack);
  await db.transaction(async (tx) => {
    if (await getPolicyPackRow(tx, pack.id)) throw idTaken(pack);
    const row = await insertPolicyPackRow(tx, {
      id: pack.id,
      modelUuid: pack.model.uuid,
      title: pack.model.title,
      casePackage: exportPackToCase(pack, { caseVersion: '1.1' }),
      createdBy: request.actorUserId,
    });
    // Nothing inserted although the id is free: the model UUID is taken (or a concurrent import took the id).
    if (row === undefined) throw uuidTaken(pack);
    await recordAuditEvent(tx, {
      actorUserId: request.actorUserId,
      agencyId: null,
      action: POLICY_PACK_IMPORTED,
      entityType: 'policy_pack',
      entityId: pack.id,
      before: null,
      after: summary,
      requestId: request.requestId,
    });
  });
  return { pack, summary, warnings: imported.warnings };
}

function readFramework(casePackage: unknown, field: string): TCaseModelImport {
  let imported: ReturnType<typeof importCasePackage>;
  try {
    imported = importCasePackage(casePackage);
  } catch (error) {
    if (isAppError(error) && error.code === 'INVALID_CASE_PACKAGE') {
      throw new AppError('INVALID_CASE_PACKAGE', `${field}: ${error.message}`, { field, problems: error.problems, cause: error });
    }
    throw error;
  }
  if (imported.kind !== 'model') {
    const message =
      'this CASE package is a crosswalk (associations between other frameworks, no CFItems); only a competency framework becomes a policy pack';
    throw new AppError('INVALID_CASE_PACKAGE', `${field}: ${message}`, { field, problems: [{ path: '$.CFItems', message }] });
  }
  return imported;
}

/** Built-in packs and crosswalks live in code, and the table may not hold them yet, so they are checked here. */
function assertNotBuiltIn(pack: TPolicyPack): void {
  if (BUILT_IN_PACKS.some((builtIn) => builtIn.id === pack.id)) throw idTaken(pack);
  const isTaken = (uuid: string) =>
    BUILT_IN_PACKS.some((builtIn) => builtIn.model.uuid === uuid) || BUILT_IN_CROSSWALKS.some((crosswalk) => crosswalk.uuid === uuid);
  if (isTaken(pack.model.uuid)) throw uuidTaken(pack);
}

const idTaken = (pack: TPolicyPack) =>
  new AppError('CONFLICT', `id: a policy pack "${pack.id}" already exists; change the model id (or title) to import a new version`, {
    field: 'id',
  });

const uuidTaken = (pack: TPolicyPack) =>
  new AppError(
    'CONFLICT',
    `id: the model UUID ${pack.model.uuid} of "${pack.id}" already belongs to another policy pack; give the CFDocument a new identifier`,
    { field: 'id' },
  );
