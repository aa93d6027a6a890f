import { NUMBERED_PACKAGE_2025 } from '@ecq/core/testing';
import { getUserById, type TAgencyRow, type TQrbMemberWithUser } from '@ecq/db';
import { createAgency, createQrbMember, createUser } from '@ecq/db/testing';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { createTestApp, signInAs, type TestApp, type TSignedIn } from './harness';

/** The day the QRB tests live on (the clock is fixed, so deadlines do not drift with the calendar). */
export const TODAY = '2026-12-04';

/** A clock the tests move: `now` for buildApp, `set` to a day (at 15:00 UTC). */
export function fixedClock(day = TODAY) {
  let now = new Date(`${day}T15:00:00.000Z`);
  return {
    now: () => now,
    set(next: string) {
      now = new Date(`${next}T15:00:00.000Z`);
    },
  };
}

/** The real app on a fresh database, on `clock`; sessions outlive the days a test moves the clock by. */
export function createQrbTestApp(clock: ReturnType<typeof fixedClock>): Promise<TestApp> {
  return createTestApp({ sessionTtlMs: 120 * 24 * 3600 * 1000 }, { now: clock.now });
}

export type TMethod = 'GET' | 'POST' | 'PUT' | 'PATCH';

export function call(t: TestApp, method: TMethod, url: string, who?: TSignedIn, payload?: object): Promise<LightMyRequestResponse> {
  return t.app.inject({ method, url, headers: who?.headers ?? {}, ...(payload === undefined ? {} : { payload }) });
}

/** A call that must answer `status`; returns the JSON body. */
export async function expectCall<T = Record<string, unknown>>(t: TestApp, status: number, method: TMethod, url: string, who?: TSignedIn, payload?: object): Promise<T> {
  const response = await call(t, method, url, who, payload);
  expect(response.statusCode, `${method} ${url}: ${response.body.slice(0, 600)}`).toBe(status);
  return response.json<T>();
}

/** The people of a QRB flow: an agency with its staff and candidate, OPM, and a roster across four other agencies. */
export interface TQrbWorld {
  readonly agency: TAgencyRow;
  readonly hr: TSignedIn;
  readonly otherHr: TSignedIn;
  readonly candidate: TSignedIn;
  readonly admin: TSignedIn;
  /** Three members of three agencies other than the case's, one with prior service, all career. */
  readonly members: readonly { readonly member: TQrbMemberWithUser; readonly session: TSignedIn }[];
  /** A member who serves at the case's own agency: never on its board. */
  readonly conflicted: { readonly member: TQrbMemberWithUser; readonly session: TSignedIn };
}

export async function buildQrbWorld(t: TestApp, options: { readonly agencyName?: string } = {}): Promise<TQrbWorld> {
  const db = t.handle.db;
  const agency = await createAgency(db, options.agencyName === undefined ? {} : { name: options.agencyName });
  const other = await createAgency(db);
  const sign = async (user: Awaited<ReturnType<typeof createUser>>) => signInAs(t.app, user);
  const hr = await sign(await createUser(db, { roles: ['agency_hr'], agencyId: agency.id, displayName: 'Casey Staff' }));
  const otherHr = await sign(await createUser(db, { roles: ['agency_hr'], agencyId: other.id }));
  const candidate = await sign(await createUser(db, { roles: ['candidate'], agencyId: other.id, displayName: 'Pat Lee' }));
  const admin = await sign(await createUser(db, { roles: ['opm_admin'], agencyId: null }));
  const seat = async (options: Parameters<typeof createQrbMember>[1]) => {
    const member = await createQrbMember(db, options);
    return { member, session: await sign((await getUserById(db, member.userId))!) };
  };
  const members = [await seat({ hasPriorQrbService: true }), await seat({}), await seat({ appointment: 'noncareer' })];
  const conflicted = await seat({ agencyId: agency.id });
  return { agency, hr, otherHr, candidate, admin, members, conflicted };
}

/** A hiring action body initiated after 2025-07-01 (the 2025 model), closed 2026-11-15: the case is due 2027-02-13. */
export function actionBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    positionTitle: 'Director, Office of Science Programs',
    announcementNumber: 'DOE-SES-27-001',
    initiatedOn: '2026-10-01',
    announcementOpensOn: '2026-10-15',
    announcementClosesOn: '2026-11-15',
    applicationMethod: 'traditional_ecq_narrative',
    ...overrides,
  };
}

/** The candidate's five-ECQ 2025 package, stored through the API, and shared with the case. */
export async function shareGoodPackage(t: TestApp, world: TQrbWorld, caseId: string, text: string = NUMBERED_PACKAGE_2025, modelId = 'ecq-2025') {
  const pkg = await expectCall<{ id: string; currentVersion: number }>(t, 201, 'POST', '/api/narratives', world.candidate, {
    title: 'My SES application',
    candidateName: 'Pat Lee',
    modelId,
    text,
  });
  const shared = await expectCall<{ version: number; evidence: { narrative: { packageId: string; version: number } | null } }>(
    t,
    200,
    'POST',
    `/api/qrb/cases/${caseId}/share`,
    world.candidate,
    { packageId: pkg.id },
  );
  return { pkg, shared };
}

/** Every member of the world's board records a review: every ECQ met, except those listed for `lacking`. */
export function reviewBody(version: number, lacking: readonly string[] = [], remarks = 'Examples show team scope, not executive scope.') {
  return {
    version,
    recommendation: lacking.length === 0 ? 'approve' : 'disapprove',
    findings: ['LC', 'LP', 'DR', 'AOS', 'BC'].map((ecqCode) => ({
      ecqCode,
      finding: lacking.includes(ecqCode) ? 'does_not_meet' : 'meets',
      remarks: lacking.includes(ecqCode) ? remarks : '',
    })),
  };
}
