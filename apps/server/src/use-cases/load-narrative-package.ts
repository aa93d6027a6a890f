import { AppError } from '@ecq/core';
import { getNarrativePackageById, getNarrativeVersion, type TDatabase, type TNarrativePackageRow, type TNarrativeVersionRow } from '@ecq/db';
import type { TUserActor } from '../auth/actor';
import { authorize, canEditNarrative, canReadNarrative, narrativeRefusal } from '../policies';

/**
 * A package the actor may read (`read`) or change (`edit`).
 * @throws AppError `NOT_FOUND` naming `id`; `FORBIDDEN` saying why (another candidate's package; agency staff,
 * who read what a candidate shares through the QRB case).
 */
export async function loadNarrativePackage(
  db: TDatabase,
  request: { readonly actor: TUserActor; readonly id: string; readonly access: 'read' | 'edit' },
): Promise<TNarrativePackageRow> {
  const pkg = await getNarrativePackageById(db, request.id);
  if (!pkg) throw new AppError('NOT_FOUND', `id: no narrative package ${request.id}`, { field: 'id' });
  const isAllowed = request.access === 'read' ? canReadNarrative(request.actor, pkg) : canEditNarrative(request.actor, pkg);
  authorize(isAllowed, narrativeRefusal(request.actor, request.access));
  return pkg;
}

/** The package's current version, with its text. */
export async function loadCurrentNarrativeVersion(db: TDatabase, pkg: TNarrativePackageRow): Promise<TNarrativeVersionRow> {
  const version = await getNarrativeVersion(db, pkg.id, pkg.currentVersion);
  if (!version) throw new AppError('INTERNAL', `narrative package ${pkg.id} has no version ${pkg.currentVersion}`);
  return version;
}
