import type { TNarrativeReport } from '@ecq/core';
import type { TUserActor } from '../auth/actor';
import type { TAppDeps } from '../deps';
import { loadCurrentNarrativeVersion, loadNarrativePackage } from './load-narrative-package';
import { analyzeNarrativeWith, resolveNarrativePack, storedNarrativeLimits } from './narrative-analysis';

/**
 * The analyzer's full report for a package's current version: its model from the pack registry, its
 * per-vacancy limits, pages laid out by the real engine, recency against the server's date. Computed on
 * demand; the version row keeps only the summary.
 */
export async function analyzeNarrativePackage(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly id: string },
): Promise<{ readonly versionNumber: number; readonly report: TNarrativeReport }> {
  const pkg = await loadNarrativePackage(deps.db, { ...request, access: 'read' });
  const version = await loadCurrentNarrativeVersion(deps.db, pkg);
  const pack = await resolveNarrativePack(deps, pkg.modelId);
  return { versionNumber: version.number, report: analyzeNarrativeWith(deps, { text: version.text, pack, limits: storedNarrativeLimits(pkg.limits) }) };
}
