import autocannon from 'autocannon';
import Fastify from 'fastify';
import { ECQ_2025_PACK } from '@ecq/core';
import { seedBuiltInPacks, type DatabaseHandle } from '@ecq/db';
import { withFreshPostgres, withPgliteOnDisk } from './bench-databases';
import { createUser, TEST_PASSWORD } from '@ecq/db/testing';
import { buildApp, loadConfig } from '@ecq/server';

/** Concurrent connections of every run. */
const CONNECTIONS = 50;
/** Every server listens here, and only here. */
const HOST = '127.0.0.1';
const DEFAULT_DURATION_SECONDS = 5;
const MAX_DURATION_SECONDS = 120;
const WARMUP_SECONDS = 1;
/** A run that outlives its duration by this much is stopped: the bench is bounded whatever the server does. */
const OVERRUN_GRACE_MS = 15_000;
/** Targets for the CASE package route (DESIGN: served from the pack cache, close to a bare route). */
const TARGET_RATIO = 0.5;
const TARGET_P99_MS = 50;

interface TRunResult {
  /** `bare Fastify`, `pglite` or `postgres`. */
  readonly server: string;
  readonly route: string;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly ok: number;
  readonly non2xx: number;
  readonly byStatus: string;
  readonly errors: number;
  readonly timeouts: number;
}

function durationSeconds(): number {
  const raw = process.env.BENCH_DURATION_SECONDS;
  if (raw === undefined || raw === '') return DEFAULT_DURATION_SECONDS;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 1 || value > MAX_DURATION_SECONDS) {
    throw new Error(`BENCH_DURATION_SECONDS must be a number from 1 to ${MAX_DURATION_SECONDS}; got "${raw}"`);
  }
  return value;
}

/** One autocannon run, stopped if it overruns its duration by {@link OVERRUN_GRACE_MS}. */
/** Every run sends what browsers and HTTP clients send: it accepts gzip. */
const CLIENT_HEADERS = { 'accept-encoding': 'gzip, deflate, br' } as const;

function cannon(options: { url: string; seconds: number; connections: number; headers?: Record<string, string> }): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    let guard: NodeJS.Timeout | undefined;
    const instance = autocannon(
      { url: options.url, connections: options.connections, duration: options.seconds, timeout: 10, headers: { ...CLIENT_HEADERS, ...options.headers } },
      (error: unknown, result: autocannon.Result) => {
        clearTimeout(guard);
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve(result);
      },
    );
    guard = setTimeout(() => instance.stop(), options.seconds * 1000 + OVERRUN_GRACE_MS);
  });
}

/** Warms the route up (JIT, caches, pools), then measures it. */
async function measure(
  run: { readonly server: string; readonly route: string; readonly url: string; readonly headers?: Record<string, string> },
  seconds: number,
): Promise<TRunResult> {
  const { url, headers } = run;
  const common = { url, ...(headers === undefined ? {} : { headers }) };
  await cannon({ ...common, seconds: WARMUP_SECONDS, connections: 10 });
  const result = await cannon({ ...common, seconds, connections: CONNECTIONS });
  const byStatus = Object.entries(result.statusCodeStats ?? {})
    .filter(([status]) => !status.startsWith('2'))
    .map(([status, stats]) => `${status}×${stats.count ?? 0}`)
    .join(' ');
  return {
    server: run.server,
    route: run.route,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    ok: result['2xx'],
    non2xx: result.non2xx,
    byStatus,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

const nameOf = (run: TRunResult) => `${run.server.padEnd(12)}  ${run.route}`;

function formatRun(run: TRunResult, width: number): string {
  const rate = Math.round(run.requestsPerSecond).toLocaleString('en-US').padStart(8);
  const failures = `non-2xx ${run.non2xx}${run.byStatus === '' ? '' : ` (${run.byStatus})`}, errors ${run.errors}, timeouts ${run.timeouts}`;
  return `${nameOf(run).padEnd(width)}  ${rate} req/s  p50 ${run.p50Ms.toFixed(1).padStart(6)} ms  p99 ${run.p99Ms.toFixed(1).padStart(6)} ms  2xx ${run.ok}, ${failures}`;
}

/** The baseline: Fastify with one GET returning a small JSON, nothing else. */
async function measureBareRoute(seconds: number): Promise<TRunResult> {
  const app = Fastify({ logger: false });
  app.get('/bare', async () => ({ status: 'ok', items: [1, 2, 3] }));
  const url = await app.listen({ port: 0, host: HOST });
  try {
    return await measure({ server: 'bare Fastify', route: 'GET /bare', url: `${url}/bare` }, seconds);
  } finally {
    await app.close();
  }
}

/** A session cookie for `email`, through the real sign-in route. */
async function signIn(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('ecq_session='));
  if (cookie === undefined) throw new Error('sign-in set no session cookie');
  return cookie.split(';')[0]!;
}

/**
 * The real app in-process on `handle`'s database (migrated, built-in packs and one user seeded), listening
 * on loopback: the CASE package of ecq-2025 and the signed-in user.
 */
async function measureApp(server: string, handle: DatabaseHandle, seconds: number): Promise<TRunResult[]> {
  await handle.migrate();
  await seedBuiltInPacks(handle.db);
  const user = await createUser(handle.db, { roles: ['candidate'] });
  const app = await buildApp({ db: handle.db, config: loadConfig({}) });
  const baseUrl = await app.listen({ port: 0, host: HOST });
  try {
    const cookie = await signIn(baseUrl, user.email);
    const casePath = `/ims/case/v1p1/CFPackages/${ECQ_2025_PACK.model.uuid}`;
    return [
      await measure({ server, route: `GET ${casePath}`, url: `${baseUrl}${casePath}` }, seconds),
      await measure({ server, route: 'GET /api/users/me (signed in)', url: `${baseUrl}/api/users/me`, headers: { cookie } }, seconds),
    ];
  } finally {
    await app.close();
  }
}

async function measureOnPglite(seconds: number): Promise<TRunResult[]> {
  return withPgliteOnDisk('bench', (handle) => measureApp('pglite', handle, seconds));
}

async function measureOnPostgres(seconds: number): Promise<TRunResult[] | null> {
  return withFreshPostgres((handle) => measureApp('postgres', handle, seconds));
}

function verdicts(bare: TRunResult, runs: readonly TRunResult[]): string[] {
  const [caseRun, meRun] = runs;
  if (caseRun === undefined || meRun === undefined) return [];
  const database = caseRun.server;
  const ratio = caseRun.requestsPerSecond / bare.requestsPerSecond;
  const lines = [
    `${database}: CASE package / bare route = ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO}: ${ratio >= TARGET_RATIO ? 'met' : 'not met'})`,
    `${database}: p99 < ${TARGET_P99_MS} ms: CASE package ${caseRun.p99Ms < TARGET_P99_MS ? 'yes' : 'no'} (${caseRun.p99Ms.toFixed(1)} ms), ` +
      `/api/users/me ${meRun.p99Ms < TARGET_P99_MS ? 'yes' : 'no'} (${meRun.p99Ms.toFixed(1)} ms)`,
  ];
  for (const run of runs) {
    if (run.non2xx > 0 || run.errors > 0) {
      lines.push(`${database}: NOTE ${run.route} answered ${run.ok} 2xx and ${run.non2xx} non-2xx (${run.byStatus || '-'}), ${run.errors} errors: its figures are not those of a working route`);
    }
  }
  return lines;
}

/**
 * HTTP throughput and latency with autocannon on loopback: a bare Fastify route (the baseline), the CASE
 * package of ecq-2025 and the signed-in user on the real app, on PGlite and on PostgreSQL. Prints figures;
 * passes or fails nothing.
 */
export async function runHttpBench(): Promise<void> {
  const seconds = durationSeconds();
  console.log(`\n## HTTP (autocannon, ${CONNECTIONS} connections, ${seconds} s per route after ${WARMUP_SECONDS} s warm-up, ${HOST})`);
  const bare = await measureBareRoute(seconds);
  const pglite = await measureOnPglite(seconds);
  const postgres = await measureOnPostgres(seconds);
  const runs = [bare, ...pglite, ...(postgres ?? [])];
  const width = Math.max(...runs.map((r) => nameOf(r).length));
  for (const run of runs) console.log(formatRun(run, width));
  for (const line of [...verdicts(bare, pglite), ...(postgres === null ? [] : verdicts(bare, postgres))]) console.log(line);
}
