import { NARRATIVE_CORPUS, ecqsOf, type TCompetencyModel } from '@ecq/core';
import type { BrowserContext } from 'playwright-core';
import { expect } from 'vitest';
import { E2E_PASSWORD } from './e2e-app';

export interface TCreatedPackage {
  readonly id: string;
  readonly version: number;
  readonly currentVersion: number;
}

/** Signs in through the API in this context and returns a small client for the narrative API (CSRF header on writes). */
export async function narrativeApi(context: BrowserContext, email: string) {
  const signIn = await context.request.post('/api/auth/sign-in', { data: { email, password: E2E_PASSWORD } });
  expect(signIn.status(), await signIn.text()).toBe(200);
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken };
  return {
    async create(body: { title: string; candidateName: string; modelId?: string; text?: string }): Promise<TCreatedPackage> {
      const response = await context.request.post('/api/narratives', { data: body, headers });
      expect(response.status(), await response.text()).toBe(201);
      return (await response.json()) as TCreatedPackage;
    },
    async get<T>(path: string): Promise<T> {
      const response = await context.request.get(path);
      expect(response.status(), await response.text()).toBe(200);
      return (await response.json()) as T;
    },
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
