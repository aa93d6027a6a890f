import { defineConfig } from 'vitest/config';

/** Tests that open a database; with TEST_DATABASE_URL set they run a second time, on PostgreSQL. */
const DATABASE_TESTS = ['packages/db/src/**/*.test.ts', 'apps/server/test/**/*.test.ts', 'apps/cli/test/platform.test.ts'];
const ALL_TESTS = ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'apps/*/test/**/*.test.ts'];
const postgresUrl = process.env.TEST_DATABASE_URL;

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true as const,
        test: { name: 'pglite', include: ALL_TESTS, env: { TEST_DATABASE_URL: '' } },
      },
      ...(postgresUrl
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: DATABASE_TESTS,
                // The kill -9 test is about PGlite's data directory; it has no PostgreSQL variant.
                exclude: ['apps/server/test/durability.test.ts'],
                env: { TEST_DATABASE_URL: postgresUrl },
              },
            },
          ]
        : []),
      {
        extends: true as const,
        test: {
          // Browser tests: the web app is built once (globalSetup), then each file starts the real server on a
          // fresh database (PostgreSQL when TEST_DATABASE_URL is set, else PGlite) and a headless Chromium.
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/harness/build-web-app.ts'],
          // One Chromium at a time: the browser tests share the machine with the other projects.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // A page's first load shares the machine with the other projects' workers: a poll that waits on the
          // browser gets 10 s by default rather than Vitest's 1 s (a call may still set its own).
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
