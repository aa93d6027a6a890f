import { createHash } from 'node:crypto';
import { NUMBERED_PACKAGE_2025 } from '@ecq/core/testing';
import {
  getQrbMemberByUserId,
  getQrbSettingsRow,
  insertAgencyHeadTransition,
  insertQrbAttachment,
  insertQrbMember,
  updateQrbCase,
  type TQrbCaseRow,
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
} from '@ecq/db/testing';
import { NOBODY, SIGNED_IN_USERS, type TAccessCase, type TAccessExpectations, type TAudience, type TMatrixCaller, type TMatrixContext, type TReach } from './types';

const OPM: Readonly<Record<TAudience, TReach>> = { ...NOBODY, opm_admin: 'all' };
/** An agency's executive-resources staff, for their own agency's records only. */
const OWN_AGENCY: Readonly<Record<TAudience, TReach>> = { ...NOBODY, agency_hr: 'own' };
const OWN_AGENCY_AND_OPM: Readonly<Record<TAudience, TReach>> = { ...OWN_AGENCY, opm_admin: 'all' };
/** Everyone a case concerns: its agency, OPM, the members of its board, its candidate. */
const CASE_READERS: Readonly<Record<TAudience, TReach>> = { ...OWN_AGENCY_AND_OPM, qrb_member: 'own', candidate: 'own', executive: 'own' };
/** Those who judge a case, and its agency: not its candidate. */
const CASE_FILE_READERS: Readonly<Record<TAudience, TReach>> = { ...OWN_AGENCY_AND_OPM, qrb_member: 'own' };
const BOARD_AND_OPM: Readonly<Record<TAudience, TReach>> = { ...OPM, qrb_member: 'own' };
const BOARD: Readonly<Record<TAudience, TReach>> = { ...NOBODY, qrb_member: 'own' };
const CANDIDATES: Readonly<Record<TAudience, TReach>> = { ...NOBODY, candidate: 'own', executive: 'own' };

const has = (caller: TMatrixCaller | undefined, role: TAudience) => caller !== undefined && caller.roles.some((r) => r === role);

/** The caller's roster entry, made when missing: a QRB member in the matrix's own agency. */
async function rosterEntryOf(ctx: TMatrixContext, caller: TMatrixCaller): Promise<string> {
  const existing = await getQrbMemberByUserId(ctx.db, caller.id);
  if (existing) return existing.id;
  return (await insertQrbMember(ctx.db, { userId: caller.id, appointment: 'career', hasPriorQrbService: true })).id;
}

/**
 * The case a request aims at. `own`: of the caller's agency (its staff), about the caller (a candidate), on
 * a board the caller sits on (a QRB member); `other`: of the other agency, about someone else, on a board
 * without the caller. In review by default, so that every reader has something to read.
 */
async function caseFor(
  ctx: TMatrixContext,
  scope: 'own' | 'other',
  caller: TMatrixCaller | undefined,
  options: { readonly draft?: boolean; readonly withNarrative?: boolean; readonly withResume?: boolean } = {},
): Promise<TQrbCaseRow> {
  const isOwn = scope === 'own';
  const agencyId = isOwn && has(caller, 'agency_hr') ? ctx.ownAgencyId : ctx.otherAgencyId;
  const isCandidate = isOwn && (has(caller, 'candidate') || has(caller, 'executive'));
  const seated = isOwn && has(caller, 'qrb_member') ? [await rosterEntryOf(ctx, caller!)] : [];
  const others = await Promise.all([0, 1, 2].slice(seated.length).map(async () => (await createQrbMember(ctx.db, { hasPriorQrbService: true })).id));
  const board = await createQrbBoard(ctx.db, { memberIds: [...seated, ...others], convenesOn: '2026-12-01' });
  const narrative =
    options.withNarrative === true
      ? (await createNarrativePackage(ctx.db, isCandidate ? { owner: caller!, text: NUMBERED_PACKAGE_2025 } : { text: NUMBERED_PACKAGE_2025 })).package
      : undefined;
  const row = await createQrbCase(ctx.db, {
    agencyId,
    hiringActionId: (await createHiringAction(ctx.db, { agencyId })).id,
    candidateUserId: isCandidate ? caller!.id : null,
    ...(options.draft === true ? {} : { state: qrbCaseStates.inReview(board.id) }),
    ...(narrative === undefined ? {} : { narrative: { packageId: narrative.id, version: 1 } }),
  });
  if (options.withResume !== true) return row;
  const content = new TextEncoder().encode('Pat Lee — résumé');
  const attachment = await insertQrbAttachment(ctx.db, {
    caseId: row.id,
    kind: 'resume',
    filename: 'resume.txt',
    contentType: 'text/plain; charset=utf-8',
    byteSize: content.byteLength,
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
    uploadedBy: row.createdBy,
  });
  const written = await updateQrbCase(ctx.db, { id: row.id, expectedVersion: row.version, patch: { resumeAttachmentId: attachment.id } });
  if (written.kind !== 'ok') throw new Error('could not attach the resume');
  return written.row;
}

function caseCase(
  path: string,
  expect: Readonly<Record<TAudience, TReach>>,
  options: Parameters<typeof caseFor>[3] & { readonly payload?: (row: TQrbCaseRow) => unknown } = {},
): TAccessCase {
  return {
    async build(ctx, scope, caller) {
      const row = await caseFor(ctx, scope, caller, options);
      return { url: `/api/qrb/cases/${row.id}${path}`, ...(options.payload === undefined ? {} : { payload: options.payload(row) }) };
    },
    expect,
  };
}

const versionOf = (row: TQrbCaseRow) => ({ version: row.version });

/** Hiring actions, QRB cases, the review, the roster, boards, transitions, settings and notifications. */
export const qrbExpectations: TAccessExpectations = {
  'POST /api/hiring-actions': {
    build: async () => ({
      url: '/api/hiring-actions',
      payload: {
        positionTitle: 'Matrix position',
        initiatedOn: '2026-10-01',
        announcementOpensOn: '2026-10-15',
        announcementClosesOn: '2026-11-15',
        applicationMethod: 'resume_based',
      },
    }),
    expect: { ...NOBODY, agency_hr: 'all' },
  },
  'GET /api/hiring-actions': { build: async () => ({ url: '/api/hiring-actions' }), expect: { ...OPM, agency_hr: 'all' } },
  'GET /api/hiring-actions/:id': {
    async build(ctx, scope) {
      const action = await createHiringAction(ctx.db, { agencyId: scope === 'own' ? ctx.ownAgencyId : ctx.otherAgencyId });
      return { url: `/api/hiring-actions/${action.id}` };
    },
    expect: OWN_AGENCY_AND_OPM,
  },
  'POST /api/qrb/cases': {
    async build(ctx, scope) {
      const action = await createHiringAction(ctx.db, { agencyId: scope === 'own' ? ctx.ownAgencyId : ctx.otherAgencyId });
      return { url: '/api/qrb/cases', payload: { hiringActionId: action.id, candidateName: 'Matrix Candidate', basis: 'C', uniqueQualifications: 'A rare skill.' } };
    },
    expect: OWN_AGENCY,
  },
  'GET /api/qrb/cases': {
    build: async () => ({ url: '/api/qrb/cases' }),
    expect: { ...OPM, agency_hr: 'all', qrb_member: 'all', candidate: 'all', executive: 'all' },
  },
  'GET /api/qrb/cases/:id': caseCase('', CASE_READERS),
  'PATCH /api/qrb/cases/:id': caseCase('', OWN_AGENCY, { draft: true, payload: (row) => ({ ...versionOf(row), candidateName: 'Renamed' }) }),
  'PUT /api/qrb/cases/:id/attachments/:kind': caseCase('/attachments/resume', OWN_AGENCY, {
    draft: true,
    payload: (row) => ({ ...versionOf(row), filename: 'resume.txt', contentBase64: Buffer.from('Pat Lee, resume').toString('base64') }),
  }),
  'GET /api/qrb/cases/:id/attachments/:kind': caseCase('/attachments/resume', CASE_FILE_READERS, { withResume: true }),
  'POST /api/qrb/cases/:id/share': {
    async build(ctx, scope, caller) {
      const row = await caseFor(ctx, scope, caller, { draft: true });
      const owner = caller !== undefined && (has(caller, 'candidate') || has(caller, 'executive')) ? caller : undefined;
      const pkg = (await createNarrativePackage(ctx.db, owner === undefined ? {} : { owner })).package;
      return { url: `/api/qrb/cases/${row.id}/share`, payload: { packageId: pkg.id } };
    },
    expect: CANDIDATES,
  },
  'GET /api/qrb/cases/:id/check': caseCase('/check', OWN_AGENCY_AND_OPM, { draft: true, withNarrative: true }),
  'POST /api/qrb/cases/:id/submit': caseCase('/submit', OWN_AGENCY, { draft: true, payload: versionOf }),
  'POST /api/qrb/cases/:id/resubmit': caseCase('/resubmit', OWN_AGENCY, { payload: versionOf }),
  'POST /api/qrb/cases/:id/migration-draft': caseCase('/migration-draft', OWN_AGENCY, { draft: true, withNarrative: true }),
  'GET /api/qrb/cases/:id/narrative': caseCase('/narrative', CASE_READERS, { withNarrative: true }),
  'GET /api/qrb/cases/:id/timeline': caseCase('/timeline', CASE_READERS),
  'GET /api/qrb/cases/:id/certificate': caseCase('/certificate', CASE_READERS),
  'GET /api/qrb/queue': { build: async () => ({ url: '/api/qrb/queue' }), expect: OPM },
  'GET /api/qrb/cases/:id/board-options': caseCase('/board-options', OPM),
  'POST /api/qrb/cases/:id/assign': caseCase('/assign', OPM, { payload: (row) => ({ ...versionOf(row), boardId: row.boardId }) }),
  'POST /api/qrb/cases/:id/start-review': caseCase('/start-review', BOARD_AND_OPM, { payload: versionOf }),
  'GET /api/qrb/cases/:id/reviews': caseCase('/reviews', BOARD_AND_OPM),
  'PUT /api/qrb/cases/:id/reviews/mine': caseCase('/reviews/mine', BOARD, {
    payload: () => ({ version: 0, recommendation: 'approve', findings: [{ ecqCode: 'LC', finding: 'meets', remarks: '' }] }),
  }),
  'POST /api/qrb/cases/:id/decide': caseCase('/decide', BOARD_AND_OPM, { payload: versionOf }),
  'POST /api/qrb/cases/:id/amendments': caseCase('/amendments', OPM, { payload: (row) => ({ ...versionOf(row), reason: 'A typo.', generalRemarks: 'Fixed.' }) }),
  'POST /api/qrb/cases/:id/hold': caseCase('/hold', OPM, { payload: (row) => ({ ...versionOf(row), note: 'Awaiting records.' }) }),
  'POST /api/qrb/cases/:id/release': caseCase('/release', OPM, { payload: versionOf }),
  'POST /api/qrb/members': {
    async build(ctx) {
      const user = await createUser(ctx.db, { roles: ['qrb_member'] });
      return { url: '/api/qrb/members', payload: { userId: user.id, appointment: 'career', hasPriorQrbService: false } };
    },
    expect: OPM,
  },
  'GET /api/qrb/members': { build: async () => ({ url: '/api/qrb/members' }), expect: OPM },
  'GET /api/qrb/members/:id': {
    build: async (ctx) => ({ url: `/api/qrb/members/${(await createQrbMember(ctx.db)).id}` }),
    expect: OPM,
  },
  'PATCH /api/qrb/members/:id': {
    async build(ctx) {
      const member = await createQrbMember(ctx.db);
      return { url: `/api/qrb/members/${member.id}`, payload: { version: member.version, hasPriorQrbService: true } };
    },
    expect: OPM,
  },
  'POST /api/qrb/boards/check': {
    async build(ctx) {
      const board = await createQrbBoard(ctx.db);
      return { url: '/api/qrb/boards/check', payload: { memberIds: board.members.map((m) => m.id) } };
    },
    expect: OPM,
  },
  'POST /api/qrb/boards': {
    async build(ctx) {
      const memberIds = [(await createQrbMember(ctx.db, { hasPriorQrbService: true })).id, (await createQrbMember(ctx.db)).id, (await createQrbMember(ctx.db)).id];
      return { url: '/api/qrb/boards', payload: { convenesOn: '2026-12-10', memberIds } };
    },
    expect: OPM,
  },
  'GET /api/qrb/boards': { build: async () => ({ url: '/api/qrb/boards' }), expect: { ...OPM, qrb_member: 'all' } },
  'GET /api/qrb/boards/:id': {
    async build(ctx, scope, caller) {
      const row = await caseFor(ctx, scope, caller);
      return { url: `/api/qrb/boards/${row.boardId}` };
    },
    expect: BOARD_AND_OPM,
  },
  'POST /api/qrb/agency-head-transitions': {
    build: async (ctx) => ({ url: '/api/qrb/agency-head-transitions', payload: { agencyId: (await createAgency(ctx.db)).id, note: 'A new secretary.' } }),
    expect: OPM,
  },
  'GET /api/qrb/agency-head-transitions': { build: async () => ({ url: '/api/qrb/agency-head-transitions' }), expect: { ...OPM, agency_hr: 'all' } },
  'POST /api/qrb/agency-head-transitions/:id/end': {
    async build(ctx) {
      const agency = await createAgency(ctx.db);
      const startedBy = (await createUser(ctx.db, { roles: ['opm_admin'] })).id;
      const transition = await insertAgencyHeadTransition(ctx.db, { agencyId: agency.id, startedOn: '2026-12-01', note: 'A new secretary.', startedBy });
      return { url: `/api/qrb/agency-head-transitions/${transition.id}/end`, payload: { version: transition.version } };
    },
    expect: OPM,
  },
  'GET /api/qrb/settings': { build: async () => ({ url: '/api/qrb/settings' }), expect: SIGNED_IN_USERS },
  'PATCH /api/qrb/settings': {
    build: async (ctx) => ({ url: '/api/qrb/settings', payload: { version: (await getQrbSettingsRow(ctx.db)).version, caseDueDays: 90 } }),
    expect: OPM,
  },
  'GET /api/notifications': { build: async () => ({ url: '/api/notifications' }), expect: SIGNED_IN_USERS },
  'POST /api/notifications/read': { build: async () => ({ url: '/api/notifications/read', payload: { upToId: 1 } }), expect: SIGNED_IN_USERS },
};
