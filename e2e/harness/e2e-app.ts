import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { seedBuiltInPacks, seedDemo, type DatabaseHandle } from '@ecq/db';
import { createTestDatabase } from '@ecq/db/testing';
import { buildApp, loadConfig } from '@ecq/server';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { formatAxeViolations, runAxe } from './axe';
import { REPO_ROOT } from './build-web-app';

/** Debian's Chromium; the tests never download a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The password of every demo user in the browser tests. */
export const E2E_PASSWORD = 'e2e-demo-password-7f3a';
export const DEMO_EMAILS = {
  candidate: 'candidate@ecq.example',
  opmAdmin: 'opm.admin@ecq.example',
  agencyHr: 'agency.hr@ecq.example',
} as const;

const EXPECTED_API_REFUSAL = /^Failed to load resource: the server responded with a status of 4\d\d/;

export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');

export interface TE2eApp {
  readonly url: string;
  readonly browser: Browser;
  readonly handle: DatabaseHandle;
  /** A fresh browser context (no cookies) and page; console errors and page errors are collected. */
  newPage(): Promise<TE2ePage>;
  close(): Promise<void>;
}

export interface TE2ePage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Errors the page logged or threw (a CSP violation shows here too). */
  readonly consoleErrors: string[];
  /** Signs in through the API, in this context (the page then restores the session from the cookie). */
  signInThroughApi(email: string): Promise<void>;
  /** Asserts that axe-core finds no WCAG 2.1 A/AA violation on the page as it is now. */
  expectAccessible(state: string): Promise<void>;
  /** Saves a full-page screenshot under test-results/screenshots/ for a reviewer. */
  screenshot(name: string): Promise<void>;
}

/**
 * The real server in-process (buildApp on a fresh PGlite or PostgreSQL database with the built-in packs
 * and the demo users), serving the built web app on a free port, and a headless Chromium.
 */
export async function startE2eApp(): Promise<TE2eApp> {
  const handle = await createTestDatabase();
  await seedBuiltInPacks(handle.db);
  await seedDemo(handle.db, { password: E2E_PASSWORD });
  const app = await buildApp({ db: handle.db, config: loadConfig({}), webAppDir: inject('webAppDir') });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  await mkdir(SCREENSHOT_DIR, { recursive: true });

  return {
    url,
    browser,
    handle,
    async newPage() {
      const context = await browser.newContext({ baseURL: url, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const consoleErrors: string[] = [];
      page.on('console', (message) => {
        // The browser logs every 4xx answer; the API's refusals (401 for a visitor's session probe, a wrong
        // password, a bad file) are part of the flows under test. Script errors, CSP violations and 5xx are not.
        if (message.type() === 'error' && !EXPECTED_API_REFUSAL.test(message.text())) consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      return {
        page,
        context,
        consoleErrors,
        async signInThroughApi(email) {
          const response = await context.request.post('/api/auth/sign-in', { data: { email, password: E2E_PASSWORD } });
          expect(response.status(), await response.text()).toBe(200);
        },
        async expectAccessible(state) {
          const violations = await runAxe(page);
          expect(violations, `axe-core: WCAG 2.1 AA violations on ${state}:\n${formatAxeViolations(violations)}`).toEqual([]);
        },
        async screenshot(name) {
          await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
        },
      };
    },
    async close() {
      await browser.close();
      await app.close();
      await handle.close();
    },
  };
}
