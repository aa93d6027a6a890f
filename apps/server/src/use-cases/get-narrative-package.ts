import type { TNarrativePackageRow, TNarrativeVersionRow } from '@ecq/db';
import type { TUserActor } from '../auth/actor';
import type { TAppDeps } from '../deps';
import { loadCurrentNarrativeVersion, loadNarrativePackage } from './load-narrative-package';

/** A package the actor may read, with its current version's text and stored analysis summary. */
export async function getNarrativePackage(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly id: string },
): Promise<{ readonly package: TNarrativePackageRow; readonly version: TNarrativeVersionRow }> {
  const pkg = await loadNarrativePackage(deps.db, { ...request, access: 'read' });
  return { package: pkg, version: await loadCurrentNarrativeVersion(deps.db, pkg) };
}
