import { resolve } from 'node:path';
import { build } from 'vite';

/** The repository's root, from e2e/harness. */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/**
 * Vitest global setup of the e2e project: builds the web app once (apps/web/dist), so that every browser
 * test runs against what `npm start` serves, not a dev server.
 */
export default async function buildWebApp(): Promise<void> {
  await build({ configFile: resolve(REPO_ROOT, 'apps/web/vite.config.ts'), logLevel: 'warn', mode: 'production' });
}
