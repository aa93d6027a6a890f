import { allowedEventTypes, describeCaseState, QRB_CASE_EVENT_TYPES, type TQrbCaseEventType, type TQrbCaseState } from '@ecq/core';
import { NUMBERED_PACKAGE_2025, PACKAGE_2006 } from '@ecq/core/testing';
import { countAuditEvents, getNarrativePackageById, getQrbCaseById, getUserById, listNotifications } from '@ecq/db';
import { createAgency, createHiringAction, createNarrativePackage, createQrbBoard, createQrbCase, createQrbMember, createUser, qrbCaseStates } from '@ecq/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, type TestApp } from './harness';
import { actionBody, buildQrbWorld, createQrbTestApp, call, expectCall, fixedClock, shareGoodPackage, TODAY, type TQrbWorld } from './qrb-helpers';

interface TCase {
  id: string;
  version: number;
  status: string;
  state: { status: string; heldFrom: string | null; hold: { kind: string } | null };
}

const clock = fixedClock();
let t: TestApp;
let w: TQrbWorld;

beforeAll(async () => {
  t = await createQrbTestApp(clock);
  w = await buildQrbWorld(t, { agencyName: 'Department of Energy' });
});
afterAll(async () => t.close());

const db = () => t.handle.db;

/** A case of the world's agency in a state, under one of its hiring actions. */
async function caseIn(state: TQrbCaseState | undefined, options: { basis?: 'A' | 'B' | 'C'; agencyId?: string } = {}) {
  const agencyId = options.agencyId ?? w.agency.id;
  const action = await createHiringAction(db(), { agencyId });
  return createQrbCase(db(), { agencyId, hiringActionId: action.id, ...(state === undefined ? {} : { state }), basis: options.basis ?? 'A' });
}

describe('[QRB]: every invalid transition is a 409 naming the current state, and changes nothing', () => {
  const ENDPOINT: Readonly<Record<TQrbCaseEventType, { path: string; who: () => TQrbWorld['hr']; body: (version: number, boardId: string) => object }>> = {
    submit: { path: 'submit', who: () => w.hr, body: (version) => ({ version }) },
    resubmit: { path: 'resubmit', who: () => w.hr, body: (version) => ({ version }) },
    assign: { path: 'assign', who: () => w.admin, body: (version, boardId) => ({ version, boardId }) },
    // The same route moves an assigned case to another board.
    reassign: { path: 'assign', who: () => w.admin, body: (version, boardId) => ({ version, boardId }) },
    start_review: { path: 'start-review', who: () => w.admin, body: (version) => ({ version }) },
    decide: { path: 'decide', who: () => w.admin, body: (version) => ({ version, generalRemarks: 'x' }) },
    amend_decision: { path: 'amendments', who: () => w.admin, body: (version) => ({ version, reason: 'A typo.', generalRemarks: 'Fixed.' }) },
    hold: { path: 'hold', who: () => w.admin, body: (version) => ({ version, note: 'Records awaited.' }) },
    release: { path: 'release', who: () => w.admin, body: (version) => ({ version }) },
  };

  it('walks every state × event the state machine refuses', async () => {
    const board = await createQrbBoard(db(), { convenesOn: TODAY });
    const states: Readonly<Record<string, TQrbCaseState | undefined>> = {
      draft: undefined,
      submitted: qrbCaseStates.submitted(),
      assigned: qrbCaseStates.assigned(board.id),
      in_review: qrbCaseStates.inReview(board.id),
      'decided (approved)': qrbCaseStates.decided(board.id, 'approved'),
      'decided (disapproved)': qrbCaseStates.decided(board.id, 'disapproved'),
      on_hold: qrbCaseStates.onHold(),
    };
    let checked = 0;
    for (const [label, state] of Object.entries(states)) {
      for (const type of QRB_CASE_EVENT_TYPES) {
        const row = await caseIn(state);
        const endpoint = ENDPOINT[type];
        // A route that serves an event the state allows is not refused for the state.
        const allowed = allowedEventTypes(row.state);
        if (QRB_CASE_EVENT_TYPES.some((other) => ENDPOINT[other].path === endpoint.path && allowed.includes(other))) continue;
        const events = await countAuditEvents(db());
        const response = await call(t, 'POST', `/api/qrb/cases/${row.id}/${endpoint.path}`, endpoint.who(), endpoint.body(row.version, board.id));
        expect(response.statusCode, `${type} on ${label}: ${response.body}`).toBe(409);
        expect(response.json(), `${type} on ${label}`).toMatchObject({ code: 'CONFLICT', field: 'status' });
        expect(response.json().problems[0].message, `${type} on ${label}`).toBe(`the case is ${describeCaseState(row.state)}`);
        expect((await getQrbCaseById(db(), row.id))!.version).toBe(row.version);
        expect(await countAuditEvents(db())).toBe(events);
        checked++;
      }
    }
    // 7 states × 9 events, less the 12 pairs the machine allows and the 2 whose route serves an allowed one
    // (assign on an assigned case moves it; reassign on a submitted one assigns it).
    expect(checked).toBe(49);
  });

  it('refuses a stale version with 409 naming the version', async () => {
    const row = await caseIn(qrbCaseStates.submitted());
    const response = await call(t, 'POST', `/api/qrb/cases/${row.id}/hold`, w.admin, { version: row.version + 1, note: 'x' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'CONFLICT', field: 'version' });
  });
});

describe('[QRB]: board composition', () => {
  const boardOf = (memberIds: string[]) => call(t, 'POST', '/api/qrb/boards', w.admin, { convenesOn: TODAY, memberIds });

  it('refuses a board of the wrong size, of shared agencies, or of a noncareer majority, listing every problem', async () => {
    const [a, b, c] = w.members.map((m) => m.member.id) as [string, string, string];
    const two = await boardOf([a, b]);
    expect(two.statusCode).toBe(400);
    expect(two.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'memberIds' });
    expect(two.json().message).toContain('A board has 3 members; this one has 2.');

    const sameAgency = await createQrbMember(db(), { agencyId: w.members[0]!.member.agencyId! });
    const shared = await boardOf([a, sameAgency.id, c]);
    expect(shared.statusCode).toBe(400);
    expect(shared.json().message).toMatch(/3 different agencies; this one has 2/);

    const noncareer = [await createQrbMember(db(), { appointment: 'noncareer' }), await createQrbMember(db(), { appointment: 'noncareer' })];
    const minority = await boardOf([a, noncareer[0]!.id, noncareer[1]!.id]);
    expect(minority.statusCode).toBe(400);
    expect(minority.json().message).toContain('More than half of a board\'s members must be career SES (5 CFR 317.502); 1 of 3 are.');

    const inactive = await createQrbMember(db(), { isActive: false });
    const withInactive = await boardOf([a, b, inactive.id]);
    expect(withInactive.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'memberIds[2]' });
  });

  it('assembles a valid board, and warns when no member has served on a QRB before', async () => {
    const fresh = [await createQrbMember(db()), await createQrbMember(db()), await createQrbMember(db())];
    const board = await expectCall<{ check: { isValid: boolean; warnings: { code: string }[] }; members: unknown[] }>(t, 201, 'POST', '/api/qrb/boards', w.admin, {
      convenesOn: TODAY,
      memberIds: fresh.map((m) => m.id),
    });
    expect(board.check.isValid).toBe(true);
    expect(board.check.warnings.map((x) => x.code)).toEqual(['no-prior-service']);
    expect(board.members).toHaveLength(3);
  });
});

describe('[QRB]: conflict of interest', () => {
  it('refuses a member from the candidate\'s own agency for that case, naming them and explaining why', async () => {
    const row = await caseIn(qrbCaseStates.submitted());
    const memberIds = [w.conflicted.member.id, w.members[1]!.member.id, w.members[2]!.member.id];
    // As a board for a day, it is sound: the conflict is with this case only.
    const board = await expectCall<{ id: string; check: { isValid: boolean } }>(t, 201, 'POST', '/api/qrb/boards', w.admin, { convenesOn: TODAY, memberIds });
    expect(board.check.isValid).toBe(true);

    const check = await expectCall<{ isValid: boolean; errors: { code: string; message: string; memberIds: string[] }[] }>(t, 200, 'POST', '/api/qrb/boards/check', w.admin, {
      memberIds,
      caseId: row.id,
    });
    expect(check.isValid).toBe(false);
    expect(check.errors).toEqual([
      expect.objectContaining({ code: 'conflict-of-interest', memberIds: [w.conflicted.member.id], message: expect.stringContaining("the candidate's own agency") }),
    ]);

    const options = await expectCall<{ boards: { board: { id: string }; check: { isValid: boolean } }[] }>(t, 200, 'GET', `/api/qrb/cases/${row.id}/board-options`, w.admin);
    expect(options.boards.find((o) => o.board.id === board.id)?.check.isValid).toBe(false);

    const refused = await call(t, 'POST', `/api/qrb/cases/${row.id}/assign`, w.admin, { version: row.version, boardId: board.id });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toContain(`${w.conflicted.member.name} cannot sit on this case: they serve at Department of Energy, the candidate's own agency.`);
    expect((await getQrbCaseById(db(), row.id))!.status).toBe('submitted');
  });
});

describe('[QRB]: moving an assigned case to another board', () => {
  it('moves the case before its review opens, tells both boards, and the board it left can no longer read it', async () => {
    const first = await createQrbBoard(db(), { memberIds: w.members.map((m) => m.member.id), convenesOn: TODAY });
    const second = await createQrbBoard(db(), { convenesOn: '2026-12-18' });
    const newcomer = await signInAs(t.app, (await getUserById(db(), second.members[0]!.userId))!);
    const leaver = w.members[1]!.session;
    // An agency of its own: the review it opens later in the month is no other test's business.
    const agency = await createAgency(db());
    const staff = await createUser(db(), { roles: ['agency_hr'], agencyId: agency.id });
    const row = await caseIn(qrbCaseStates.submitted(), { agencyId: agency.id });
    const assigned = await expectCall<{ case: TCase }>(t, 200, 'POST', `/api/qrb/cases/${row.id}/assign`, w.admin, { version: row.version, boardId: first.id });
    await expectCall(t, 200, 'GET', `/api/qrb/cases/${row.id}`, leaver);
    expect((await expectCall<{ actions: string[] }>(t, 200, 'GET', `/api/qrb/cases/${row.id}`, w.admin)).actions).toContain('assign');

    const same = await call(t, 'POST', `/api/qrb/cases/${row.id}/assign`, w.admin, { version: assigned.case.version, boardId: first.id });
    expect(same.statusCode).toBe(409);
    expect(same.json().message).toContain('The case is already with this board; name another.');

    const moved = await expectCall<{ case: TCase }>(t, 200, 'POST', `/api/qrb/cases/${row.id}/assign`, w.admin, { version: assigned.case.version, boardId: second.id });
    expect(moved.case.state.status).toBe('assigned');
    expect((await getQrbCaseById(db(), row.id))!.boardId).toBe(second.id);
    expect((await call(t, 'GET', `/api/qrb/cases/${row.id}`, leaver)).statusCode).toBe(403);
    await expectCall(t, 200, 'GET', `/api/qrb/cases/${row.id}`, newcomer);
    const timeline = await expectCall<{ items: { action: string; label: string }[] }>(t, 200, 'GET', `/api/qrb/cases/${row.id}/timeline`, w.admin);
    expect(timeline.items.slice(-2).map((i) => i.label)).toEqual(['Assigned to a board', 'Moved to another board']);

    const latestFor = async (userId: string) => (await listNotifications(db(), { userId, limit: 1 }))[0];
    expect(await latestFor(leaver.user.id)).toMatchObject({
      kind: 'qrb_case.reassigned',
      message: expect.stringMatching(/^Test Candidate's QRB case for .+ was moved to another board: it is no longer with your board convening on 2026-12-04\.$/),
      link: '/qrb/reviews',
    });
    expect(await latestFor(newcomer.user.id)).toMatchObject({ kind: 'qrb_case.reassigned', link: `/qrb/cases/${row.id}` });
    expect((await latestFor(w.admin.user.id))?.kind).not.toBe('qrb_case.reassigned');
    expect((await latestFor(staff.id))?.message).toMatch(/was moved from the board convening on 2026-12-04 to the board convening on 2026-12-18\.$/);

    // Once the review is open, the board's members have begun: the case stays.
    clock.set('2026-12-18');
    try {
      const opened = await expectCall<{ case: TCase }>(t, 200, 'POST', `/api/qrb/cases/${row.id}/start-review`, w.admin, { version: moved.case.version });
      const refused = await call(t, 'POST', `/api/qrb/cases/${row.id}/assign`, w.admin, { version: opened.case.version, boardId: first.id });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'CONFLICT', field: 'status' });
      expect((await getQrbCaseById(db(), row.id))!.boardId).toBe(second.id);
    } finally {
      clock.set(TODAY);
    }
  });
});

describe('[QRB]: agency-head transitions hold criterion A and C cases, never B', () => {
  it('holds the agency\'s waiting A and C cases, holds new ones as they arrive, and releases them when it ends', async () => {
    const agencyHr = w.hr;
    const board = await createQrbBoard(db(), { convenesOn: TODAY });
    const a = await caseIn(qrbCaseStates.submitted());
    const b = await caseIn(qrbCaseStates.submitted(), { basis: 'B' });
    const c = await caseIn(qrbCaseStates.assigned(board.id), { basis: 'C' });
    const draft = await caseIn(undefined);
    const decided = await caseIn(qrbCaseStates.decided(board.id, 'approved'));
    const otherAgency = await caseIn(qrbCaseStates.submitted(), { agencyId: w.members[0]!.member.agencyId! });

    const started = await expectCall<{ transition: { id: string; version: number; isOpen: boolean }; plan: { caseId: string; action: string; message: string }[] }>(
      t, 201, 'POST', '/api/qrb/agency-head-transitions', w.admin, { agencyId: w.agency.id, note: 'The Secretary resigned.' },
    );
    const planOf = (id: string) => started.plan.find((p) => p.caseId === id)?.action;
    expect(started.plan.find((p) => p.caseId === a.id)).toMatchObject({ candidateName: 'Test Candidate', basis: 'A', status: 'on_hold' });
    expect(started.plan.find((p) => p.caseId === b.id)).toMatchObject({ basis: 'B', status: 'submitted' });
    expect([planOf(a.id), planOf(b.id), planOf(c.id)]).toEqual(['hold', 'continue', 'hold']);
    expect(started.plan.find((p) => p.caseId === b.id)?.message).toContain('B cases continue');
    expect(planOf(draft.id)).toBeUndefined();
    expect(planOf(decided.id)).toBeUndefined();
    expect(planOf(otherAgency.id)).toBeUndefined();
    const statusOf = async (id: string) => (await getQrbCaseById(db(), id))!.status;
    expect([await statusOf(a.id), await statusOf(b.id), await statusOf(c.id), await statusOf(otherAgency.id)]).toEqual(['on_hold', 'submitted', 'on_hold', 'submitted']);
    expect((await call(t, 'POST', '/api/qrb/agency-head-transitions', w.admin, { agencyId: w.agency.id, note: 'again' })).json()).toMatchObject({ code: 'CONFLICT', field: 'agencyId' });

    // A criterion A case submitted while the head is changing is held as it arrives; the agency is told.
    const action = await expectCall<{ id: string }>(t, 201, 'POST', '/api/hiring-actions', agencyHr, actionBody());
    const fresh = await expectCall<TCase>(t, 201, 'POST', '/api/qrb/cases', agencyHr, {
      hiringActionId: action.id,
      candidateName: 'Pat Lee',
      candidateEmail: w.candidate.user.email,
      basis: 'A',
      certification: { certifiedBy: 'The Deputy Secretary', certifiedOn: '2026-12-01' },
    });
    const { shared } = await shareGoodPackage(t, w, fresh.id);
    const arrived = await expectCall<{ case: TCase }>(t, 200, 'POST', `/api/qrb/cases/${fresh.id}/submit`, agencyHr, { version: shared.version });
    expect(arrived.case.state).toMatchObject({ status: 'on_hold', heldFrom: 'submitted', hold: { kind: 'agency-head-transition' } });
    const timeline = await expectCall<{ items: { action: string }[] }>(t, 200, 'GET', `/api/qrb/cases/${fresh.id}/timeline`, agencyHr);
    expect(timeline.items.slice(-2).map((i) => i.action)).toEqual(['qrb_case.submitted', 'qrb_case.held']);

    // An administrative hold of the same agency is not the transition's to release.
    const held = await caseIn(qrbCaseStates.onHold('Records awaited.'));
    const ended = await expectCall<{ transition: { isOpen: boolean; endedOn: string }; plan: { caseId: string; action: string }[] }>(
      t, 200, 'POST', `/api/qrb/agency-head-transitions/${started.transition.id}/end`, w.admin, { version: started.transition.version },
    );
    expect(ended.transition).toMatchObject({ isOpen: false, endedOn: TODAY });
    const released = ended.plan.filter((p) => p.action === 'release').map((p) => p.caseId);
    expect(released).toEqual(expect.arrayContaining([a.id, c.id, fresh.id]));
    expect(released).not.toContain(held.id);
    expect(ended.plan.find((p) => p.caseId === held.id)?.action).toBe('continue');
    expect([await statusOf(a.id), await statusOf(c.id), await statusOf(fresh.id), await statusOf(held.id)]).toEqual(['submitted', 'assigned', 'submitted', 'on_hold']);
    expect((await getQrbCaseById(db(), c.id))!.boardId).toBe(board.id);
    const notices = (await listNotifications(db(), { userId: agencyHr.user.id, limit: 100 })).filter((n) => n.subjectId === a.id).map((n) => n.kind);
    expect(notices).toEqual(['qrb_case.released', 'qrb_case.held']);
  });

  it('refuses a manual transition hold of a B case (the state machine\'s rule, POLICY.md §2)', async () => {
    // The API holds B cases only administratively, with a note; the transition plan never selects them.
    const b = await caseIn(qrbCaseStates.submitted(), { basis: 'B' });
    const held = await expectCall<{ case: TCase }>(t, 200, 'POST', `/api/qrb/cases/${b.id}/hold`, w.admin, { version: b.version, note: 'Records awaited.' });
    expect(held.case.state.hold).toMatchObject({ kind: 'administrative' });
  });
});

describe('[QRB]: a 2006-model package on an action that requires 2025', () => {
  it('blocks submission, and drafts the migration for the candidate in one click', async () => {
    const action = await expectCall<{ id: string }>(t, 201, 'POST', '/api/hiring-actions', w.hr, actionBody());
    const created = await expectCall<TCase>(t, 201, 'POST', '/api/qrb/cases', w.hr, {
      hiringActionId: action.id,
      candidateName: 'Pat Lee',
      candidateEmail: w.candidate.user.email,
      basis: 'A',
      certification: { certifiedBy: 'The Deputy Secretary', certifiedOn: '2026-12-01' },
    });
    const { pkg, shared } = await shareGoodPackage(t, w, created.id, PACKAGE_2006, 'ecq-2006');
    const check = await expectCall<{ canSubmit: boolean; blockers: { code: string; message: string; migration: { crosswalkId: string | null } | null }[] }>(
      t, 200, 'GET', `/api/qrb/cases/${created.id}/check`, w.hr,
    );
    const mismatch = check.blockers.find((b) => b.code === 'package-model-mismatch');
    expect(mismatch).toMatchObject({ migration: { fromModelId: 'ecq-2006', toModelId: 'ecq-2025', crosswalkId: 'ecq-2006--ecq-2025' } });
    expect(mismatch!.message).toContain('requires Executive Core Qualifications (January 2025)');
    const refused = await call(t, 'POST', `/api/qrb/cases/${created.id}/submit`, w.hr, { version: shared.version });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toContain('written for');

    const drafted = await expectCall<{ package: { id: string; ownerUserId: string; modelId: string; derivedFrom: { packageId: string; version: number } }; migration: { gaps: unknown[] } }>(
      t, 201, 'POST', `/api/qrb/cases/${created.id}/migration-draft`, w.hr,
    );
    expect(drafted.package).toMatchObject({ ownerUserId: w.candidate.user.id, modelId: 'ecq-2025', derivedFrom: { packageId: pkg.id, version: 1 } });
    expect(drafted.migration.gaps.length).toBeGreaterThan(0);
    // The candidate owns the draft and is told; the agency cannot read it; the shared snapshot is untouched.
    expect((await getNarrativePackageById(db(), drafted.package.id))!.ownerUserId).toBe(w.candidate.user.id);
    expect((await call(t, 'GET', `/api/narratives/${drafted.package.id}`, w.hr)).statusCode).toBe(403);
    await expectCall(t, 200, 'GET', `/api/narratives/${drafted.package.id}`, w.candidate);
    const [notice] = await listNotifications(db(), { userId: w.candidate.user.id, limit: 1 });
    expect(notice).toMatchObject({ kind: 'qrb_case.migration_drafted', link: `/narratives/${drafted.package.id}` });
    expect((await getQrbCaseById(db(), created.id))!.narrativePackageId).toBe(pkg.id);
  });
});

describe('[QRB]: deadlines (POLICY.md §2, configurable)', () => {
  it('blocks a case due 90 days after its announcement closed; a "warn" setting lets it through with a warning', async () => {
    const action = await expectCall<{ id: string; qrbCaseDueOn: string }>(t, 201, 'POST', '/api/hiring-actions', w.hr, actionBody({ announcementOpensOn: '2026-07-01', announcementClosesOn: '2026-08-01' }));
    expect(action.qrbCaseDueOn).toBe('2026-10-30');
    const created = await expectCall<TCase>(t, 201, 'POST', '/api/qrb/cases', w.hr, {
      hiringActionId: action.id,
      candidateName: 'Lee Kim',
      basis: 'C',
      uniqueQualifications: 'The only nuclear safety regulator with a decade at sea.',
      certification: { certifiedBy: 'The Deputy Secretary', certifiedOn: '2026-12-01' },
    });
    const late = await expectCall<{ canSubmit: boolean; blockers: { code: string; message: string }[] }>(t, 200, 'GET', `/api/qrb/cases/${created.id}/check`, w.hr);
    expect(late.blockers).toEqual([expect.objectContaining({ code: 'due-date-passed', message: expect.stringContaining('35 days late') })]);

    const settings = await expectCall<{ version: number }>(t, 200, 'GET', '/api/qrb/settings', w.hr);
    const warn = await expectCall<{ version: number; settings: { deadlineEnforcement: string } }>(t, 200, 'PATCH', '/api/qrb/settings', w.admin, {
      version: settings.version,
      deadlineEnforcement: 'warn',
    });
    try {
      expect(warn.settings.deadlineEnforcement).toBe('warn');
      const now = await expectCall<{ canSubmit: boolean; warnings: { code: string }[] }>(t, 200, 'GET', `/api/qrb/cases/${created.id}/check`, w.hr);
      expect(now).toMatchObject({ canSubmit: true, warnings: [{ code: 'due-date-passed' }] });
      await expectCall(t, 200, 'POST', `/api/qrb/cases/${created.id}/submit`, w.hr, { version: created.version });
    } finally {
      await expectCall(t, 200, 'PATCH', '/api/qrb/settings', w.admin, { version: warn.version, deadlineEnforcement: 'block' });
    }
  });

  it('refuses a resubmission after its 60 days', async () => {
    const board = await createQrbBoard(db(), { convenesOn: TODAY });
    const row = await caseIn(qrbCaseStates.decided(board.id, 'disapproved', TODAY));
    clock.set('2027-02-03');
    try {
      const response = await call(t, 'POST', `/api/qrb/cases/${row.id}/resubmit`, w.hr, { version: row.version });
      expect(response.statusCode).toBe(409);
      expect(response.json().message).toContain('The resubmission was due on 2027-02-02, 60 days after the disapproval; on 2027-02-03 it is 1 day late.');
    } finally {
      clock.set(TODAY);
    }
  });
});

describe('[QRB]: the decision rule is a setting', () => {
  it('under the majority rule, two of three finding every ECQ met approve', async () => {
    const current = await expectCall<{ version: number }>(t, 200, 'GET', '/api/qrb/settings', w.admin);
    const majority = await expectCall<{ version: number }>(t, 200, 'PATCH', '/api/qrb/settings', w.admin, { version: current.version, decisionRule: 'majority' });
    try {
      const memberIds = w.members.map((m) => m.member.id);
      const board = await createQrbBoard(db(), { memberIds, convenesOn: TODAY });
      const row = await caseIn(qrbCaseStates.inReview(board.id));
      const findings = (lacking: boolean) => ['LC', 'LP', 'DR', 'AOS', 'BC'].map((ecqCode) => ({ ecqCode, finding: lacking && ecqCode === 'BC' ? 'does_not_meet' : 'meets', remarks: lacking && ecqCode === 'BC' ? 'Thin.' : '' }));
      for (const [i, { session }] of w.members.entries()) {
        await expectCall(t, 200, 'PUT', `/api/qrb/cases/${row.id}/reviews/mine`, session, { version: 0, recommendation: i === 0 ? 'disapprove' : 'approve', findings: findings(i === 0) });
      }
      const decided = await expectCall<{ case: { decisions: { outcome: string; rule: string; ecqs: { ecqCode: string; meets: number; isMet: boolean }[] }[] } }>(
        t, 200, 'POST', `/api/qrb/cases/${row.id}/decide`, w.members[1]!.session, { version: row.version },
      );
      expect(decided.case.decisions[0]).toMatchObject({ outcome: 'approved', rule: 'majority' });
      expect(decided.case.decisions[0]!.ecqs.find((e) => e.ecqCode === 'BC')).toMatchObject({ meets: 2, isMet: true });
    } finally {
      await expectCall(t, 200, 'PATCH', '/api/qrb/settings', w.admin, { version: majority.version, decisionRule: 'unanimous' });
    }
  });

  it('refuses settings that contradict each other, naming the field', async () => {
    const current = await expectCall<{ version: number }>(t, 200, 'GET', '/api/qrb/settings', w.admin);
    const response = await call(t, 'PATCH', '/api/qrb/settings', w.admin, { version: current.version, minBoardAgencies: 5 });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'minBoardAgencies', message: 'minBoardAgencies must not exceed boardSize' });
  });
});

describe('[QRB]: agencies are isolated and each reader sees their own', () => {
  it('keeps a case from another agency\'s staff, other candidates and members of other boards', async () => {
    const board = await createQrbBoard(db(), { memberIds: w.members.map((m) => m.member.id), convenesOn: TODAY });
    const action = await createHiringAction(db(), { agencyId: w.agency.id });
    const row = await createQrbCase(db(), { agencyId: w.agency.id, hiringActionId: action.id, candidateUserId: w.candidate.user.id, state: qrbCaseStates.inReview(board.id) });
    for (const who of [w.otherHr, w.conflicted.session]) {
      expect((await call(t, 'GET', `/api/qrb/cases/${row.id}`, who)).statusCode).toBe(403);
    }
    for (const who of [w.hr, w.admin, w.candidate, w.members[0]!.session]) await expectCall(t, 200, 'GET', `/api/qrb/cases/${row.id}`, who);
    const listOf = async (who: TQrbWorld['hr'], query = '') => (await expectCall<{ items: { id: string }[] }>(t, 200, 'GET', `/api/qrb/cases${query}`, who)).items.map((i) => i.id);
    expect(await listOf(w.hr)).toContain(row.id);
    expect(await listOf(w.otherHr)).not.toContain(row.id);
    expect(await listOf(w.candidate)).toContain(row.id);
    expect(await listOf(w.members[0]!.session)).toContain(row.id);
    expect(await listOf(w.conflicted.session)).not.toContain(row.id);
    expect((await call(t, 'GET', `/api/qrb/cases?agencyId=${w.agency.id}`, w.otherHr)).statusCode).toBe(403);
    expect(await listOf(w.admin, `?agencyId=${w.agency.id}&status=in_review&basis=A`)).toContain(row.id);
    expect(await listOf(w.admin, `?agencyId=${w.agency.id}&status=draft`)).not.toContain(row.id);
    expect((await call(t, 'GET', '/api/qrb/cases?status=nope', w.admin)).json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'status' });
  });
});

describe('[QRB]: evidence', () => {
  it('attaches a resume a resume-based action needs, serves it back as a download, and refuses what is not a document', async () => {
    const action = await expectCall<{ id: string }>(t, 201, 'POST', '/api/hiring-actions', w.hr, actionBody({ applicationMethod: 'resume_based' }));
    const created = await expectCall<TCase>(t, 201, 'POST', '/api/qrb/cases', w.hr, { hiringActionId: action.id, candidateName: 'Lee Kim', basis: 'A' });
    const before = await expectCall<{ blockers: { code: string }[] }>(t, 200, 'GET', `/api/qrb/cases/${created.id}/check`, w.hr);
    expect(before.blockers.map((b) => b.code)).toContain('resume-missing');
    const pdf = Buffer.from('%PDF-1.7\nLee Kim, resume');
    const binary = await call(t, 'PUT', `/api/qrb/cases/${created.id}/attachments/resume`, w.hr, { filename: 'x.exe', contentBase64: Buffer.from([0x4d, 0x5a, 0, 1]).toString('base64'), version: created.version });
    expect(binary.statusCode).toBe(415);
    expect(binary.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', field: 'contentBase64' });
    const attached = await expectCall<{ evidence: { resume: { filename: string; contentType: string; byteSize: number } } }>(
      t, 200, 'PUT', `/api/qrb/cases/${created.id}/attachments/resume`, w.hr, { filename: 'Lee Kim résumé.pdf', contentBase64: pdf.toString('base64'), version: created.version },
    );
    expect(attached.evidence.resume).toMatchObject({ contentType: 'application/pdf', byteSize: pdf.byteLength });
    const download = await call(t, 'GET', `/api/qrb/cases/${created.id}/attachments/resume`, w.hr);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe('attachment; filename="Lee-Kim-resume.pdf"');
    expect(download.rawPayload.equals(pdf)).toBe(true);
    const after = await expectCall<{ blockers: { code: string }[] }>(t, 200, 'GET', `/api/qrb/cases/${created.id}/check`, w.hr);
    expect(after.blockers.map((b) => b.code)).not.toContain('resume-missing');
  });

  it('lets only the candidate share, only their own package, only while the case is with the agency', async () => {
    const row = await caseIn(undefined);
    const mine = await expectCall<{ id: string }>(t, 201, 'POST', '/api/narratives', w.candidate, { title: 'Mine', candidateName: 'Pat Lee', text: NUMBERED_PACKAGE_2025 });
    expect((await call(t, 'POST', `/api/qrb/cases/${row.id}/share`, w.candidate, { packageId: mine.id })).statusCode).toBe(403);
    const about = await createQrbCase(db(), { agencyId: w.agency.id, hiringActionId: row.hiringActionId, candidateUserId: w.candidate.user.id });
    const someoneElses = (await createNarrativePackage(db(), { text: NUMBERED_PACKAGE_2025 })).package;
    const foreign = await call(t, 'POST', `/api/qrb/cases/${about.id}/share`, w.candidate, { packageId: someoneElses.id });
    expect(foreign.json()).toMatchObject({ code: 'NOT_FOUND', field: 'packageId' });
    await expectCall(t, 200, 'POST', `/api/qrb/cases/${about.id}/share`, w.candidate, { packageId: mine.id });
    const submittedAbout = await createQrbCase(db(), { agencyId: w.agency.id, hiringActionId: row.hiringActionId, candidateUserId: w.candidate.user.id, state: qrbCaseStates.submitted() });
    const late = await call(t, 'POST', `/api/qrb/cases/${submittedAbout.id}/share`, w.candidate, { packageId: mine.id });
    expect(late.statusCode).toBe(409);
  });
});
