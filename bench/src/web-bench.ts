import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { seedBuiltInPacks } from '@ecq/db';
import { createTestDatabase } from '@ecq/db/testing';
import { buildApp, loadConfig } from '@ecq/server';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const WEB_ROOT = join(REPO_ROOT, 'apps/web');
const DIST = join(WEB_ROOT, 'dist');
/** The budget for the first page's JavaScript, gzip. */
const FIRST_PAGE_JS_TARGET_KB = 300;
const RUNS = 7;
const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * What "the models page is interactive" means here: the models table is drawn from the API's data and the
 * search box is in the page (React attaches its handlers when it renders, so it answers typing from then on).
 * An init script records the moment with a MutationObserver, in ms since navigation start.
 */
const READY_PROBE = `
  new MutationObserver((_, observer) => {
    const table = document.querySelector('table caption');
    const search = document.getElementById('model-search');
    if (table && table.textContent.startsWith('The ECQ models') && search && !search.disabled) {
      window.__ecqModelsReady = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

interface TSize {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function sizeOf(file: string): Promise<TSize> {
  const content = await readFile(join(DIST, file));
  return {
    file,
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function printSizes(title: string, sizes: readonly TSize[]): void {
  console.log(title);
  for (const size of sizes) {
    console.log(`  ${size.file.padEnd(40)} ${kb(size.raw).padStart(10)} raw  ${kb(size.gzip).padStart(9)} gzip  ${kb(size.brotli).padStart(9)} brotli`);
  }
}

const sum = (sizes: readonly TSize[], key: 'raw' | 'gzip' | 'brotli') => sizes.reduce((total, size) => total + size[key], 0);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The files index.html loads before anything renders: its entry script, module preloads and stylesheets. */
function firstPageFiles(html: string): { readonly scripts: string[]; readonly styles: string[] } {
  const attr = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => (match[1] ?? '').replace(/^\//, ''));
  return {
    scripts: [...attr(/<script[^>]*\bsrc="([^"]+)"/g), ...attr(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)],
    styles: attr(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g),
  };
}

async function measureSizes(): Promise<void> {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const first = firstPageFiles(html);
  const assets = (await readdir(join(DIST, 'assets'))).map((name) => `assets/${name}`);
  const allScripts = await Promise.all(assets.filter((file) => file.endsWith('.js')).map(sizeOf));
  const allStyles = await Promise.all(assets.filter((file) => file.endsWith('.css')).map(sizeOf));
  const firstScripts = await Promise.all(first.scripts.map(sizeOf));
  const firstStyles = await Promise.all(first.styles.map(sizeOf));

  printSizes('JavaScript (every chunk):', allScripts);
  printSizes('CSS:', allStyles);
  const firstJsGzip = sum(firstScripts, 'gzip');
  console.log(
    `First page: JS ${kb(sum(firstScripts, 'raw'))} raw, ${kb(firstJsGzip)} gzip, ${kb(sum(firstScripts, 'brotli'))} brotli ` +
      `(target < ${FIRST_PAGE_JS_TARGET_KB} KB gzip: ${firstJsGzip / 1024 < FIRST_PAGE_JS_TARGET_KB ? 'met' : 'NOT MET'}); ` +
      `CSS ${kb(sum(firstStyles, 'gzip'))} gzip. Fonts load on use, not up front.`,
  );
}

async function measureTimeToInteractive(): Promise<void> {
  const handle = await createTestDatabase();
  await seedBuiltInPacks(handle.db);
  const app = await buildApp({ db: handle.db, config: loadConfig({}) });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const visit = async (page: import('playwright-core').Page) => {
      await page.goto(`${url}/models`);
      // Polled from outside: waitForFunction would evaluate a string in the page, which the CSP forbids.
      for (;;) {
        const ready: unknown = await page.evaluate('window.__ecqModelsReady');
        if (typeof ready === 'number') return ready;
        await new Promise((done) => setTimeout(done, 20));
      }
    };
    const cold: number[] = [];
    const warm: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // Cold: a new browser context, so nothing is cached; warm: the same page again, assets from cache.
      const context = await browser.newContext();
      await context.addInitScript(READY_PROBE);
      const page = await context.newPage();
      cold.push(await visit(page));
      warm.push(await visit(page));
      await context.close();
    }
    const show = (values: readonly number[]) => `median ${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`;
    console.log(`Navigation → models page interactive, headless Chromium on ${url} (${RUNS} runs each):`);
    console.log(`  cold cache  ${show(cold)}`);
    console.log(`  warm cache  ${show(warm)}`);
  } finally {
    await browser.close();
    await app.close();
    await handle.close();
  }
}

/**
 * The web app's size and speed: builds it (as `npm run build:web` does), prints the JS and CSS of the build
 * raw, gzip and brotli, the first page's JS against the 300 KB gzip budget, and the time from navigation to
 * the models page being interactive on localhost in headless Chromium (median of several runs).
 */
export async function runWebBench(): Promise<void> {
  console.log('\n## Web app');
  await build({ root: WEB_ROOT, configFile: join(WEB_ROOT, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  await measureSizes();
  await measureTimeToInteractive();
}
