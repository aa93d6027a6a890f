import { listNarrativeVersions as listNarrativeVersionRows, type TNarrativeVersionSummaryRow } from '@ecq/db';
import type { TUserActor } from '../auth/actor';
import type { TAppDeps } from '../deps';
import { keysetPage, type TKeysetPage } from './keyset-page';
import { loadNarrativePackage } from './load-narrative-package';

/** Every saved version of a package, newest first and without their text; the cursor is a version number. */
export async function listNarrativeVersions(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly id: string; readonly before?: number | undefined; readonly limit: number },
): Promise<TKeysetPage<TNarrativeVersionSummaryRow>> {
  const pkg = await loadNarrativePackage(deps.db, { actor: request.actor, id: request.id, access: 'read' });
  const rows = await listNarrativeVersionRows(deps.db, { packageId: pkg.id, beforeNumber: request.before, limit: request.limit + 1 });
  return keysetPage(rows, request.limit, (row) => String(row.number));
}
