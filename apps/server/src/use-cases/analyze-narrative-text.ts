import type { TNarrativeLimitsOverrides, TNarrativeReport } from '@ecq/core';
import type { TUserActor } from '../auth/actor';
import type { TAppDeps } from '../deps';
import { authorize, canAnalyzeNarratives } from '../policies';
import { analyzeNarrativeWith, resolveNarrativePack } from './narrative-analysis';

/**
 * Analyzes a text that is not stored (the editor's live check, a reviewer's paste): the model named or the
 * one governing hiring today, the limits given. Writes nothing, audits nothing.
 */
export async function analyzeNarrativeText(
  deps: TAppDeps,
  request: {
    readonly actor: TUserActor;
    readonly text: string;
    readonly modelId?: string | undefined;
    readonly limits?: TNarrativeLimitsOverrides | undefined;
  },
): Promise<TNarrativeReport> {
  authorize(canAnalyzeNarratives(request.actor), { field: 'session', message: 'sign in to analyze a narrative' });
  const pack = await resolveNarrativePack(deps, request.modelId);
  return analyzeNarrativeWith(deps, { text: request.text, pack, limits: request.limits });
}
