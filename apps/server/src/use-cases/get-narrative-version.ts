import { AppError } from '@ecq/core';
import { getNarrativeVersion as getNarrativeVersionRow, type TNarrativeVersionRow } from '@ecq/db';
import type { TUserActor } from '../auth/actor';
import type { TAppDeps } from '../deps';
import { loadNarrativePackage } from './load-narrative-package';

/** One saved version of a package, with its text: nothing saved is ever lost. @throws AppError `NOT_FOUND` naming `number`. */
export async function getNarrativeVersion(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly id: string; readonly number: number },
): Promise<TNarrativeVersionRow> {
  const pkg = await loadNarrativePackage(deps.db, { actor: request.actor, id: request.id, access: 'read' });
  const version = await getNarrativeVersionRow(deps.db, pkg.id, request.number);
  if (!version) {
    throw new AppError('NOT_FOUND', `number: narrative package ${pkg.id} has versions 1 to ${pkg.currentVersion}, not ${request.number}`, {
      field: 'number',
    });
  }
  return version;
}
