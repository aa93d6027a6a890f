import {
  countAgencies,
  countAuditEvents,
  countUsers,
  findLiveSession,
  getAgencyById,
  getUserByEmail,
  getUserById,
  listAuditEvents,
} from '@ecq/db';
import { createAgency, createUser } from '@ecq/db/testing';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSessionToken } from '../src/auth/session-tokens';
import { createTestApp, signedInUser, signInAs, type TestApp, type TSignedIn } from './harness';

type TMethod = 'GET' | 'POST' | 'PATCH';

let t: TestApp;
let admin: TSignedIn;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInUser(t, { roles: ['opm_admin'], agencyId: null });
});
afterAll(async () => t.close());

function call(method: TMethod, url: string, who?: TSignedIn, payload?: object): Promise<LightMyRequestResponse> {
  return t.app.inject({ method, url, headers: who?.headers ?? {}, ...(payload === undefined ? {} : { payload }) });
}

/** Follows `nextCursor` through every page of a list. */
async function allPages<T>(url: string, who: TSignedIn, cursorParam: string): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const separator = url.includes('?') ? '&' : '?';
    const pageUrl: string = cursor === null ? url : `${url}${separator}${cursorParam}=${encodeURIComponent(cursor)}`;
    const response = await call('GET', pageUrl, who);
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json<{ items: T[]; nextCursor: string | null }>();
    items.push(...page.items);
    cursor = page.nextCursor;
    pages++;
  } while (cursor !== null && pages < 100);
  return { items, pages };
}

const NEW_PASSWORD = 'a brand new passphrase';

describe('[AGENCIES] create, read, list, rename', () => {
  it('creates an agency and audits it in the same request', async () => {
    const response = await call('POST', '/api/agencies', admin, { code: 'DOE1', name: 'Department of Energy' });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ code: 'DOE1', name: 'Department of Energy', version: 1 });
    expect(await getAgencyById(t.handle.db, created.id)).toMatchObject({ code: 'DOE1' });
    const [event] = await listAuditEvents(t.handle.db, { action: 'agency.created', entityId: created.id, limit: 5 });
    expect(event).toMatchObject({
      actorUserId: admin.user.id,
      agencyId: created.id,
      entityType: 'agency',
      before: null,
      after: { code: 'DOE1', name: 'Department of Energy', version: 1 },
      requestId: response.headers['x-request-id'],
    });
  });

  it('refuses a duplicate code with 409 naming code, and a malformed code with 400, writing nothing', async () => {
    await createAgency(t.handle.db, { code: 'DUP1' });
    const agencies = await countAgencies(t.handle.db);
    const events = await countAuditEvents(t.handle.db);
    const duplicate = await call('POST', '/api/agencies', admin, { code: 'DUP1', name: 'Again' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: 'CONFLICT', field: 'code' });
    for (const code of ['dup2', 'X', 'ABCDEFGHIJKLM', 'AB-1']) {
      const bad = await call('POST', '/api/agencies', admin, { code, name: 'Bad code' });
      expect(bad.statusCode, code).toBe(400);
      expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'code' });
    }
    expect(await countAgencies(t.handle.db)).toBe(agencies);
    expect(await countAuditEvents(t.handle.db)).toBe(events);
  });

  it('lets any signed-in user read an agency; unknown ids are 404 and malformed ones 400', async () => {
    const agency = await createAgency(t.handle.db);
    const candidate = await signedInUser(t, { roles: ['candidate'] });
    const read = await call('GET', `/api/agencies/${agency.id}`, candidate);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: agency.id, code: agency.code, name: agency.name });
    const unknown = await call('GET', '/api/agencies/00000000-0000-4000-8000-000000000000', candidate);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const malformed = await call('GET', '/api/agencies/not-a-uuid', candidate);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'id' });
  });

  it('pages through every agency exactly once, in code order', async () => {
    for (let i = 0; i < 7; i++) await createAgency(t.handle.db, { code: `PG${i}` });
    const expected = await countAgencies(t.handle.db);
    const { items, pages } = await allPages<{ id: string; code: string }>('/api/agencies?limit=3', admin, 'after');
    expect(items).toHaveLength(expected);
    expect(new Set(items.map((a) => a.id)).size).toBe(expected);
    expect(items.map((a) => a.code)).toEqual(items.map((a) => a.code).sort());
    expect(pages).toBe(Math.ceil(expected / 3));
    const tooMany = await call('GET', '/api/agencies?limit=201', admin);
    expect(tooMany.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'limit' });
  });

  it('renames at the quoted version, audits before and after, and refuses a stale version with 409', async () => {
    const agency = await createAgency(t.handle.db, { name: 'Old name' });
    const renamed = await call('PATCH', `/api/agencies/${agency.id}`, admin, { name: 'New name', version: 1 });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'New name', version: 2 });
    const [event] = await listAuditEvents(t.handle.db, { action: 'agency.updated', entityId: agency.id, limit: 5 });
    expect(event).toMatchObject({ before: { name: 'Old name', version: 1 }, after: { name: 'New name', version: 2 } });

    const events = await countAuditEvents(t.handle.db);
    const stale = await call('PATCH', `/api/agencies/${agency.id}`, admin, { name: 'Lost update', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT', field: 'version' });
    expect(stale.json().message).toContain('version 2');
    expect(await getAgencyById(t.handle.db, agency.id)).toMatchObject({ name: 'New name', version: 2 });
    expect(await countAuditEvents(t.handle.db)).toBe(events);

    const missing = await call('PATCH', '/api/agencies/00000000-0000-4000-8000-000000000000', admin, { name: 'X', version: 1 });
    expect(missing.statusCode).toBe(404);
  });

  it('keeps agency writes to OPM administrators', async () => {
    const hr = await signedInUser(t, { roles: ['agency_hr'] });
    const agencies = await countAgencies(t.handle.db);
    expect((await call('POST', '/api/agencies', hr, { code: 'HR1', name: 'Mine' })).statusCode).toBe(403);
    expect((await call('PATCH', `/api/agencies/${hr.user.agencyId}`, hr, { name: 'Mine', version: 1 })).statusCode).toBe(403);
    expect(await countAgencies(t.handle.db)).toBe(agencies);
  });
});

describe('[USERS] create, read, list, update', () => {
  it('creates a user with an argon2id hash who can then sign in; the hash is never shown or audited', async () => {
    const agency = await createAgency(t.handle.db);
    const response = await call('POST', '/api/users', admin, {
      email: 'New.Person@Test.Example',
      displayName: 'New Person',
      password: NEW_PASSWORD,
      agencyId: agency.id,
      roles: ['candidate', 'executive'],
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ email: 'new.person@test.example', agencyId: agency.id, roles: ['candidate', 'executive'], isActive: true, version: 1 });
    expect(response.body).not.toContain('argon2');
    const stored = await getUserById(t.handle.db, created.id);
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    const [event] = await listAuditEvents(t.handle.db, { action: 'user.created', entityId: created.id, limit: 5 });
    expect(event).toMatchObject({ actorUserId: admin.user.id, agencyId: agency.id, entityType: 'user', before: null });
    expect(event?.after).toMatchObject({ email: 'new.person@test.example', roles: ['candidate', 'executive'] });
    expect(JSON.stringify(event)).not.toContain('argon2');
    expect(JSON.stringify(event)).not.toContain('passwordHash');
    const signIn = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'new.person@test.example', password: NEW_PASSWORD } });
    expect(signIn.statusCode).toBe(200);
  });

  it('refuses duplicates, short passwords, bad role sets and missing or unknown agencies, writing nothing', async () => {
    const agency = await createAgency(t.handle.db);
    const existing = await createUser(t.handle.db, { agencyId: agency.id });
    const valid = { email: 'fresh@test.example', displayName: 'Fresh', password: NEW_PASSWORD, agencyId: agency.id, roles: ['candidate'] };
    const users = await countUsers(t.handle.db);
    const events = await countAuditEvents(t.handle.db);
    const cases: ReadonlyArray<{ body: object; status: number; code: string; field: string }> = [
      { body: { ...valid, email: existing.email.toUpperCase() }, status: 409, code: 'CONFLICT', field: 'email' },
      { body: { ...valid, password: 'short' }, status: 400, code: 'VALIDATION_FAILED', field: 'password' },
      { body: { ...valid, roles: [] }, status: 400, code: 'VALIDATION_FAILED', field: 'roles' },
      { body: { ...valid, roles: ['candidate', 'candidate'] }, status: 400, code: 'VALIDATION_FAILED', field: 'roles' },
      { body: { ...valid, roles: ['superuser'] }, status: 400, code: 'VALIDATION_FAILED', field: 'roles[0]' },
      { body: { ...valid, agencyId: null }, status: 400, code: 'VALIDATION_FAILED', field: 'agencyId' },
      { body: { ...valid, agencyId: '00000000-0000-4000-8000-000000000000' }, status: 404, code: 'NOT_FOUND', field: 'agencyId' },
    ];
    for (const c of cases) {
      const response = await call('POST', '/api/users', admin, c.body);
      expect(response.statusCode, JSON.stringify(c.body)).toBe(c.status);
      expect(response.json()).toMatchObject({ code: c.code, field: c.field });
    }
    expect(await countUsers(t.handle.db)).toBe(users);
    expect(await countAuditEvents(t.handle.db)).toBe(events);
    expect(await getUserByEmail(t.handle.db, valid.email)).toBeUndefined();
  });

  it('creates a government-wide OPM administrator without an agency', async () => {
    const response = await call('POST', '/api/users', admin, {
      email: 'second-admin@test.example',
      displayName: 'Second admin',
      password: NEW_PASSWORD,
      agencyId: null,
      roles: ['opm_admin'],
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ agencyId: null, roles: ['opm_admin'] });
  });

  it('lists users: OPM administrators all or one agency, agency staff only their own (another agency → 403)', async () => {
    const agencyA = await createAgency(t.handle.db);
    const agencyB = await createAgency(t.handle.db);
    for (let i = 0; i < 5; i++) await createUser(t.handle.db, { agencyId: agencyA.id });
    for (let i = 0; i < 3; i++) await createUser(t.handle.db, { agencyId: agencyB.id });
    const hrA = await signedInUser(t, { roles: ['agency_hr'], agencyId: agencyA.id });

    const everyone = await allPages<{ id: string; email: string }>('/api/users?limit=4', admin, 'after');
    expect(everyone.items).toHaveLength(await countUsers(t.handle.db));
    expect(new Set(everyone.items.map((u) => u.id)).size).toBe(everyone.items.length);
    expect(everyone.items.map((u) => u.email)).toEqual(everyone.items.map((u) => u.email).sort());

    const ofB = await allPages<{ agencyId: string }>(`/api/users?agencyId=${agencyB.id}&limit=2`, admin, 'after');
    expect(ofB.items).toHaveLength(3);
    expect(ofB.items.every((u) => u.agencyId === agencyB.id)).toBe(true);

    const hrOwn = await allPages<{ agencyId: string }>('/api/users?limit=2', hrA, 'after');
    expect(hrOwn.items).toHaveLength(6);
    expect(hrOwn.items.every((u) => u.agencyId === agencyA.id)).toBe(true);

    const hrOther = await call('GET', `/api/users?agencyId=${agencyB.id}`, hrA);
    expect(hrOther.statusCode).toBe(403);
    expect(hrOther.json()).toMatchObject({ code: 'FORBIDDEN', field: 'agencyId' });
    const candidate = await signedInUser(t, { roles: ['candidate'], agencyId: agencyA.id });
    expect((await call('GET', '/api/users', candidate)).statusCode).toBe(403);
  });

  it('reads a user: oneself, OPM administrators, and agency staff of the same agency only', async () => {
    const agencyA = await createAgency(t.handle.db);
    const agencyB = await createAgency(t.handle.db);
    const hrA = await signedInUser(t, { roles: ['agency_hr'], agencyId: agencyA.id });
    const candidateA = await signedInUser(t, { roles: ['candidate'], agencyId: agencyA.id });
    const inB = await createUser(t.handle.db, { agencyId: agencyB.id });

    const me = await call('GET', '/api/users/me', candidateA);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: candidateA.user.id, roles: ['candidate'] });
    expect(me.json()).not.toHaveProperty('passwordHash');
    expect((await call('GET', `/api/users/${candidateA.user.id}`, candidateA)).statusCode).toBe(200);
    expect((await call('GET', `/api/users/${candidateA.user.id}`, hrA)).statusCode).toBe(200);
    expect((await call('GET', `/api/users/${inB.id}`, admin)).statusCode).toBe(200);
    const hrOther = await call('GET', `/api/users/${inB.id}`, hrA);
    expect(hrOther.statusCode).toBe(403);
    expect(hrOther.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await call('GET', `/api/users/${hrA.user.id}`, candidateA)).statusCode).toBe(403);
    expect((await call('GET', '/api/users/00000000-0000-4000-8000-000000000000', admin)).statusCode).toBe(404);
  });

  it('replaces roles at the quoted version and audits before and after; a stale version is a 409', async () => {
    const user = await createUser(t.handle.db, { roles: ['candidate'] });
    const updated = await call('PATCH', `/api/users/${user.id}`, admin, { roles: ['executive', 'rating_official'], displayName: 'Promoted', version: 1 });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ roles: ['executive', 'rating_official'], displayName: 'Promoted', version: 2 });
    expect(await getUserById(t.handle.db, user.id)).toMatchObject({ roles: ['executive', 'rating_official'], version: 2 });
    const [event] = await listAuditEvents(t.handle.db, { action: 'user.updated', entityId: user.id, limit: 5 });
    expect(event).toMatchObject({
      actorUserId: admin.user.id,
      agencyId: user.agencyId,
      before: { roles: ['candidate'], version: 1 },
      after: { roles: ['executive', 'rating_official'], displayName: 'Promoted', version: 2 },
    });
    expect(JSON.stringify(event)).not.toContain('argon2');

    const stale = await call('PATCH', `/api/users/${user.id}`, admin, { displayName: 'Lost', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT', field: 'version' });
    expect(stale.json().message).toContain('version 2');
    expect(await getUserById(t.handle.db, user.id)).toMatchObject({ displayName: 'Promoted', version: 2 });
  });

  it('refuses agency roles for a user without an agency, and an empty change', async () => {
    const opm = await createUser(t.handle.db, { roles: ['opm_admin'], agencyId: null });
    const scoped = await call('PATCH', `/api/users/${opm.id}`, admin, { roles: ['agency_hr'], version: 1 });
    expect(scoped.statusCode).toBe(400);
    expect(scoped.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'roles' });
    const empty = await call('PATCH', `/api/users/${opm.id}`, admin, { version: 1 });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await getUserById(t.handle.db, opm.id)).toMatchObject({ roles: ['opm_admin'], version: 1 });
  });

  it('deactivating a user ends their sessions at once', async () => {
    const user = await createUser(t.handle.db);
    const session = await signInAs(t.app, user);
    const tokenHash = hashSessionToken(session.cookie.slice('ecq_session='.length));
    expect(await findLiveSession(t.handle.db, tokenHash, new Date())).toBeDefined();
    const deactivated = await call('PATCH', `/api/users/${user.id}`, admin, { isActive: false, version: 1 });
    expect(deactivated.statusCode, deactivated.body).toBe(200);
    expect(deactivated.json()).toMatchObject({ isActive: false });
    expect(await findLiveSession(t.handle.db, tokenHash, new Date())).toBeUndefined();
    // Even once active again, the old cookie stays dead: the session is gone, not just ignored.
    expect((await call('PATCH', `/api/users/${user.id}`, admin, { isActive: true, version: 2 })).statusCode).toBe(200);
    expect((await call('GET', '/api/users/me', session)).statusCode).toBe(401);
  });

  it('keeps user writes to OPM administrators', async () => {
    const hr = await signedInUser(t, { roles: ['agency_hr'] });
    const colleague = await createUser(t.handle.db, { agencyId: hr.user.agencyId });
    const response = await call('PATCH', `/api/users/${colleague.id}`, hr, { roles: ['opm_admin'], version: 1 });
    expect(response.statusCode).toBe(403);
    expect(await getUserById(t.handle.db, colleague.id)).toMatchObject({ roles: ['candidate'], version: 1 });
  });
});
