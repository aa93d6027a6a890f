import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

/** The repository's root, from e2e/harness. */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The web app this run built, which every browser test's server serves. */
    readonly webAppDir: string;
  }
}

/**
 * Vitest global setup of the e2e project: builds the web app once, as `npm run build:web` does, into a
 * directory of this run's own — so that two runs, or a run and a developer's `apps/web/dist`, never empty each
 * other's assets — and hands it to the tests; removed when the run ends.
 */
export default async function buildWebApp(project: TestProject): Promise<() => void> {
  const outDir = mkdtempSync(join(tmpdir(), 'ecq-e2e-web-'));
  await build({
    configFile: resolve(REPO_ROOT, 'apps/web/vite.config.ts'),
    logLevel: 'warn',
    mode: 'production',
    build: { outDir, emptyOutDir: true },
  });
  project.provide('webAppDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
