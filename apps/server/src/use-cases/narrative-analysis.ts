import {
  analyzeNarrative,
  getPack,
  measureNarrativePages,
  policyFor,
  todayUtc,
  ZNarrativeLimitsOverrides,
  type TNarrativeLimitsOverrides,
  type TNarrativeReport,
  type TPolicyPack,
} from '@ecq/core';
import type { TAppDeps } from '../deps';

/**
 * The pack a narrative is analysed against: the one named (`modelId`, a pack id or model UUID), else the one
 * that governs hiring today under this deployment's settings (`ECQ_FOLLOW`; POLICY.md §1), from the cached
 * pack registry so that imported packs count.
 * @throws AppError `UNKNOWN_MODEL` naming `field`.
 */
export async function resolveNarrativePack(deps: TAppDeps, modelId: string | undefined, field = 'modelId'): Promise<TPolicyPack> {
  const snapshot = await deps.packs.current();
  if (modelId !== undefined) return getPack(modelId, snapshot.packs, field);
  return policyFor({ process: 'hiring', on: todayUtc(deps.now()), settings: snapshot.settings, packs: snapshot.packs }).pack;
}

/**
 * Analyzes a text as the server always does: against the pack's model, with the package's per-vacancy
 * limits, pages counted by the real layout engine (`measureNarrativePages`, POLICY.md §3), recency against the
 * server's date.
 * @throws AppError `VALIDATION_FAILED` naming `limits.<field>` when the limits contradict each other.
 */
export function analyzeNarrativeWith(
  deps: TAppDeps,
  request: { readonly text: string; readonly pack: TPolicyPack; readonly limits: TNarrativeLimitsOverrides | undefined },
): TNarrativeReport {
  return analyzeNarrative(request.text, {
    model: request.pack.model,
    limits: request.limits,
    measurePages: measureNarrativePages,
    today: todayUtc(deps.now()),
  });
}

/** A package's stored limits, read back through the schema they were written with. */
export function storedNarrativeLimits(limits: Readonly<Record<string, unknown>>): TNarrativeLimitsOverrides {
  return ZNarrativeLimitsOverrides.parse(limits);
}
