import { getAgencyById, getUserById, listAuditEvents } from '@ecq/db';
import { createAgency, createUser } from '@ecq/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInUser, type TestApp, type TSignedIn } from './harness';

/** Several records at once, so PostgreSQL sees real contention on its connection pool. */
const RECORDS_PER_RUN = 4;

let t: TestApp;
let admin: TSignedIn;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInUser(t, { roles: ['opm_admin'], agencyId: null });
});
afterAll(async () => t.close());

/** Two writers quoting the same version, sent together: the one that lost is told, never overwritten. */
async function raceTwoPatches(url: string, bodies: readonly [object, object]) {
  const [first, second] = await Promise.all(
    bodies.map((payload) => t.app.inject({ method: 'PATCH', url, headers: admin.headers, payload })),
  );
  const responses = [first!, second!];
  const statuses = responses.map((r) => r.statusCode).sort();
  const winner = responses.findIndex((r) => r.statusCode === 200);
  const loser = responses.find((r) => r.statusCode === 409);
  return { statuses, winner, loser };
}

describe('[CONCURRENCY] optimistic concurrency on PATCH', () => {
  it('two renames of one agency at the same version: one 200, one 409, one audit event', async () => {
    const agencies = await Promise.all(Array.from({ length: RECORDS_PER_RUN }, () => createAgency(t.handle.db)));
    await Promise.all(
      agencies.map(async (agency) => {
        const names = [`${agency.code} by A`, `${agency.code} by B`] as const;
        const race = await raceTwoPatches(`/api/agencies/${agency.id}`, [
          { name: names[0], version: agency.version },
          { name: names[1], version: agency.version },
        ]);
        expect(race.statuses).toEqual([200, 409]);
        expect(race.loser?.json()).toMatchObject({ code: 'CONFLICT', field: 'version' });
        expect(race.loser?.json().message).toContain(`version ${agency.version + 1}`);
        const stored = await getAgencyById(t.handle.db, agency.id);
        expect(stored).toMatchObject({ name: names[race.winner as 0 | 1], version: agency.version + 1 });
        const events = await listAuditEvents(t.handle.db, { action: 'agency.updated', entityId: agency.id, limit: 10 });
        expect(events).toHaveLength(1);
        expect(events[0]?.after).toMatchObject({ name: names[race.winner as 0 | 1], version: agency.version + 1 });
      }),
    );
  });

  it('two changes of one user at the same version: one 200, one 409, one audit event', async () => {
    const agency = await createAgency(t.handle.db);
    const users = await Promise.all(
      Array.from({ length: RECORDS_PER_RUN }, () => createUser(t.handle.db, { roles: ['candidate'], agencyId: agency.id })),
    );
    await Promise.all(
      users.map(async (user) => {
        const names = [`${user.displayName} by A`, `${user.displayName} by B`] as const;
        const race = await raceTwoPatches(`/api/users/${user.id}`, [
          { displayName: names[0], roles: ['executive'], version: user.version },
          { displayName: names[1], roles: ['rating_official'], version: user.version },
        ]);
        expect(race.statuses).toEqual([200, 409]);
        expect(race.loser?.json()).toMatchObject({ code: 'CONFLICT', field: 'version' });
        const stored = await getUserById(t.handle.db, user.id);
        const winnerRoles = race.winner === 0 ? ['executive'] : ['rating_official'];
        expect(stored).toMatchObject({ displayName: names[race.winner as 0 | 1], roles: winnerRoles, version: user.version + 1 });
        const events = await listAuditEvents(t.handle.db, { action: 'user.updated', entityId: user.id, limit: 10 });
        expect(events).toHaveLength(1);
      }),
    );
  });
});
