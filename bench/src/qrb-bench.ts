import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { TQrbCaseStatus } from '@ecq/core';
import { buildApp, loadConfig, newSessionSecrets, SESSION_COOKIE } from '@ecq/server';
import {
  createSeededRandom,
  insertSession,
  listQrbCases,
  listQrbQueue,
  seedQrbYear,
  type DatabaseHandle,
  type TCreatedCursor,
  type TQrbCaseListRow,
  type TQrbQueueCursor,
  type TDatabase,
  type TQrbYearSummary,
} from '@ecq/db';
import { withFreshPostgres, withPgliteOnDisk } from './bench-databases';
import { timeAsync, type TTiming } from './measure';

/** The issue's target for every list below, on both databases. */
const TARGET_P95_MS = 50;
const RUNS = 200;
const WARMUP = 10;
/** A page of 50 and one more row, which tells the app whether there is a next page. */
const PAGE = 51;
const PARAMETER_SEED = 2026;
const QUEUE_STATUSES = ['submitted', 'resubmitted'] as const satisfies readonly TQrbCaseStatus[];

/** The cursor the app sends for the page after `rows` (their 50th row), when there is one. */
const createdCursorOf = (rows: readonly TQrbCaseListRow[]): TCreatedCursor | undefined => {
  const last = rows[Math.min(PAGE - 2, rows.length - 1)];
  return last === undefined ? undefined : { createdAt: last.createdAt, id: last.id };
};

interface TQuery {
  readonly name: string;
  readonly run: () => Promise<unknown>;
}

/** The board queue and the agency case lists, each run with parameters drawn per run from a seeded PRNG. */
async function buildQueries(handle: DatabaseHandle, year: TQrbYearSummary): Promise<TQuery[]> {
  const { db } = handle;
  const random = createSeededRandom(PARAMETER_SEED);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const agencies = year.agencies;

  // Cursors the app would send: the last row of every full page of the queue, and of each agency's first page.
  const queueCursors: TQrbQueueCursor[] = [];
  for (let after: TQrbQueueCursor | undefined; ; ) {
    const rows = await listQrbQueue(db, { statuses: QUEUE_STATUSES, after, limit: PAGE });
    if (rows.length < PAGE) break;
    const last = rows[PAGE - 2]!;
    if (last.statusSince === null) break;
    after = { statusSince: last.statusSince, id: last.id };
    queueCursors.push(after);
  }
  const agencyCursors: { agencyId: string; after: TCreatedCursor }[] = [];
  for (const agency of agencies) {
    const after = createdCursorOf(await listQrbCases(db, { agencyId: agency.id, limit: PAGE }));
    if (after !== undefined) agencyCursors.push({ agencyId: agency.id, after });
  }
  if (queueCursors.length === 0 || agencyCursors.length === 0) throw new Error('qrb bench: the seeded year has no second page to fetch');

  return [
    { name: 'board queue, first page', run: () => listQrbQueue(db, { statuses: QUEUE_STATUSES, limit: PAGE }) },
    {
      name: 'board queue, agency + basis A',
      run: () => listQrbQueue(db, { statuses: QUEUE_STATUSES, agencyId: pick(agencies).id, basis: 'A', limit: PAGE }),
    },
    { name: 'board queue, later page', run: () => listQrbQueue(db, { statuses: QUEUE_STATUSES, after: pick(queueCursors), limit: PAGE }) },
    { name: 'agency cases, first page', run: () => listQrbCases(db, { agencyId: pick(agencies).id, limit: PAGE }) },
    {
      name: 'agency cases, 3 statuses + basis A',
      run: () => listQrbCases(db, { agencyId: pick(agencies).id, statuses: ['submitted', 'assigned', 'in_review'], basis: 'A', limit: PAGE }),
    },
    {
      name: 'agency cases, one hiring action',
      run: () => {
        const agency = pick(agencies.filter((a) => a.hiringActionIds.length > 0));
        return listQrbCases(db, { agencyId: agency.id, hiringActionId: pick(agency.hiringActionIds), limit: PAGE });
      },
    },
    {
      name: 'agency cases, later page',
      run: () => {
        const { agencyId, after } = pick(agencyCursors);
        return listQrbCases(db, { agencyId, after, limit: PAGE });
      },
    },
  ];
}

/**
 * The same lists through the API, as the web app asks for them: the real app in-process (`inject`, no
 * network), signed in as OPM and as each agency's staff, each answer checked to be a 200. What this adds to
 * the query is the whole request path: session lookup, validation, authorization, presenters and the response
 * schema.
 */
async function buildApiQueries(handle: DatabaseHandle, year: TQrbYearSummary): Promise<{ readonly queries: TQuery[]; close(): Promise<void> }> {
  const app = await buildApp({ db: handle.db, config: loadConfig({}), webAppDir: null });
  await app.ready();
  const random = createSeededRandom(PARAMETER_SEED + 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const cookieOf = async (userId: string) => {
    const secrets = newSessionSecrets();
    await insertSession(handle.db, { tokenHash: secrets.tokenHash, userId, csrfToken: secrets.csrfToken, expiresAt: new Date(Date.now() + 3_600_000) });
    return `${SESSION_COOKIE}=${secrets.token}`;
  };
  const opm = await cookieOf(year.opmAdminUserId);
  const staff = await Promise.all(year.agencies.map(async (agency) => ({ agency, cookie: await cookieOf(agency.hrUserId) })));
  const get = async (url: string, cookie: string) => {
    const response = await app.inject({ method: 'GET', url, headers: { cookie } });
    if (response.statusCode !== 200) throw new Error(`qrb bench: GET ${url} answered ${response.statusCode}: ${response.body.slice(0, 200)}`);
  };
  return {
    queries: [
      { name: 'API GET /api/qrb/queue', run: () => get('/api/qrb/queue?limit=50', opm) },
      { name: 'API GET /api/qrb/queue?agencyId&basis=A', run: () => get(`/api/qrb/queue?limit=50&basis=A&agencyId=${pick(year.agencies).id}`, opm) },
      { name: 'API GET /api/qrb/cases (agency staff)', run: () => get('/api/qrb/cases?limit=50', pick(staff).cookie) },
      {
        name: 'API GET /api/qrb/cases?status&basis (staff)',
        run: () => get('/api/qrb/cases?limit=50&status=submitted,assigned,in_review&basis=A', pick(staff).cookie),
      },
    ],
    close: () => app.close(),
  };
}

function formatTiming(database: string, timing: TTiming, width: number): string {
  const verdict = timing.p95Ms < TARGET_P95_MS ? 'PASS' : 'OVER';
  return (
    `${database.padEnd(8)}  ${timing.name.padEnd(width)}  median ${timing.medianMs.toFixed(2).padStart(7)} ms  ` +
    `p95 ${timing.p95Ms.toFixed(2).padStart(7)} ms  (target p95 < ${TARGET_P95_MS} ms) ${verdict}`
  );
}

/** Seeds the full year on `handle` (already migrated), analyzes it, and times every query. */
async function measureYear(database: string, handle: DatabaseHandle): Promise<{ year: TQrbYearSummary; timings: TTiming[] }> {
  const start = performance.now();
  const year = await seedQrbYear(handle.db);
  const seconds = (performance.now() - start) / 1000;
  const rows = Object.values(year.counts).reduce((sum, n) => sum + n, 0);
  console.log(
    `${database.padEnd(8)}  seed ${seconds.toFixed(2)} s: ${rows.toLocaleString('en-US')} rows ` +
      `(${Math.round(rows / seconds).toLocaleString('en-US')} rows/s; ${year.counts.cases.toLocaleString('en-US')} cases)`,
  );
  await handle.db.execute('analyze');
  const queries = await buildQueries(handle, year);
  const api = await buildApiQueries(handle, year);
  const timings: TTiming[] = [];
  try {
    for (const query of [...queries, ...api.queries]) timings.push(await timeAsync(query.name, query.run, { runs: RUNS, warmup: WARMUP }));
  } finally {
    await api.close();
  }
  const width = Math.max(...timings.map((t) => t.name.length));
  for (const timing of timings) console.log(formatTiming(database, timing, width));
  return { year, timings };
}

async function measureOnPglite(): Promise<void> {
  await withPgliteOnDisk('qrb-bench', async (handle) => {
    await handle.migrate();
    await measureYear('pglite', handle);
  });
}

/**
 * The SQL the repository's `listQrbQueue` and `listQrbCases` send for the two main lists (qrb-cases-repository.ts),
 * written out so PostgreSQL can EXPLAIN it with the same parameters.
 */
const LIST_SELECT = `select c.id, c.hiring_action_id, h.position_title, h.qrb_case_due_on, c.agency_id, a.code, a.name, c.candidate_name,
  c.candidate_user_id, c.basis, c.status, c.status_since, c.board_id, c.outcome, c.created_at, c.updated_at, c.version
  from qrb_cases c inner join hiring_actions h on h.id = c.hiring_action_id inner join agencies a on a.id = c.agency_id`;
const EXPLAINED = [
  { name: 'board queue, first page', sql: `${LIST_SELECT} where c.status in ($1, $2) order by c.status_since asc, c.id asc limit $3` },
  { name: 'agency cases, first page', sql: `${LIST_SELECT} where c.agency_id = $1 order by c.created_at desc, c.id desc limit $2` },
] as const;

interface TPlanNode {
  readonly 'Node Type': string;
  readonly 'Index Name'?: string;
  readonly 'Relation Name'?: string;
  readonly Plans?: readonly TPlanNode[];
}

/** The plan as one line, `Limit > Nested Loop > Index Scan qrb_cases_queue_idx …`, depth first. */
function describePlan(node: TPlanNode): string {
  const self = `${node['Node Type']}${node['Index Name'] ? ` ${node['Index Name']}` : node['Relation Name'] ? ` ${node['Relation Name']}` : ''}`;
  const children = (node.Plans ?? []).map(describePlan);
  return children.length === 0 ? self : `${self} > (${children.join(', ')})`;
}

function readsCasesByIndex(node: TPlanNode): boolean {
  const isIndexScan = /Index/.test(node['Node Type']) && (node['Index Name'] ?? '').startsWith('qrb_cases');
  return isIndexScan || (node.Plans ?? []).some(readsCasesByIndex);
}

async function explainOnPostgres(url: string, db: TDatabase, year: TQrbYearSummary): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const agencyId = year.agencies[0]!.id;
    const parameters: Record<(typeof EXPLAINED)[number]['name'], unknown[]> = {
      'board queue, first page': [...QUEUE_STATUSES, PAGE],
      'agency cases, first page': [agencyId, PAGE],
    };
    const fromRepository: Record<(typeof EXPLAINED)[number]['name'], readonly TQrbCaseListRow[]> = {
      'board queue, first page': await listQrbQueue(db, { statuses: QUEUE_STATUSES, limit: PAGE }),
      'agency cases, first page': await listQrbCases(db, { agencyId, limit: PAGE }),
    };
    for (const query of EXPLAINED) {
      // The SQL written out must return what the repository returns, or its plan explains nothing.
      const ids = (await client.query<{ id: string }>(query.sql, parameters[query.name])).rows.map((r) => r.id);
      const mirrors = ids.join() === fromRepository[query.name].map((r) => r.id).join();
      const result = await client.query<{ 'QUERY PLAN': { Plan: TPlanNode }[] }>(`explain (format json) ${query.sql}`, parameters[query.name]);
      const plan = result.rows[0]!['QUERY PLAN'][0]!.Plan;
      console.log(
        `postgres  EXPLAIN ${query.name}: index scan on qrb_cases ${readsCasesByIndex(plan) ? 'yes' : 'NO'} — ${describePlan(plan)}` +
          (mirrors ? '' : ' (WARNING: this SQL no longer returns the repository\'s rows; update EXPLAINED)'),
      );
    }
  } finally {
    await client.end();
  }
}

async function measureOnPostgres(): Promise<void> {
  await withFreshPostgres(async (handle, url) => {
    await handle.migrate();
    const { year } = await measureYear('postgres', handle);
    await explainOnPostgres(url, handle.db, year);
  });
}

/**
 * A government-scale QRB year (100 agencies, 2,000 hiring actions, 5,000 cases, 600 members, 1,500 boards,
 * seeded by `seedQrbYear`) on PGlite on disk and on PostgreSQL: the seed time, then median and p95 of the
 * board queue and the agency case lists with their filters and later pages, against the 50 ms target —
 * as repository queries and through the API — and on PostgreSQL the plans of the two main lists. Prints
 * figures; passes or fails nothing.
 */
export async function runQrbBench(): Promise<void> {
  console.log(`\n## QRB year (seedQrbYear defaults; ${RUNS} runs after ${WARMUP} warm-up, pages of ${PAGE}, target p95 < ${TARGET_P95_MS} ms)`);
  await measureOnPglite();
  await measureOnPostgres();
}
