import { countAuditEvents, listAuditEvents, listNotifications } from '@ecq/db';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './harness';
import { actionBody, buildQrbWorld, createQrbTestApp, call, expectCall, fixedClock, reviewBody, shareGoodPackage, type TQrbWorld } from './qrb-helpers';

interface TCase {
  id: string;
  candidateEmail: string | null;
  version: number;
  status: string;
  statusLabel: string;
  state: { status: string; since: string | null; round: number; resubmissionOf: string | null };
  actions: string[];
  decisions: { id: string; outcome: string; resubmissionDueOn: string | null; generalRemarks: string; ecqs: { ecqCode: string; isMet: boolean; remarks: string }[] }[];
  agencyDueOn: string | null;
  board: { id: string } | null;
}
type TTransition = { case: TCase; warnings: string[] };

const clock = fixedClock();
let t: TestApp;
let w: TQrbWorld;

beforeAll(async () => {
  t = await createQrbTestApp(clock);
  w = await buildQrbWorld(t, { agencyName: 'Department of Energy' });
});
afterAll(async () => t.close());

/** An action and a basis-A case for the world's candidate, ready to submit once the package is shared and certified. */
async function draftCase(): Promise<{ actionId: string; caseId: string }> {
  const action = await expectCall<{ id: string }>(t, 201, 'POST', '/api/hiring-actions', w.hr, actionBody());
  const created = await expectCall<TCase>(t, 201, 'POST', '/api/qrb/cases', w.hr, {
    hiringActionId: action.id,
    candidateName: 'Pat Lee',
    candidateEmail: w.candidate.user.email,
    basis: 'A',
  });
  return { actionId: action.id, caseId: created.id };
}

async function getCase(id: string, who = w.hr): Promise<TCase> {
  return expectCall<TCase>(t, 200, 'GET', `/api/qrb/cases/${id}`, who);
}

/** Shares the package, certifies and submits: the case is submitted. */
async function submitted(caseId: string): Promise<TCase> {
  await shareGoodPackage(t, w, caseId);
  const certified = await expectCall<TCase>(t, 200, 'PATCH', `/api/qrb/cases/${caseId}`, w.hr, {
    version: (await getCase(caseId)).version,
    certification: { certifiedBy: 'Jordan Smith, Deputy Secretary', certifiedOn: '2026-12-01' },
  });
  return (await expectCall<TTransition>(t, 200, 'POST', `/api/qrb/cases/${caseId}/submit`, w.hr, { version: certified.version })).case;
}

async function assembleBoard(convenesOn = '2026-12-04'): Promise<string> {
  const board = await expectCall<{ id: string; check: { isValid: boolean; warnings: unknown[] } }>(t, 201, 'POST', '/api/qrb/boards', w.admin, {
    convenesOn,
    memberIds: w.members.map((m) => m.member.id),
    label: 'December board',
  });
  expect(board.check).toMatchObject({ isValid: true, warnings: [] });
  return board.id;
}

/** Assigns, opens the review and has every member record `lacking` ECQs; returns the case in review. */
async function reviewed(caseId: string, boardId: string, lacking: readonly string[][] = [[], [], []]): Promise<TCase> {
  let current = await getCase(caseId, w.admin);
  current = (await expectCall<TTransition>(t, 200, 'POST', `/api/qrb/cases/${caseId}/assign`, w.admin, { version: current.version, boardId })).case;
  expect(current.status).toBe('assigned');
  const first = w.members[0]!.session;
  current = (await expectCall<TTransition>(t, 200, 'POST', `/api/qrb/cases/${caseId}/start-review`, first, { version: current.version })).case;
  expect(current.status).toBe('in_review');
  for (const [i, { session }] of w.members.entries()) {
    const saved = await expectCall<{ version: number }>(t, 200, 'PUT', `/api/qrb/cases/${caseId}/reviews/mine`, session, reviewBody(0, lacking[i] ?? []));
    expect(saved.version).toBe(1);
  }
  return getCase(caseId, w.admin);
}

describe('[QRB]: the whole lifecycle through the API — agency → OPM → three members → decision → certificate', () => {
  it('freezes the governing model on the hiring action from its initiation date, with its reason and due date', async () => {
    const action = await expectCall<Record<string, unknown>>(t, 201, 'POST', '/api/hiring-actions', w.hr, actionBody({ narrativeLimits: { maxPagesPerEcq: 1 } }));
    expect(action).toMatchObject({
      agencyId: w.agency.id,
      agencyName: 'Department of Energy',
      initiatedOn: '2026-10-01',
      applicationMethod: 'traditional_ecq_narrative',
      policy: { packId: 'ecq-2025', frozenOn: '2026-10-01' },
      narrativeLimitOverrides: { maxPagesPerEcq: 1 },
      narrativeLimits: { maxPagesPerEcq: 1, maxTotalPages: 10 },
      qrbCaseDueOn: '2027-02-13',
    });
    expect((action.policy as { reason: string }).reason).toMatch(/2025-07-01/);
    const before2025 = await expectCall<Record<string, unknown>>(t, 201, 'POST', '/api/hiring-actions', w.hr, actionBody({ initiatedOn: '2025-06-30' }));
    expect(before2025).toMatchObject({ policy: { packId: 'ecq-2006' } });
    const [event] = await listAuditEvents(t.handle.db, { entityType: 'hiring_action', entityId: action.id as string, limit: 5 });
    expect(event).toMatchObject({ action: 'hiring_action.created', agencyId: w.agency.id, actorUserId: w.hr.user.id, after: { packId: 'ecq-2025' } });
  });

  it('runs a case from draft to an approved certificate, with the timeline, audit and notifications of every step', async () => {
    const { caseId } = await draftCase();
    const draft = await getCase(caseId);
    expect(draft).toMatchObject({ status: 'draft', agencyDueOn: '2027-02-13', state: { round: 1 }, candidateEmail: w.candidate.user.email });
    expect(draft.actions).toEqual(expect.arrayContaining(['edit', 'upload', 'check', 'submit', 'files']));
    // The candidate follows the case but neither downloads its files nor is shown their own email back.
    const asCandidate = await getCase(caseId, w.candidate);
    expect(asCandidate.actions).toEqual(['share']);
    expect(asCandidate.candidateEmail).toBeNull();

    const blocked = await expectCall<{ canSubmit: boolean; blockers: { code: string; field: string }[] }>(t, 200, 'GET', `/api/qrb/cases/${caseId}/check`, w.hr);
    expect(blocked.canSubmit).toBe(false);
    expect(blocked.blockers.map((b) => b.code)).toEqual(['narrative-missing', 'certification-missing']);
    const refused = await call(t, 'POST', `/api/qrb/cases/${caseId}/submit`, w.hr, { version: draft.version });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'CONFLICT', field: 'status' });
    expect(refused.json().problems.map((p: { message: string }) => p.message)).toEqual(
      expect.arrayContaining(['the case is draft', expect.stringContaining('appointing authority')]),
    );

    const case1 = await submitted(caseId);
    expect(case1).toMatchObject({ status: 'submitted', state: { since: '2026-12-04' }, agencyDueOn: null });
    const check = await expectCall<{ canSubmit: boolean; analysis: { modelId: string } }>(t, 200, 'GET', `/api/qrb/cases/${caseId}/check`, w.admin);
    expect(check.analysis.modelId).toBe('ecq-2025');

    const queue = await expectCall<{ items: { id: string; ageDays: number }[] }>(t, 200, 'GET', '/api/qrb/queue', w.admin);
    expect(queue.items.find((i) => i.id === caseId)).toMatchObject({ ageDays: 0 });

    const boardId = await assembleBoard();
    const inReview = await reviewed(caseId, boardId);
    const reviews = await expectCall<{ round: number; reviews: unknown[]; derivation: { ok: boolean; outcome?: string } }>(
      t, 200, 'GET', `/api/qrb/cases/${caseId}/reviews`, w.members[1]!.session,
    );
    expect(reviews).toMatchObject({ round: 1, derivation: { ok: true, outcome: 'approved' } });
    expect(reviews.reviews).toHaveLength(3);
    // Individual reviews are the board's and OPM's: not the agency's, nor the candidate's.
    expect((await call(t, 'GET', `/api/qrb/cases/${caseId}/reviews`, w.hr)).statusCode).toBe(403);

    const decided = await expectCall<TTransition>(t, 200, 'POST', `/api/qrb/cases/${caseId}/decide`, w.members[2]!.session, {
      version: inReview.version,
      generalRemarks: 'Strong, well-evidenced package.',
    });
    expect(decided.case).toMatchObject({ status: 'decided', statusLabel: 'decided (approved)', board: { id: boardId } });
    expect(decided.case.decisions).toHaveLength(1);
    expect(decided.case.decisions[0]).toMatchObject({ outcome: 'approved', resubmissionDueOn: null, generalRemarks: 'Strong, well-evidenced package.' });
    expect(decided.case.actions).toContain('certificate');

    for (const who of [w.hr, w.candidate, w.admin, w.members[0]!.session]) {
      const certificate = await call(t, 'GET', `/api/qrb/cases/${caseId}/certificate`, who);
      expect(certificate.statusCode).toBe(200);
      expect(certificate.headers['content-type']).toBe('application/pdf');
      expect(certificate.headers['content-disposition']).toContain(`qrb-certification-${decided.case.decisions[0]!.id}.pdf`);
      const pdf = await PDFDocument.load(certificate.rawPayload);
      expect(pdf.getPageCount()).toBe(1);
      expect(pdf.getTitle()).toBe('QRB Certification: Pat Lee');
    }
    expect((await call(t, 'GET', `/api/qrb/cases/${caseId}/certificate`, w.otherHr)).statusCode).toBe(403);

    const timeline = await expectCall<{ items: { action: string; actorName: string | null; status: string | null }[] }>(t, 200, 'GET', `/api/qrb/cases/${caseId}/timeline`, w.hr);
    expect(timeline.items.map((i) => i.action)).toEqual([
      'qrb_case.created',
      'qrb_case.narrative_shared',
      'qrb_case.updated',
      'qrb_case.submitted',
      'qrb_case.assigned',
      'qrb_case.review_started',
      'qrb_case.decided',
    ]);
    expect(timeline.items.at(-1)).toMatchObject({ status: 'decided' });
    expect(timeline.items[0]).toMatchObject({ actorName: 'Casey Staff' });
    const adminTimeline = await expectCall<{ items: { action: string }[] }>(t, 200, 'GET', `/api/qrb/cases/${caseId}/timeline`, w.admin);
    expect(adminTimeline.items.filter((i) => i.action === 'qrb_case.review_recorded')).toHaveLength(3);

    const hrNotices = await listNotifications(t.handle.db, { userId: w.hr.user.id, limit: 50 });
    const aboutCase = hrNotices.filter((n) => n.subjectId === caseId).map((n) => n.kind);
    expect(aboutCase).toEqual(['qrb_case.decided', 'qrb_case.review_started', 'qrb_case.assigned', 'qrb_case.narrative_shared']);
    const candidateNotices = (await listNotifications(t.handle.db, { userId: w.candidate.user.id, limit: 50 })).filter((n) => n.subjectId === caseId);
    expect(candidateNotices.map((n) => n.kind)).toEqual(['qrb_case.decided', 'qrb_case.review_started', 'qrb_case.assigned', 'qrb_case.submitted']);
    expect(candidateNotices[0]!.message).toContain('approved');
    expect(candidateNotices[0]!.link).toBe(`/qrb/cases/${caseId}`);
    const memberNotices = (await listNotifications(t.handle.db, { userId: w.members[0]!.member.userId, limit: 50 })).filter((n) => n.subjectId === caseId);
    expect(memberNotices.map((n) => n.kind)).toEqual(['qrb_case.decided', 'qrb_case.assigned']);
  });

  it('returns a disapproval with remarks per ECQ, then takes the resubmission as a new round linked to it', async () => {
    const { caseId } = await draftCase();
    await submitted(caseId);
    const boardId = await assembleBoard();
    const inReview = await reviewed(caseId, boardId, [['DR'], [], []]);

    // Unanimity: one member finding Driving Results lacking decides it; the remarks come from that member.
    const decided = await expectCall<TTransition>(t, 200, 'POST', `/api/qrb/cases/${caseId}/decide`, w.admin, {
      version: inReview.version,
      generalRemarks: 'Leadership is evident; results need executive scope.',
    });
    const decision = decided.case.decisions[0]!;
    expect(decision).toMatchObject({ outcome: 'disapproved', resubmissionDueOn: '2027-02-02' });
    expect(decision.ecqs.find((e) => e.ecqCode === 'DR')).toMatchObject({ isMet: false, remarks: 'Examples show team scope, not executive scope.' });
    expect(decided.case).toMatchObject({ statusLabel: 'decided (disapproved)', agencyDueOn: '2027-02-02' });
    expect(decided.case.actions).toEqual(['amend', 'files']);
    const asAgency = await getCase(caseId);
    expect(asAgency.actions).toEqual(expect.arrayContaining(['edit', 'upload', 'check', 'migration_draft', 'resubmit']));
    expect(asAgency.actions).not.toContain('certificate');
    expect((await call(t, 'GET', `/api/qrb/cases/${caseId}/certificate`, w.hr)).json()).toMatchObject({ code: 'CONFLICT', field: 'status' });

    // An amendment corrects the remarks with a reason; the decision as first recorded stays readable.
    const amended = await expectCall<TTransition>(t, 200, 'POST', `/api/qrb/cases/${caseId}/amendments`, w.admin, {
      version: decided.case.version,
      reason: 'The remarks named the wrong example.',
      ecqRemarks: { DR: 'Example 2 shows team scope, not executive scope.' },
    });
    const current = amended.case.decisions[0]! as TCase['decisions'][number] & { original: { ecqs: { ecqCode: string; remarks: string }[] }; amendments: unknown[] };
    expect(current.ecqs.find((e) => e.ecqCode === 'DR')!.remarks).toBe('Example 2 shows team scope, not executive scope.');
    expect(current.original.ecqs.find((e) => e.ecqCode === 'DR')!.remarks).toBe('Examples show team scope, not executive scope.');
    expect(current.amendments).toHaveLength(1);
    expect(current.outcome).toBe('disapproved');
    // An amendment naming an ECQ the decision does not have, or emptying a lacking ECQ's remarks, is bad input.
    for (const [ecqRemarks, field] of [[{ ZZ: 'Corrected.' }, 'ecqRemarks.ZZ'], [{ DR: '' }, 'ecqRemarks.DR']] as const) {
      const refused = await call(t, 'POST', `/api/qrb/cases/${caseId}/amendments`, w.admin, { version: amended.case.version, reason: 'A typo.', ecqRemarks });
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json()).toMatchObject({ code: 'VALIDATION_FAILED', field });
    }

    clock.set('2026-12-20');
    try {
      const resubmitted = await expectCall<TTransition>(t, 200, 'POST', `/api/qrb/cases/${caseId}/resubmit`, w.hr, { version: amended.case.version });
      expect(resubmitted.case).toMatchObject({ status: 'resubmitted', state: { since: '2026-12-20', resubmissionOf: decision.id, round: 2 } });
      expect(resubmitted.case.decisions.map((d) => d.id)).toEqual([decision.id]);
      const queue = await expectCall<{ items: { id: string; status: string; ageDays: number }[] }>(t, 200, 'GET', '/api/qrb/queue?status=resubmitted', w.admin);
      expect(queue.items.find((i) => i.id === caseId)).toMatchObject({ status: 'resubmitted', ageDays: 0 });
      // The next round starts with no reviews.
      const boardId2 = await assembleBoard('2026-12-20');
      await expectCall(t, 200, 'POST', `/api/qrb/cases/${caseId}/assign`, w.admin, { version: resubmitted.case.version, boardId: boardId2 });
      const round2 = await expectCall<{ round: number; reviews: unknown[] }>(t, 200, 'GET', `/api/qrb/cases/${caseId}/reviews`, w.admin);
      expect(round2).toMatchObject({ round: 2, reviews: [] });
    } finally {
      clock.set('2026-12-04');
    }
  });

  it('refuses a disapproval without remarks on an ECQ found lacking, writing nothing', async () => {
    const { caseId } = await draftCase();
    await submitted(caseId);
    const inReview = await reviewed(caseId, await assembleBoard(), [['LP'], [], []].map((l) => l));
    // The member who found Leading People lacking withdraws the remarks.
    const mine = await expectCall<{ mine: { version: number } }>(t, 200, 'GET', `/api/qrb/cases/${caseId}/reviews`, w.members[0]!.session);
    await expectCall(t, 200, 'PUT', `/api/qrb/cases/${caseId}/reviews/mine`, w.members[0]!.session, reviewBody(mine.mine.version, ['LP'], ''));
    const events = await countAuditEvents(t.handle.db);
    const refused = await call(t, 'POST', `/api/qrb/cases/${caseId}/decide`, w.members[1]!.session, { version: inReview.version });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toContain('Leading People');
    expect(await countAuditEvents(t.handle.db)).toBe(events);
    // The board's own remarks on the ECQ satisfy the rule.
    const decided = await expectCall<TTransition>(t, 200, 'POST', `/api/qrb/cases/${caseId}/decide`, w.members[1]!.session, {
      version: inReview.version,
      ecqRemarks: { LP: 'No example shows leading through a conflict.' },
    });
    expect(decided.case.decisions[0]!.ecqs.find((e) => e.ecqCode === 'LP')).toMatchObject({ isMet: false, remarks: 'No example shows leading through a conflict.' });
  });

  it('keeps a stale review from overwriting a newer one (two tabs)', async () => {
    const { caseId } = await draftCase();
    await submitted(caseId);
    await reviewed(caseId, await assembleBoard());
    const member = w.members[0]!.session;
    await expectCall(t, 200, 'PUT', `/api/qrb/cases/${caseId}/reviews/mine`, member, reviewBody(1, ['BC']));
    const stale = await call(t, 'PUT', `/api/qrb/cases/${caseId}/reviews/mine`, member, reviewBody(1));
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT', field: 'version' });
    const again = await call(t, 'PUT', `/api/qrb/cases/${caseId}/reviews/mine`, member, reviewBody(0));
    expect(again.statusCode).toBe(409);
    const { mine } = await expectCall<{ mine: { recommendation: string; version: number } }>(t, 200, 'GET', `/api/qrb/cases/${caseId}/reviews`, member);
    expect(mine).toMatchObject({ recommendation: 'disapprove', version: 2 });
  });
});

describe('[QRB]: a board reviews once it has convened, and the decision waits for every member by name', () => {
  it('offers and takes the review only from the day the board convenes', async () => {
    const { caseId } = await draftCase();
    const submittedCase = await submitted(caseId);
    const boardId = await assembleBoard('2026-12-10');
    const assigned = (await expectCall<TTransition>(t, 200, 'POST', `/api/qrb/cases/${caseId}/assign`, w.admin, { version: submittedCase.version, boardId })).case;
    const member = w.members[0]!.session;
    expect((await getCase(caseId, member)).actions).not.toContain('start_review');
    const early = await call(t, 'POST', `/api/qrb/cases/${caseId}/start-review`, member, { version: assigned.version });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toContain('the board convenes on 2026-12-10');
    clock.set('2026-12-10');
    try {
      expect((await getCase(caseId, member)).actions).toContain('start_review');
      await expectCall(t, 200, 'POST', `/api/qrb/cases/${caseId}/start-review`, member, { version: assigned.version });
      await expectCall(t, 200, 'PUT', `/api/qrb/cases/${caseId}/reviews/mine`, member, reviewBody(0));
      const waiting = await expectCall<{ derivation: { ok: boolean; problems: { code: string; message: string }[] } }>(t, 200, 'GET', `/api/qrb/cases/${caseId}/reviews`, member);
      expect(waiting.derivation.ok).toBe(false);
      expect(waiting.derivation.problems).toEqual([
        expect.objectContaining({ code: 'review-missing', message: `Waiting for the review of ${w.members[1]!.member.name}, ${w.members[2]!.member.name}.` }),
      ]);
    } finally {
      clock.set('2026-12-04');
    }
  });
});
