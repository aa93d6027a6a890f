import {
  countAgencies,
  countAuditEvents,
  countNarrativePackages,
  countNarrativeVersions,
  countUsers,
  listPolicyPackRows,
  type TDatabase,
  type TRole,
} from '@ecq/db';
import { createAgency, createNarrativePackage, createUser, TEST_PASSWORD } from '@ecq/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BODY_LIMIT } from '../src/app';
import type { TAnyRoute } from '../src/http/route';
import { ROUTES } from '../src/routes';
import { freshCasePackage } from './case-fixtures';
import { createTestApp, signedInUser, type TestApp, type TSignedIn } from './harness';

/**
 * Every write route of the route table, fed bad input as an authorized caller: each answer is a 4xx with the
 * right code and field, and nothing is written. Generated from the table, so a new write route without a
 * valid-body builder (or a place in the no-body list) fails here.
 */

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
const routeKey = (route: TAnyRoute) => `${route.method} ${route.url}`;
const WRITE_ROUTES = ROUTES.filter((route) => WRITE_METHODS.has(route.method));

interface TBuildContext {
  readonly db: TDatabase;
  /** The authorized caller, or null on a public route. */
  readonly caller: TSignedIn | null;
}

interface TValidRequest {
  readonly url: string;
  readonly body: Readonly<Record<string, unknown>>;
  /** The fields whose absence the route must reject. */
  readonly required: readonly string[];
  /** A write route that stores nothing (a stateless analysis): the valid request must not change any count. */
  readonly isStateless?: boolean;
}

let sequence = 0;
const nextId = () => (++sequence).toString(36).toUpperCase().padStart(4, '0');

/** A package owned by the caller (the write-route caller is a candidate: the narrative routes' first role). */
async function ownPackage(ctx: TBuildContext, options: { modelId?: string; text?: string } = {}) {
  if (ctx.caller === null) throw new Error('narrative routes need a signed-in caller');
  return (await createNarrativePackage(ctx.db, { owner: ctx.caller.user, ...options })).package;
}

const NARRATIVE_TEXT = 'ECQ 1: Leading Change\n\nI led the redesign of our permit process, cutting review time by 40 percent.';

/** A request each body-taking write route accepts (asserted at the end of its test). */
const VALID_REQUESTS: Readonly<Record<string, (ctx: TBuildContext) => Promise<TValidRequest>>> = {
  'POST /api/auth/sign-in': async ({ db }) => {
    const user = await createUser(db);
    return { url: '/api/auth/sign-in', body: { email: user.email, password: TEST_PASSWORD }, required: ['email', 'password'] };
  },
  'POST /api/agencies': async () => ({
    url: '/api/agencies',
    body: { code: `WR${nextId()}`, name: 'Write-route agency' },
    required: ['code', 'name'],
  }),
  'PATCH /api/agencies/:id': async ({ db }) => {
    const agency = await createAgency(db);
    return { url: `/api/agencies/${agency.id}`, body: { name: 'Renamed', version: agency.version }, required: ['name', 'version'] };
  },
  'POST /api/users': async ({ db }) => {
    const agency = await createAgency(db);
    return {
      url: '/api/users',
      body: {
        email: `write-route-${nextId().toLowerCase()}@test.example`,
        displayName: 'Write-route user',
        password: 'a long enough password',
        agencyId: agency.id,
        roles: ['candidate'],
      },
      required: ['email', 'displayName', 'password', 'agencyId', 'roles'],
    };
  },
  'POST /api/models/import': async () => ({
    url: '/api/models/import',
    body: { casePackage: freshCasePackage() },
    required: ['casePackage'],
  }),
  'POST /api/narratives': async () => ({
    url: '/api/narratives',
    body: { title: 'Write-route package', candidateName: 'Pat Lee', modelId: 'ecq-2025', limits: { maxPagesPerEcq: 1 }, text: NARRATIVE_TEXT },
    required: ['title', 'candidateName'],
  }),
  'PUT /api/narratives/:id': async (ctx) => {
    const pkg = await ownPackage(ctx);
    return {
      url: `/api/narratives/${pkg.id}`,
      body: { text: NARRATIVE_TEXT, title: 'Renamed', candidateName: 'Pat Lee', limits: { maxTotalPages: 8 }, version: pkg.version },
      required: ['text', 'version'],
    };
  },
  'POST /api/narratives/:id/import': async (ctx) => {
    const pkg = await ownPackage(ctx);
    return {
      url: `/api/narratives/${pkg.id}/import`,
      body: { filename: 'draft.md', contentBase64: Buffer.from(`# ${NARRATIVE_TEXT}`).toString('base64'), version: pkg.version },
      required: ['filename', 'contentBase64', 'version'],
    };
  },
  'POST /api/narratives/:id/migrate': async (ctx) => {
    const pkg = await ownPackage(ctx, { modelId: 'ecq-2006', text: 'Results Driven\n\nI cut the backlog by half in one year.' });
    return { url: `/api/narratives/${pkg.id}/migrate`, body: { to: 'ecq-2025' }, required: ['to'] };
  },
  'POST /api/analyze': async () => ({
    url: '/api/analyze',
    body: { text: NARRATIVE_TEXT, modelId: 'ecq-2025', limits: { maxPagesPerEcq: 1 } },
    required: ['text'],
    isStateless: true,
  }),
  'PATCH /api/users/:id': async ({ db }) => {
    const user = await createUser(db);
    return {
      url: `/api/users/${user.id}`,
      body: { displayName: 'Renamed', isActive: true, roles: ['executive'], version: user.version },
      required: ['version'],
    };
  },
};

/** Write routes that take no body, with the URL to call. */
const NO_BODY_ROUTES: Readonly<Record<string, (ctx: TBuildContext) => Promise<string>>> = {
  'POST /api/auth/sign-out': async () => '/api/auth/sign-out',
};

/** A value of another JSON type than the valid one. */
function wrongTypeFor(value: unknown): unknown {
  if (typeof value === 'string') return 12_345;
  if (typeof value === 'number') return 'not-a-number';
  if (typeof value === 'boolean') return 'yes';
  if (Array.isArray(value)) return 'not-a-list';
  return value === null ? 12_345 : 'not-an-object';
}

interface TBadRequest {
  readonly label: string;
  readonly payload: string | object;
  readonly status: number;
  readonly code: string;
  readonly field: string;
}

function badRequestsFor(route: TAnyRoute, valid: TValidRequest | undefined): TBadRequest[] {
  const limit = Math.max(route.bodyLimit ?? DEFAULT_BODY_LIMIT, DEFAULT_BODY_LIMIT);
  const oversized = JSON.stringify({ ...valid?.body, padding: 'x'.repeat(limit + 1) });
  const common: TBadRequest[] = [
    { label: 'malformed JSON', payload: '{"name": ', status: 400, code: 'BAD_REQUEST', field: 'body' },
    { label: 'oversized body', payload: oversized, status: 413, code: 'PAYLOAD_TOO_LARGE', field: 'body' },
  ];
  if (!valid) return common;
  const body = valid.body;
  return [
    ...common,
    { label: 'a list instead of an object', payload: [body], status: 400, code: 'VALIDATION_FAILED', field: 'body' },
    { label: 'unknown field', payload: { ...body, unexpectedField: 1 }, status: 400, code: 'VALIDATION_FAILED', field: 'unexpectedField' },
    ...Object.entries(body).map(([field, value]) => ({
      label: `wrong type of ${field}`,
      payload: { ...body, [field]: wrongTypeFor(value) },
      status: 400,
      code: 'VALIDATION_FAILED',
      field,
    })),
    ...valid.required.map((field) => {
      const { [field]: _dropped, ...rest } = body;
      return { label: `missing ${field}`, payload: rest, status: 400, code: 'VALIDATION_FAILED', field };
    }),
  ];
}

async function countRows(db: TDatabase) {
  return {
    agencies: await countAgencies(db),
    users: await countUsers(db),
    policyPacks: (await listPolicyPackRows(db)).length,
    narrativePackages: await countNarrativePackages(db),
    narrativeVersions: await countNarrativeVersions(db),
    auditEvents: await countAuditEvents(db),
  };
}

/** A caller the route's gate lets through: anonymous on public routes, else a user holding a role it names. */
async function authorizedCaller(t: TestApp, route: TAnyRoute): Promise<TSignedIn | null> {
  if (route.access.kind === 'public') return null;
  const role: TRole = route.access.kind === 'roles' ? route.access.roles[0]! : 'candidate';
  return signedInUser(t, { roles: [role] });
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('[API] write routes reject bad input and write nothing', () => {
  it('has a valid-body builder or a no-body entry for every write route, matching whether it takes a body', () => {
    const problems = WRITE_ROUTES.flatMap((route) => {
      const key = routeKey(route);
      if (key in VALID_REQUESTS) return route.body ? [] : [`${key} has a body builder but takes no body`];
      if (key in NO_BODY_ROUTES) return route.body ? [`${key} takes a body but is in the no-body list`] : [];
      return [`${key} has no valid-body builder and is not in the no-body list`];
    });
    expect(problems).toEqual([]);
    const known = new Set(WRITE_ROUTES.map(routeKey));
    expect([...Object.keys(VALID_REQUESTS), ...Object.keys(NO_BODY_ROUTES)].filter((key) => !known.has(key))).toEqual([]);
  });

  for (const route of WRITE_ROUTES) {
    const key = routeKey(route);
    it(key, async () => {
      const db = t.handle.db;
      const caller = await authorizedCaller(t, route);
      const buildValid = VALID_REQUESTS[key];
      const buildUrl = NO_BODY_ROUTES[key];
      expect(buildValid ?? buildUrl, `${key}: no builder`).toBeDefined();
      const valid = buildValid ? await buildValid({ db, caller }) : undefined;
      const url = valid?.url ?? (buildUrl ? await buildUrl({ db, caller }) : route.url);
      const headers = caller?.headers ?? {};
      const method = route.method;

      const before = await countRows(db);
      for (const bad of badRequestsFor(route, valid)) {
        const response = await t.app.inject({
          method,
          url,
          headers: { ...headers, 'content-type': 'application/json' },
          payload: typeof bad.payload === 'string' ? bad.payload : JSON.stringify(bad.payload),
        });
        expect(response.statusCode, `${key}: ${bad.label}: ${response.body.slice(0, 200)}`).toBe(bad.status);
        expect(response.json(), `${key}: ${bad.label}`).toMatchObject({ code: bad.code, field: bad.field });
      }
      expect(await countRows(db)).toEqual(before);

      // The valid request goes through, so the rejections above were about the input, not the caller or URL.
      const accepted = await t.app.inject({ method, url, headers, ...(valid ? { payload: valid.body } : {}) });
      expect(accepted.statusCode, `${key}: valid request: ${accepted.body.slice(0, 200)}`).toBeLessThan(300);
      if (valid?.isStateless === true) expect(await countRows(db)).toEqual(before);
      else expect((await countRows(db)).auditEvents).toBeGreaterThan(before.auditEvents);
    });
  }
});
