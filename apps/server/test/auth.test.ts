import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countAuditEvents, listAuditEvents } from '@ecq/db';
import { createUser, TEST_PASSWORD } from '@ecq/db/testing';
import { createTestApp, signInAs, type TestApp } from './harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ signInMaxFailures: 3 });
});
afterAll(async () => t.close());

describe('[AUTH] sign-in, session and sign-out', () => {
  it('signs in with a session cookie that is HttpOnly and SameSite, and the session names the user', async () => {
    const user = await createUser(t.handle.db, { roles: ['agency_hr'] });
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email.toUpperCase(), password: TEST_PASSWORD } });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'ecq_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(response.json()).not.toHaveProperty('user.passwordHash');
    const session = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: `ecq_session=${cookie!.value}` } });
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({ user: { id: user.id, roles: ['agency_hr'], agencyId: user.agencyId } });
    const events = await listAuditEvents(t.handle.db, { action: 'auth.signed_in', entityId: user.id, limit: 5 });
    expect(events).toHaveLength(1);
  });

  it('rejects a wrong password and an unknown email with the same 401', async () => {
    const user = await createUser(t.handle.db);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: 'nope' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'nobody@test.example', password: 'nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().message).toBe(unknown.json().message);
    expect(wrong.json()).toMatchObject({ code: 'UNAUTHENTICATED', field: 'email' });
  });

  it('answers 429 after too many failures for one email, even with the right password', async () => {
    const user = await createUser(t.handle.db);
    for (let i = 0; i < 3; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: `bad-${i}` } });
      expect(r.statusCode).toBe(401);
    }
    const limited = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: TEST_PASSWORD } });
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED', field: 'email' });
  });

  it('signs out: the same cookie no longer works, and sign-out without the CSRF header is refused', async () => {
    const s = await signInAs(t.app, await createUser(t.handle.db));
    const noCsrf = await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie: s.cookie } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json()).toMatchObject({ code: 'FORBIDDEN', field: 'x-csrf-token' });
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: s.headers });
    expect(out.statusCode).toBe(200);
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: s.cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('rejects an expired session', async () => {
    const short = await createTestApp({ sessionTtlMs: 1 });
    try {
      const s = await signInAs(short.app, await createUser(short.handle.db));
      await new Promise((r) => setTimeout(r, 20));
      const response = await short.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: s.cookie } });
      expect(response.statusCode).toBe(401);
    } finally {
      await short.close();
    }
  });

  it('rejects malformed sign-in bodies with a field, writing nothing', async () => {
    const before = await countAuditEvents(t.handle.db);
    const cases = [
      { payload: '{"email":', headers: { 'content-type': 'application/json' }, code: 'BAD_REQUEST' },
      { payload: { email: 'not-an-email', password: 'x' }, code: 'VALIDATION_FAILED', field: 'email' },
      { payload: { email: 'a@b.example' }, code: 'VALIDATION_FAILED', field: 'password' },
      { payload: { email: 'a@b.example', password: 'x', role: 'opm_admin' }, code: 'VALIDATION_FAILED', field: 'role' },
      { payload: { email: 'a@b.example', password: 'x'.repeat(2 * 1024 * 1024) }, code: 'PAYLOAD_TOO_LARGE' },
    ];
    for (const c of cases) {
      const response = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: c.payload, ...(c.headers ? { headers: c.headers } : {}) });
      expect(response.statusCode, JSON.stringify(c.payload).slice(0, 80)).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(response.json()).toMatchObject({ code: c.code, ...(c.field ? { field: c.field } : {}) });
    }
    expect(await countAuditEvents(t.handle.db)).toBe(before);
  });

  it('serves security headers, a request id, health and the OpenAPI document', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.json()).toEqual({ status: 'ok' });
    expect(health.headers['x-content-type-options']).toBe('nosniff');
    expect(health.headers['x-request-id']).toBeTruthy();
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ready' });
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/auth/sign-in'].post.requestBody.content['application/json'].schema.required).toEqual(['email', 'password']);
    const missing = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('NOT_FOUND');
  });
});
