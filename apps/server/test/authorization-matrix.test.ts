/// <reference types="vite/client" />
import { insertSession, ROLES, type TDatabase, type TUserWithRoles } from '@ecq/db';
import { createAgency, createUser } from '@ecq/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER, newSessionSecrets, SESSION_COOKIE } from '../src/auth/session-tokens';
import { ROUTES } from '../src/routes';
import type { TAccessCase, TAudience, TMatrixContext, TReach } from './access/types';
import { createTestApp, type TestApp } from './harness';

/**
 * The authorization matrix, generated from the route table: every route × every audience (anonymous and a
 * user holding exactly one role) × a record of the caller's own agency or of another. A route added without
 * an expectation fails here, and so does an expectation for a route that no longer exists.
 */

/** Served by app.ts beside the route table. */
const INFRASTRUCTURE_ROUTES = [
  { method: 'GET', url: '/openapi.json' },
  { method: 'GET', url: '/docs' },
] as const;
const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
const AUDIENCES: readonly TAudience[] = ['anonymous', ...ROLES];
const SCOPES = ['own', 'other'] as const;
const SESSION_TTL_MS = 60 * 60 * 1000;

const routeKey = (route: { readonly method: string; readonly url: string }) => `${route.method} ${route.url}`;
const ROUTE_KEYS = [...ROUTES, ...INFRASTRUCTURE_ROUTES].map(routeKey);

const expectationModules = import.meta.glob<Record<string, unknown>>('./access/*-expectations.ts', { eager: true });

function isAccessCase(value: unknown): value is TAccessCase {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { build?: unknown; expect?: unknown };
  if (typeof candidate.build !== 'function' || typeof candidate.expect !== 'object' || candidate.expect === null) return false;
  const reaches = candidate.expect as Record<string, unknown>;
  return AUDIENCES.every((audience) => ['all', 'own', 'none'].includes(reaches[audience] as string));
}

/** Every expectation file's exports, merged; a route named twice, or a malformed entry, is a problem. */
function loadExpectations(): { readonly cases: ReadonlyMap<string, TAccessCase>; readonly problems: readonly string[] } {
  const cases = new Map<string, TAccessCase>();
  const problems: string[] = [];
  for (const [file, exports] of Object.entries(expectationModules)) {
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value !== 'object' || value === null) continue;
      for (const [key, entry] of Object.entries(value)) {
        if (!isAccessCase(entry)) problems.push(`${file} ${name}["${key}"] is not an access case for every audience`);
        else if (cases.has(key)) problems.push(`${file} ${name}: "${key}" is also expected elsewhere`);
        else cases.set(key, entry);
      }
    }
  }
  return { cases, problems };
}

const { cases: EXPECTATIONS, problems: LOAD_PROBLEMS } = loadExpectations();

/** What a caller of this audience must get; "allowed" is anything but 401 and 403. */
function expectedOutcome(reach: TReach, audience: TAudience, scope: 'own' | 'other'): 'allowed' | 401 | 403 {
  if (reach === 'all' || (reach === 'own' && scope === 'own')) return 'allowed';
  return audience === 'anonymous' ? 401 : 403;
}

let t: TestApp;
let ctx: TMatrixContext;
const audienceUsers = new Map<TAudience, TUserWithRoles>();

/**
 * A fresh session for one request, written straight to the database: cheap, and a route that ends sessions
 * (sign-out, deactivation) cannot spoil the next request.
 */
async function sessionHeaders(db: TDatabase, user: TUserWithRoles, isWrite: boolean): Promise<Record<string, string>> {
  const secrets = newSessionSecrets();
  await insertSession(db, {
    tokenHash: secrets.tokenHash,
    userId: user.id,
    csrfToken: secrets.csrfToken,
    expiresAt: new Date(Date.now() + SESSION_TTL_MS),
  });
  const cookie = `${SESSION_COOKIE}=${secrets.token}`;
  return isWrite ? { cookie, [CSRF_HEADER]: secrets.csrfToken } : { cookie };
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.handle.db;
  const own = await createAgency(db);
  const other = await createAgency(db);
  ctx = { app: t.app, db, ownAgencyId: own.id, otherAgencyId: other.id };
  for (const role of ROLES) {
    audienceUsers.set(role, await createUser(db, { roles: [role], agencyId: role === 'opm_admin' ? null : own.id }));
  }
});
afterAll(async () => t.close());

describe('[AUTHZ] the authorization matrix, generated from the route table', () => {
  it('loads the expectation files, each entry well-formed and no route expected twice', () => {
    expect(Object.keys(expectationModules)).toEqual(
      expect.arrayContaining([
        './access/auth-expectations.ts',
        './access/admin-expectations.ts',
        './access/narratives-expectations.ts',
        './access/qrb-expectations.ts',
      ]),
    );
    expect(LOAD_PROBLEMS).toEqual([]);
  });

  it('has an expectation for every route, so a new route without a policy fails', () => {
    expect(ROUTE_KEYS.filter((key) => !EXPECTATIONS.has(key))).toEqual([]);
  });

  it('names only routes that exist', () => {
    expect([...EXPECTATIONS.keys()].filter((key) => !ROUTE_KEYS.includes(key))).toEqual([]);
  });

  for (const key of ROUTE_KEYS) {
    it(key, async () => {
      const accessCase = EXPECTATIONS.get(key);
      expect(accessCase, `no expectation for ${key}`).toBeDefined();
      if (!accessCase) return;
      const method = key.slice(0, key.indexOf(' ')) as 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
      const failures: string[] = [];
      for (const audience of AUDIENCES) {
        const user = audienceUsers.get(audience);
        for (const scope of SCOPES) {
          const built = await accessCase.build(ctx, scope, user);
          const headers = user ? await sessionHeaders(ctx.db, user, WRITE_METHODS.has(method)) : {};
          const response = await t.app.inject({
            method,
            url: built.url,
            headers,
            ...(built.payload === undefined ? {} : { payload: built.payload as object }),
          });
          const wanted = expectedOutcome(accessCase.expect[audience], audience, scope);
          const status = response.statusCode;
          const isAllowed = status !== 401 && status !== 403;
          const isCorrect = wanted === 'allowed' ? isAllowed && status < 500 : status === wanted;
          if (!isCorrect) {
            failures.push(`${audience}/${scope}: wanted ${wanted}, got ${status} ${response.body.slice(0, 160)}`);
          }
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
