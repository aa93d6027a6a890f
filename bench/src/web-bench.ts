import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { ECQ_2025, ecqsOf, NARRATIVE_CORPUS } from '@ecq/core';
import { seedBuiltInPacks, seedDemo } from '@ecq/db';
import { createTestDatabase } from '@ecq/db/testing';
import { buildApp, loadConfig } from '@ecq/server';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
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

/**
 * What "the workbench editor is interactive" means: the package's text is in the editor and the first
 * analysis (run in the browser by core's analyzer, loaded with the workbench's lazy chunks) is drawn beside
 * it. The probe also records the analysis' own time, which the page shows (`data-ms`, from performance.now).
 */
const EDITOR_READY_PROBE = `
  new MutationObserver((_, observer) => {
    const text = document.getElementById('narrative-text');
    const timing = document.querySelector('[data-testid="analysis-timing"]');
    if (text && text.value.length > 0 && timing) {
      window.__ecqEditorReady = performance.now();
      window.__ecqAnalysisMs = Number(timing.getAttribute('data-ms'));
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

const BENCH_EMAIL = 'candidate@ecq.example';
const BENCH_PASSWORD = 'web-bench-password-3c1d';
/** Words per ECQ of the benchmark package: five ECQs of about 900 words, some 10 pages laid out. */
const WORDS_PER_ECQ = 900;

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

/** A full five-ECQ January 2025 package of about 5,000 words (10 pages), from the corpus, as the narrative bench builds it. */
function buildFullPackage(): string {
  return ecqsOf(ECQ_2025)
    .map((ecq) => {
      const examples: string[] = [];
      let words = 0;
      for (const example of NARRATIVE_CORPUS.filter((e) => e.modelId === 'ecq-2025' && e.ecqCode === ecq.code)) {
        if (words >= WORDS_PER_ECQ) break;
        examples.push(`Example ${examples.length + 1}\n\n${example.text}`);
        words += example.text.split(/\s+/).length;
      }
      return `ECQ ${ecq.position}: ${ecq.name}\n\n${examples.join('\n\n')}`;
    })
    .join('\n\n');
}

/** Prints the sizes; returns the first page's files (assets/…), which the workbench's lazy chunks are not. */
async function measureSizes(): Promise<ReadonlySet<string>> {
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
  return new Set([...first.scripts, ...first.styles]);
}

/** A chunk and every chunk it imports statically, transitively (assets/…). */
async function staticImportsOf(file: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = await readFile(join(DIST, file), 'utf8');
  for (const match of source.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) await staticImportsOf(`assets/${match[1] ?? ''}`, seen);
  return seen;
}

/** Polls a number the page's probe sets (waitForFunction would evaluate a string in the page, which the CSP forbids). */
async function waitForNumber(page: Page, expression: string): Promise<number> {
  for (;;) {
    const value: unknown = await page.evaluate(expression);
    if (typeof value === 'number') return value;
    await new Promise((done) => setTimeout(done, 20));
  }
}

const show = (values: readonly number[]) =>
  `median ${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`;

async function measureModelsPage(browser: Browser, url: string): Promise<void> {
  const visit = async (page: Page) => {
    await page.goto(`${url}/models`);
    return waitForNumber(page, 'window.__ecqModelsReady');
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
  console.log(`Navigation → models page interactive, headless Chromium on ${url} (${RUNS} runs each):`);
  console.log(`  cold cache  ${show(cold)}`);
  console.log(`  warm cache  ${show(warm)}`);
}

/** A browser context signed in as the benchmark's candidate (the session cookie), with its CSRF token. */
async function signedInContext(browser: Browser, url: string): Promise<{ readonly context: BrowserContext; readonly csrfToken: string }> {
  const context = await browser.newContext({ baseURL: url });
  const response = await context.request.post('/api/auth/sign-in', { data: { email: BENCH_EMAIL, password: BENCH_PASSWORD } });
  if (response.status() !== 200) throw new Error(`sign-in for the web bench failed: ${response.status()} ${await response.text()}`);
  return { context, csrfToken: ((await response.json()) as { csrfToken: string }).csrfToken };
}

/**
 * The workbench: the time from navigation to a 10-page package's editor being interactive (its text in the
 * editor and the in-browser analysis drawn), cold and warm; the analysis' own time as the page measured it, on
 * load and again after a keystroke; and the JavaScript the workbench loads beyond the first page.
 */
async function measureWorkbench(browser: Browser, url: string, firstPageFiles: ReadonlySet<string>): Promise<void> {
  const setup = await signedInContext(browser, url);
  const created = await setup.context.request.post('/api/narratives', {
    data: { title: 'Web bench: 10 pages', candidateName: 'Bench Candidate', modelId: 'ecq-2025', text: buildFullPackage() },
    headers: { 'x-csrf-token': setup.csrfToken },
  });
  if (created.status() !== 201) throw new Error(`creating the bench package failed: ${created.status()} ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };
  await setup.context.close();

  const editorUrl = `${url}/narratives/${id}`;
  const cold: number[] = [];
  const warm: number[] = [];
  const analysisOnLoad: number[] = [];
  const analysisOnTyping: number[] = [];
  const lazyFiles = new Set<string>();
  let totalPages = '';
  for (let run = 0; run < RUNS; run++) {
    const { context } = await signedInContext(browser, url);
    await context.addInitScript(EDITOR_READY_PROBE);
    const page = await context.newPage();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname.replace(/^\//, '');
      if (path.startsWith('assets/') && (path.endsWith('.js') || path.endsWith('.css')) && !firstPageFiles.has(path)) lazyFiles.add(path);
    });
    await page.goto(editorUrl);
    cold.push(await waitForNumber(page, 'window.__ecqEditorReady'));
    analysisOnLoad.push(await waitForNumber(page, 'window.__ecqAnalysisMs'));
    totalPages = await page.getByTestId('pages-total').innerText();

    // One keystroke, then the debounced analysis of the whole package again.
    const timing = page.getByTestId('analysis-timing');
    await page.locator('#narrative-text').press('End');
    await page.keyboard.type('x');
    while (!(await timing.innerText()).includes('updating')) await new Promise((done) => setTimeout(done, 5));
    while ((await timing.innerText()).includes('updating')) await new Promise((done) => setTimeout(done, 20));
    analysisOnTyping.push(Number(await timing.getAttribute('data-ms')));

    await page.goto(editorUrl);
    warm.push(await waitForNumber(page, 'window.__ecqEditorReady'));
    await context.close();
  }
  console.log(`Navigation → workbench editor interactive (a 10-page package in the editor, analysed), ${RUNS} runs each:`);
  console.log(`  cold cache  ${show(cold)}`);
  console.log(`  warm cache  ${show(warm)}`);
  console.log(
    `In-browser analysis of the package (${totalPages.replace(/\s+/g, ' ')}; target < 100 ms): on load ${show(analysisOnLoad)}; ` +
      `after a keystroke ${show(analysisOnTyping)}`,
  );
  const lazy = await Promise.all([...lazyFiles].sort().map(sizeOf));
  printSizes('Workbench chunks, loaded on demand (the other workbench pages are fetched once the editor is in):', lazy);
  const editorEntry = lazy.find((size) => /^assets\/narrative-editor-page-[\w-]+\.js$/.test(size.file));
  if (editorEntry === undefined) throw new Error('the editor chunk was not loaded');
  const editorJs = await Promise.all([...(await staticImportsOf(editorEntry.file))].filter((file) => !firstPageFiles.has(file)).map(sizeOf));
  console.log(
    `  the editor's JS beyond the first page (its chunk and what it imports: core's analyzer, layout engine and models): ` +
      `${kb(sum(editorJs, 'raw'))} raw, ${kb(sum(editorJs, 'gzip'))} gzip, ${kb(sum(editorJs, 'brotli'))} brotli in ${editorJs.length} files`,
  );
}

async function measureTimeToInteractive(firstPageFiles: ReadonlySet<string>): Promise<void> {
  const handle = await createTestDatabase();
  await seedBuiltInPacks(handle.db);
  await seedDemo(handle.db, { password: BENCH_PASSWORD });
  const app = await buildApp({ db: handle.db, config: loadConfig({}) });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    await measureModelsPage(browser, url);
    await measureWorkbench(browser, url, firstPageFiles);
  } finally {
    await browser.close();
    await app.close();
    await handle.close();
  }
}

/**
 * The web app's size and speed: builds it (as `npm run build:web` does), prints the JS and CSS of the build
 * raw, gzip and brotli, the first page's JS against the 300 KB gzip budget, the time from navigation to the
 * models page and to the workbench editor (a 10-page package) being interactive on localhost in headless
 * Chromium (median of several runs), the in-browser analysis time, and the workbench's lazily loaded chunks.
 */
export async function runWebBench(): Promise<void> {
  console.log('\n## Web app');
  await build({ root: WEB_ROOT, configFile: join(WEB_ROOT, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  const firstPageFiles = await measureSizes();
  await measureTimeToInteractive(firstPageFiles);
}
