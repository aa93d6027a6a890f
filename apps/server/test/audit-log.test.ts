import { countAuditEvents, recordAuditEvent, type TAgencyRow } from '@ecq/db';
import { createAgency, createUser } from '@ecq/db/testing';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInUser, type TestApp, type TSignedIn } from './harness';

interface TEvent {
  readonly id: number;
  readonly occurredAt: string;
  readonly actorUserId: string | null;
  readonly agencyId: string | null;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string | null;
  readonly before: unknown;
  readonly after: unknown;
  readonly requestId: string | null;
}

const EVENT_KEYS = ['action', 'actorUserId', 'after', 'agencyId', 'before', 'entityId', 'entityType', 'id', 'occurredAt', 'requestId'];

let t: TestApp;
let admin: TSignedIn;
let agencyA: TAgencyRow;
let agencyB: TAgencyRow;
let hrA: TSignedIn;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInUser(t, { roles: ['opm_admin'], agencyId: null });
  agencyA = await createAgency(t.handle.db);
  agencyB = await createAgency(t.handle.db);
  hrA = await signedInUser(t, { roles: ['agency_hr'], agencyId: agencyA.id });
  // Audited changes in both agencies, made through the API.
  for (const [agency, label] of [[agencyA, 'a'], [agencyA, 'b'], [agencyB, 'c']] as const) {
    const user = await createUser(t.handle.db, { agencyId: agency.id });
    const response = await call('PATCH', `/api/users/${user.id}`, admin, { displayName: `Renamed ${label}`, version: 1 });
    expect(response.statusCode, response.body).toBe(200);
  }
});
afterAll(async () => t.close());

function call(method: 'GET' | 'PATCH', url: string, who: TSignedIn, payload?: object): Promise<LightMyRequestResponse> {
  return t.app.inject({ method, url, headers: who.headers, ...(payload === undefined ? {} : { payload }) });
}

async function page(url: string, who: TSignedIn): Promise<{ items: TEvent[]; nextCursor: string | null }> {
  const response = await call('GET', url, who);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('[AUDIT] the audit log', () => {
  it('shows OPM administrators every agency, and one agency when asked', async () => {
    const all = await page('/api/audit-events?limit=200', admin);
    const agencies = new Set(all.items.map((e) => e.agencyId));
    expect(agencies).toContain(agencyA.id);
    expect(agencies).toContain(agencyB.id);
    expect(agencies).toContain(null); // the administrator's own sign-in is government-wide
    const onlyB = await page(`/api/audit-events?agencyId=${agencyB.id}`, admin);
    expect(onlyB.items.length).toBeGreaterThan(0);
    expect(onlyB.items.every((e) => e.agencyId === agencyB.id)).toBe(true);
  });

  it("shows agency staff their own agency's events only; another agency's is 403", async () => {
    const own = await page('/api/audit-events?limit=200', hrA);
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((e) => e.agencyId === agencyA.id)).toBe(true);
    expect(own.items.filter((e) => e.action === 'user.updated')).toHaveLength(2);
    const explicit = await page(`/api/audit-events?agencyId=${agencyA.id}&limit=200`, hrA);
    expect(explicit.items.map((e) => e.id)).toEqual(own.items.map((e) => e.id));

    const other = await call('GET', `/api/audit-events?agencyId=${agencyB.id}`, hrA);
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'FORBIDDEN', field: 'agencyId' });
    expect(other.body).not.toContain('Renamed c');
    const hrB = await signedInUser(t, { roles: ['agency_hr'], agencyId: agencyB.id });
    const fromB = await page('/api/audit-events?limit=200', hrB);
    expect(fromB.items.every((e) => e.agencyId === agencyB.id)).toBe(true);
    expect(JSON.stringify(fromB.items)).not.toContain('Renamed a');
  });

  it('refuses the log to everyone else', async () => {
    for (const role of ['candidate', 'executive', 'rating_official', 'prb_member', 'qrb_member'] as const) {
      const who = await signedInUser(t, { roles: [role], agencyId: agencyA.id });
      expect((await call('GET', '/api/audit-events', who)).statusCode, role).toBe(403);
    }
  });

  it('presents an event with before and after, and never the subject key of a failed sign-in', async () => {
    const failed = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: hrA.user.email, password: 'wrong password' } });
    expect(failed.statusCode).toBe(401);
    const [failure] = (await page(`/api/audit-events?action=auth.sign_in_failed&agencyId=${agencyA.id}`, admin)).items;
    expect(failure).toBeDefined();
    expect(Object.keys(failure!).sort()).toEqual(EVENT_KEYS);
    expect(JSON.stringify(failure)).not.toContain(hrA.user.email);

    const [renamed] = (await page(`/api/audit-events?action=user.updated&agencyId=${agencyB.id}`, admin)).items;
    expect(renamed).toMatchObject({
      actorUserId: admin.user.id,
      agencyId: agencyB.id,
      entityType: 'user',
      before: { version: 1 },
      after: { displayName: 'Renamed c', version: 2 },
    });
    expect(renamed?.requestId).toEqual(expect.any(String));
    expect(Object.keys(renamed!).sort()).toEqual(EVENT_KEYS);
  });

  it('filters by action, entity, actor and time', async () => {
    const [target] = (await page(`/api/audit-events?action=user.updated&agencyId=${agencyA.id}&limit=1`, admin)).items;
    expect(target).toBeDefined();
    const byEntity = await page(`/api/audit-events?entityType=user&entityId=${target!.entityId}`, admin);
    expect(byEntity.items.map((e) => e.id)).toEqual([target!.id]);
    const byActor = await page(`/api/audit-events?actorUserId=${hrA.user.id}&limit=200`, admin);
    expect(byActor.items.length).toBeGreaterThan(0);
    expect(byActor.items.every((e) => e.actorUserId === hrA.user.id)).toBe(true);
    const byAction = await page('/api/audit-events?action=user.updated&limit=200', admin);
    expect(byAction.items).toHaveLength(3);

    // `since` is inclusive: from the target's own timestamp it is there; from a later instant it is not.
    const since = await page(`/api/audit-events?entityId=${target!.entityId}&since=${encodeURIComponent(target!.occurredAt)}`, admin);
    expect(since.items.map((e) => e.id)).toEqual([target!.id]);
    const later = new Date(Date.parse(target!.occurredAt) + 1).toISOString();
    expect((await page(`/api/audit-events?entityId=${target!.entityId}&since=${encodeURIComponent(later)}`, admin)).items).toEqual([]);
  });

  it('pages newest first through every event exactly once', async () => {
    const agency = await createAgency(t.handle.db);
    for (let i = 0; i < 7; i++) {
      await recordAuditEvent(t.handle.db, { actorUserId: null, agencyId: agency.id, action: 'test.paged', entityType: 'test', entityId: String(i) });
    }
    const seen: TEvent[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const cursorPart: string = cursor === null ? '' : `&before=${cursor}`;
      const result = await page(`/api/audit-events?agencyId=${agency.id}&limit=3${cursorPart}`, admin);
      seen.push(...result.items);
      cursor = result.nextCursor;
      pages++;
    } while (cursor !== null && pages < 10);
    expect(pages).toBe(3);
    expect(seen.map((e) => e.entityId)).toEqual(['6', '5', '4', '3', '2', '1', '0']);
    const ids = seen.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(7);
  });

  it('rejects bad queries with the field, and reading writes nothing', async () => {
    const events = await countAuditEvents(t.handle.db);
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['limit=0', 'limit'],
      ['limit=201', 'limit'],
      ['limit=ten', 'limit'],
      ['before=-1', 'before'],
      ['since=yesterday', 'since'],
      ['agencyId=not-a-uuid', 'agencyId'],
      ['actorUserId=42', 'actorUserId'],
      ['agencyID=typo', 'agencyID'],
    ];
    for (const [query, field] of cases) {
      const response = await call('GET', `/api/audit-events?${query}`, admin);
      expect(response.statusCode, query).toBe(400);
      expect(response.json(), query).toMatchObject({ code: 'VALIDATION_FAILED', field });
    }
    expect(await countAuditEvents(t.handle.db)).toBe(events);
  });
});
