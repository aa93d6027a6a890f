import { AppError, analyzeNarrative, measureNarrativePages, todayUtc, type TNarrativeReport } from '@ecq/core';
import { getNarrativePackageById, getNarrativeVersion } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { loadQrbCase } from './load-qrb-case';
import { loadActionOfCase, termsOfHiringAction } from './run-qrb-case-check';
import { loadQrbSettings } from './load-qrb-settings';

export interface TQrbCaseNarrative {
  readonly packageId: string;
  readonly version: number;
  readonly title: string;
  readonly candidateName: string;
  /** The model the candidate wrote the package for. */
  readonly packageModelId: string;
  readonly text: string;
  /** The analysis under the action's frozen model and limits: what the board reads the package against. */
  readonly report: TNarrativeReport;
}

/**
 * The ECQ package version a candidate shared with a case — the snapshot the agency submits and the board
 * reviews — analysed under the hiring action's model and limits with the real page layout (POLICY.md §3),
 * so readers see the findings beside the text. For everyone who reads the case.
 * @throws AppError `NOT_FOUND` naming `narrative` while nothing is shared.
 */
export async function getQrbCaseNarrative(deps: TAppDeps, request: { readonly actor: TUserActor; readonly id: string }): Promise<TQrbCaseNarrative> {
  const { row } = await loadQrbCase(deps.db, { actor: request.actor, id: request.id, kind: 'read' });
  if (row.narrativePackageId === null || row.narrativeVersion === null) {
    throw new AppError('NOT_FOUND', 'narrative: the candidate has not shared an ECQ package with this case', { field: 'narrative' });
  }
  const [pkg, version, { action, pack }, qrb] = await Promise.all([
    getNarrativePackageById(deps.db, row.narrativePackageId),
    getNarrativeVersion(deps.db, row.narrativePackageId, row.narrativeVersion),
    loadActionOfCase(deps, row),
    loadQrbSettings(deps.db),
  ]);
  if (!pkg || !version) throw new Error(`QRB case ${row.id} shares a missing narrative version`);
  const terms = termsOfHiringAction(action, pack, qrb.settings);
  const report = analyzeNarrative(version.text, {
    model: pack.model,
    limits: terms.narrativeLimits,
    measurePages: measureNarrativePages,
    today: todayUtc(deps.now()),
  });
  return { packageId: pkg.id, version: version.number, title: pkg.title, candidateName: pkg.candidateName, packageModelId: pkg.modelId, text: version.text, report };
}
