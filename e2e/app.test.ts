import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, loadConfig } from '@ecq/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type TE2eApp } from './harness/e2e-app';

let e2e: TE2eApp;
beforeAll(async () => {
  e2e = await startE2eApp();
});
afterAll(async () => e2e?.close());

describe('app', () => {
  it('[APP]: unknown page shows the 404 page', async () => {
    const { page, context, consoleErrors, expectAccessible, screenshot } = await e2e.newPage();
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.title()).toBe('Page not found | ECQ Workbench');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Page not found');
    expect(await page.getByRole('main').innerText()).toContain('We can’t find the page you’re looking for.');
    await expectAccessible('the 404 page');
    await screenshot('not-found');

    // An unknown model is a 404 of the app too, naming what was asked for.
    await page.goto('/models/no-such-model');
    await expect.poll(() => page.getByRole('main').innerText()).toContain('We can’t find a model “no-such-model”.');
    await page.getByRole('link', { name: 'The competency models' }).click();
    await expect.poll(() => page.title()).toBe('Competency models | ECQ Workbench');

    // The API's own misses stay JSON.
    const apiMiss = await context.request.get('/api/no-such-route');
    expect(apiMiss.status()).toBe(404);
    expect(((await apiMiss.json()) as { code: string }).code).toBe('NOT_FOUND');
    expect(consoleErrors).toEqual([]);
  });

  it('[APP]: a failing API call shows an error alert with its reference', async () => {
    const { page, expectAccessible, screenshot } = await e2e.newPage();
    await page.route('**/api/models', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ code: 'INTERNAL', message: 'internal error', requestId: 'req-e2e-500' }),
      }),
    );
    await page.goto('/models');
    const alert = page.getByRole('alert').filter({ hasText: 'The models could not be loaded' });
    // 5xx answers are tried three times before the page gives up.
    await expect.poll(() => alert.innerText(), { timeout: 15_000 }).toContain('Something went wrong on the server.');
    expect(await alert.innerText()).toContain('Reference: req-e2e-500');
    await expectAccessible('the models page when the API fails');
    await screenshot('error-alert');
  });

  it('[APP]: on a phone the navigation opens as a menu and closes with Escape', async () => {
    const { page, consoleErrors, signInThroughApi, expectAccessible, screenshot } = await e2e.newPage();
    await signInThroughApi('candidate@ecq.example');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/models');
    const nav = page.getByRole('navigation', { name: 'Primary navigation' });
    const menuButton = page.getByRole('button', { name: 'Menu' });
    expect(await nav.getByRole('link', { name: 'Crosswalks' }).isVisible()).toBe(false);
    await expectAccessible('a phone-sized page with the menu closed');
    await screenshot('phone-models');

    await menuButton.click();
    await expect.poll(() => nav.getByRole('link', { name: 'Crosswalks' }).isVisible()).toBe(true);
    await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("class")')).toBe('usa-nav__close');
    expect(await nav.innerText()).toContain('Demo candidate (DOE)');
    await expectAccessible('the phone menu, open');
    await screenshot('phone-menu');

    await page.keyboard.press('Escape');
    await expect.poll(() => nav.getByRole('link', { name: 'Crosswalks' }).isVisible()).toBe(false);
    await expect.poll(() => page.evaluate('document.activeElement?.textContent')).toBe('Menu');

    await menuButton.click();
    await nav.getByRole('link', { name: 'Crosswalks' }).click();
    await expect.poll(() => page.title()).toBe('Crosswalks | ECQ Workbench');
    await expect.poll(() => nav.getByRole('link', { name: 'Crosswalks' }).isVisible()).toBe(false);
    expect(consoleErrors).toEqual([]);
  });

  it('[APP]: the server sends the app with its security headers, cache rules and SPA fallback', async () => {
    const get = (path: string, headers: Record<string, string> = {}) => fetch(`${e2e.url}${path}`, { headers });
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const csp = index.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await index.text();
    // No inline scripts or styles: every script and stylesheet is a file of this origin.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|style=/);

    const script = /<script[^>]*src="([^"]+)"/.exec(html)?.[1];
    expect(script).toMatch(/^\/assets\/index-[\w-]+\.js$/);
    const asset = await get(script ?? '', { 'accept-encoding': 'br, gzip' });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('content-security-policy')).toBe(csp);

    const deepLink = await get('/crosswalks/ecq-2006/ecq-2025?show=renamed');
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toBe(html);
    for (const path of ['/api/nothing', '/ims/case/v1p1/nothing', '/assets/missing.js', '/healthz/extra', '/docs/extra']) {
      const miss = await get(path);
      expect(miss.status, path).toBe(404);
      expect(miss.headers.get('content-type'), path).toMatch(/^application\/json/);
    }
    expect((await get('/healthz')).status).toBe(200);
    expect(((await (await get('/openapi.json')).json()) as { openapi: string }).openapi).toBe('3.1.0');
  });

  it('[APP]: without a build the server starts and serves the API only', async () => {
    const emptyDist = await mkdtemp(join(tmpdir(), 'ecq-no-web-'));
    const app = await buildApp({ db: e2e.handle.db, config: loadConfig({}), webAppDir: emptyDist });
    try {
      const home = await app.inject({ method: 'GET', url: '/' });
      expect(home.statusCode).toBe(404);
      expect(home.json()).toMatchObject({ code: 'NOT_FOUND' });
      expect((await app.inject({ method: 'GET', url: '/api/models' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await rm(emptyDist, { recursive: true, force: true });
    }
  });
});
