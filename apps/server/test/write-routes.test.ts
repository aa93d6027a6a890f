import { addCalendarDays, todayUtc, type TQrbCaseState } from '@ecq/core';
import { NUMBERED_PACKAGE_2025, PACKAGE_2006 } from '@ecq/core/testing';
import {
  countAgencies,
  countAuditEvents,
  countHiringActions,
  countNarrativePackages,
  countNarrativeVersions,
  countQrbBoards,
  countQrbCases,
  countQrbMembers,
  countUsers,
  getQrbSettingsRow,
  insertAgencyHeadTransition,
  insertQrbMember,
  listPolicyPackRows,
  saveQrbReview,
  type TDatabase,
  type TRole,
} from '@ecq/db';
import {
  createAgency,
  createHiringAction,
  createNarrativePackage,
  createQrbBoard,
  createQrbCase,
  createQrbMember,
  createUser,
  qrbCaseStates,
  TEST_PASSWORD,
} from '@ecq/db/testing';
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
  /** Why a route that writes is not audited (marking one's own notifications read changes no record of anyone's). */
  readonly unauditedBecause?: string;
}

let sequence = 0;
const nextId = () => (++sequence).toString(36).toUpperCase().padStart(4, '0');

/** A package owned by the caller (the write-route caller is a candidate: the narrative routes' first role). */
async function ownPackage(ctx: TBuildContext, options: { modelId?: string; text?: string } = {}) {
  if (ctx.caller === null) throw new Error('narrative routes need a signed-in caller');
  return (await createNarrativePackage(ctx.db, { owner: ctx.caller.user, ...options })).package;
}

const NARRATIVE_TEXT = 'ECQ 1: Leading Change\n\nI led the redesign of our permit process, cutting review time by 40 percent.';

/** The write-route caller, for routes that need their identity. */
function callerOf(ctx: TBuildContext): TSignedIn {
  if (ctx.caller === null) throw new Error('this route needs a signed-in caller');
  return ctx.caller;
}

const today = () => todayUtc();
/** A hiring action of the caller's agency whose case is due in 89 days, whatever today is. */
const openAction = (ctx: TBuildContext) =>
  createHiringAction(ctx.db, {
    agencyId: callerOf(ctx).user.agencyId!,
    initiatedOn: '2025-08-01',
    announcementOpensOn: addCalendarDays(today(), -30),
    announcementClosesOn: addCalendarDays(today(), -1),
  });

/** A case of the caller's agency that passes its pre-submission check today: a good 2025 package, certified. */
async function readyCase(ctx: TBuildContext, state?: TQrbCaseState) {
  const action = await openAction(ctx);
  const pkg = (await createNarrativePackage(ctx.db, { text: NUMBERED_PACKAGE_2025 })).package;
  return createQrbCase(ctx.db, {
    agencyId: action.agencyId,
    hiringActionId: action.id,
    narrative: { packageId: pkg.id, version: 1 },
    certification: { certifiedBy: 'The Deputy Secretary', certifiedOn: addCalendarDays(today(), -2) },
    ...(state === undefined ? {} : { state }),
  });
}

/** A board convened today of the caller (a QRB member, put on the roster) and two more members. */
async function boardWithCaller(ctx: TBuildContext) {
  const me = await insertQrbMember(ctx.db, { userId: callerOf(ctx).user.id, appointment: 'career', hasPriorQrbService: true });
  const others = [(await createQrbMember(ctx.db)).id, (await createQrbMember(ctx.db)).id];
  return { me, board: await createQrbBoard(ctx.db, { memberIds: [me.id, ...others], convenesOn: today() }) };
}

const ALL_MET = ['LC', 'LP', 'DR', 'AOS', 'BC'].map((ecqCode) => ({ ecqCode, finding: 'meets' as const, remarks: '' }));

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
  'POST /api/hiring-actions': async () => ({
    url: '/api/hiring-actions',
    body: {
      positionTitle: 'Write-route position',
      announcementNumber: 'WR-01',
      initiatedOn: '2026-10-01',
      announcementOpensOn: '2026-10-15',
      announcementClosesOn: '2026-11-15',
      applicationMethod: 'accomplishment_record',
      narrativeLimits: { maxPagesPerEcq: 1 },
    },
    required: ['positionTitle', 'initiatedOn', 'announcementOpensOn', 'announcementClosesOn', 'applicationMethod'],
  }),
  'POST /api/qrb/cases': async (ctx) => {
    const action = await openAction(ctx);
    const candidate = await createUser(ctx.db, { roles: ['candidate'] });
    return {
      url: '/api/qrb/cases',
      body: {
        hiringActionId: action.id,
        candidateName: 'Pat Lee',
        candidateEmail: candidate.email,
        basis: 'B',
        cdpProgram: 'Federal Executive Institute CDP',
        uniqueQualifications: 'Not needed for B, kept as written.',
        certification: { certifiedBy: 'The Deputy Secretary', certifiedOn: '2026-11-20' },
      },
      required: ['hiringActionId', 'candidateName', 'basis'],
    };
  },
  'PATCH /api/qrb/cases/:id': async (ctx) => {
    const row = await createQrbCase(ctx.db, { agencyId: callerOf(ctx).user.agencyId!, hiringActionId: (await openAction(ctx)).id });
    return {
      url: `/api/qrb/cases/${row.id}`,
      body: {
        version: row.version,
        candidateName: 'Pat Q. Lee',
        candidateEmail: null,
        basis: 'C',
        cdpProgram: null,
        uniqueQualifications: 'A rare mix of skills.',
        certification: { certifiedBy: 'The Deputy Secretary', certifiedOn: '2026-11-20' },
      },
      required: ['version'],
    };
  },
  'PUT /api/qrb/cases/:id/attachments/:kind': async (ctx) => {
    const row = await createQrbCase(ctx.db, { agencyId: callerOf(ctx).user.agencyId!, hiringActionId: (await openAction(ctx)).id });
    return {
      url: `/api/qrb/cases/${row.id}/attachments/resume`,
      body: { filename: 'resume.pdf', contentBase64: Buffer.from('%PDF-1.7\nA resume').toString('base64'), version: row.version },
      required: ['filename', 'contentBase64', 'version'],
    };
  },
  'POST /api/qrb/cases/:id/share': async (ctx) => {
    const row = await createQrbCase(ctx.db, { candidateUserId: callerOf(ctx).user.id });
    const pkg = (await createNarrativePackage(ctx.db, { owner: callerOf(ctx).user, text: NUMBERED_PACKAGE_2025 })).package;
    return { url: `/api/qrb/cases/${row.id}/share`, body: { packageId: pkg.id }, required: ['packageId'] };
  },
  'POST /api/qrb/cases/:id/submit': async (ctx) => {
    const row = await readyCase(ctx);
    return { url: `/api/qrb/cases/${row.id}/submit`, body: { version: row.version }, required: ['version'] };
  },
  'POST /api/qrb/cases/:id/resubmit': async (ctx) => {
    const board = await createQrbBoard(ctx.db);
    const row = await readyCase(ctx, qrbCaseStates.decided(board.id, 'disapproved', today()));
    return { url: `/api/qrb/cases/${row.id}/resubmit`, body: { version: row.version }, required: ['version'] };
  },
  'POST /api/qrb/cases/:id/assign': async ({ db }) => {
    const row = await createQrbCase(db, { state: qrbCaseStates.submitted(today()) });
    const board = await createQrbBoard(db);
    return { url: `/api/qrb/cases/${row.id}/assign`, body: { version: row.version, boardId: board.id }, required: ['version', 'boardId'] };
  },
  'POST /api/qrb/cases/:id/start-review': async (ctx) => {
    const { board } = await boardWithCaller(ctx);
    const row = await createQrbCase(ctx.db, { state: qrbCaseStates.assigned(board.id, today()) });
    return { url: `/api/qrb/cases/${row.id}/start-review`, body: { version: row.version }, required: ['version'] };
  },
  'PUT /api/qrb/cases/:id/reviews/mine': async (ctx) => {
    const { board } = await boardWithCaller(ctx);
    const row = await createQrbCase(ctx.db, { state: qrbCaseStates.inReview(board.id, today()) });
    return {
      url: `/api/qrb/cases/${row.id}/reviews/mine`,
      body: { version: 0, recommendation: 'approve', findings: ALL_MET },
      required: ['version', 'recommendation', 'findings'],
    };
  },
  'POST /api/qrb/cases/:id/decide': async (ctx) => {
    const { board } = await boardWithCaller(ctx);
    const row = await createQrbCase(ctx.db, { state: qrbCaseStates.inReview(board.id, today()) });
    for (const member of board.members) {
      await saveQrbReview(ctx.db, { caseId: row.id, round: 1, memberId: member.id, boardId: board.id, expectedVersion: 0, recommendation: 'approve', findings: ALL_MET });
    }
    return {
      url: `/api/qrb/cases/${row.id}/decide`,
      body: { version: row.version, generalRemarks: 'A strong package.', ecqRemarks: { LC: 'Clear vision.' } },
      required: ['version'],
    };
  },
  'POST /api/qrb/cases/:id/amendments': async ({ db }) => {
    const board = await createQrbBoard(db);
    const row = await createQrbCase(db, { state: qrbCaseStates.decided(board.id, 'disapproved', today()) });
    return {
      url: `/api/qrb/cases/${row.id}/amendments`,
      body: { version: row.version, reason: 'The remarks named the wrong example.', generalRemarks: 'Corrected.', ecqRemarks: { DR: 'Example 2 lacks scope.' } },
      required: ['version', 'reason'],
    };
  },
  'POST /api/qrb/cases/:id/hold': async ({ db }) => {
    const row = await createQrbCase(db, { state: qrbCaseStates.submitted(today()) });
    return { url: `/api/qrb/cases/${row.id}/hold`, body: { version: row.version, note: 'Awaiting the agency records.' }, required: ['version', 'note'] };
  },
  'POST /api/qrb/cases/:id/release': async ({ db }) => {
    const row = await createQrbCase(db, { state: qrbCaseStates.onHold('Awaiting records.', today()) });
    return { url: `/api/qrb/cases/${row.id}/release`, body: { version: row.version }, required: ['version'] };
  },
  'POST /api/qrb/members': async ({ db }) => {
    const user = await createUser(db, { roles: ['qrb_member'] });
    return { url: '/api/qrb/members', body: { userId: user.id, appointment: 'noncareer', hasPriorQrbService: true }, required: ['userId', 'appointment', 'hasPriorQrbService'] };
  },
  'PATCH /api/qrb/members/:id': async ({ db }) => {
    const member = await createQrbMember(db);
    return {
      url: `/api/qrb/members/${member.id}`,
      body: { version: member.version, appointment: 'noncareer', hasPriorQrbService: true, isActive: false },
      required: ['version'],
    };
  },
  'POST /api/qrb/boards/check': async ({ db }) => {
    const board = await createQrbBoard(db);
    const row = await createQrbCase(db, { state: qrbCaseStates.submitted(today()) });
    return { url: '/api/qrb/boards/check', body: { memberIds: board.members.map((m) => m.id), caseId: row.id }, required: ['memberIds'], isStateless: true };
  },
  'POST /api/qrb/boards': async ({ db }) => {
    const memberIds = [(await createQrbMember(db, { hasPriorQrbService: true })).id, (await createQrbMember(db)).id, (await createQrbMember(db)).id];
    return { url: '/api/qrb/boards', body: { convenesOn: '2026-12-10', memberIds, label: 'Write-route board' }, required: ['convenesOn', 'memberIds'] };
  },
  'POST /api/qrb/agency-head-transitions': async ({ db }) => {
    const agency = await createAgency(db);
    return {
      url: '/api/qrb/agency-head-transitions',
      body: { agencyId: agency.id, startedOn: addCalendarDays(today(), -1), note: 'A new secretary is appointed.' },
      required: ['agencyId', 'note'],
    };
  },
  'POST /api/qrb/agency-head-transitions/:id/end': async ({ db }) => {
    const agency = await createAgency(db);
    const admin = await createUser(db, { roles: ['opm_admin'] });
    const transition = await insertAgencyHeadTransition(db, { agencyId: agency.id, startedOn: addCalendarDays(today(), -3), note: 'A new secretary.', startedBy: admin.id });
    return { url: `/api/qrb/agency-head-transitions/${transition.id}/end`, body: { version: transition.version }, required: ['version'] };
  },
  'PATCH /api/qrb/settings': async ({ db }) => ({
    url: '/api/qrb/settings',
    // The defaults, restated: the other routes of this file run under them.
    body: {
      version: (await getQrbSettingsRow(db)).version,
      caseDueDays: 90,
      resubmissionDueDays: 60,
      deadlineEnforcement: 'block',
      boardSize: 3,
      minBoardAgencies: 3,
      minPriorServiceMembers: 1,
      decisionRule: 'unanimous',
    },
    required: ['version'],
  }),
  'POST /api/notifications/read': async () => ({
    url: '/api/notifications/read',
    body: { upToId: 1 },
    required: ['upToId'],
    unauditedBecause: "marking one's own notifications read changes no record anyone else reads",
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
  'POST /api/qrb/cases/:id/migration-draft': async (ctx) => {
    const action = await openAction(ctx);
    const pkg = (await createNarrativePackage(ctx.db, { modelId: 'ecq-2006', text: PACKAGE_2006 })).package;
    const row = await createQrbCase(ctx.db, { agencyId: action.agencyId, hiringActionId: action.id, narrative: { packageId: pkg.id, version: 1 } });
    return `/api/qrb/cases/${row.id}/migration-draft`;
  },
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
    hiringActions: await countHiringActions(db),
    qrbCases: await countQrbCases(db),
    qrbMembers: await countQrbMembers(db),
    qrbBoards: await countQrbBoards(db),
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
      else if (valid?.unauditedBecause === undefined) expect((await countRows(db)).auditEvents).toBeGreaterThan(before.auditEvents);
    });
  }
});
