import { NARRATIVE_CORPUS, ecqsOf, type TCompetencyModel } from '@ecq/core';
import type { BrowserContext } from 'playwright-core';
import { signInContext } from './api';

export interface TCreatedPackage {
  readonly id: string;
  readonly version: number;
  readonly currentVersion: number;
}

/** Signs in through the API in this context and returns a small client for the narrative API (CSRF header on writes). */
export async function narrativeApi(context: BrowserContext, email: string) {
  const api = await signInContext(context, email);
  return {
    create: (body: { title: string; candidateName: string; modelId?: string; text?: string }) => api.send<TCreatedPackage>('POST', '/api/narratives', body, 201),
    get: <T>(path: string) => api.get<T>(path),
  };
}

export { corpusText } from '@ecq/core/testing';

/**
 * A full package for a model: each ECQ heading ("ECQ 1: Leading Change") and that ECQ's corpus examples
 * under "Example N" lines, until each ECQ holds `wordsPerEcq` words (900: some 10 pages in all).
 */
export function packageText(model: TCompetencyModel, wordsPerEcq: number): string {
  return ecqsOf(model)
    .map((ecq) => {
      const examples: string[] = [];
      let words = 0;
      for (const example of NARRATIVE_CORPUS.filter((e) => e.modelId === model.id && e.ecqCode === ecq.code)) {
        if (words >= wordsPerEcq) break;
        examples.push(`Example ${examples.length + 1}\n\n${example.text}`);
        words += example.text.split(/\s+/).length;
      }
      return `ECQ ${ecq.position}: ${ecq.name}\n\n${examples.join('\n\n')}`;
    })
    .join('\n\n');
}
