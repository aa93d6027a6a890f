import { randomBytes, randomUUID } from 'node:crypto';
import { addCalendarDays, analyzeNarrative, computeCaseDueOn, createDraftCase, ECQ_2025_PACK, getPack, type TCalendarDate, type TQrbCaseState } from '@ecq/core';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type TDatabase } from '../database';
import { hashPassword } from '../passwords';
import { insertAgency, type TAgencyRow } from '../repositories/agencies-repository';
import {
  insertNarrativePackage,
  summarizeNarrativeAnalysis,
  type TNarrativePackageRow,
  type TNarrativeVersionRow,
} from '../repositories/narratives-repository';
import { insertUser, type TUserWithRoles } from '../repositories/users-repository';
import { insertHiringAction, type THiringActionRow } from '../repositories/hiring-actions-repository';
import { insertQrbCase, type TQrbCaseRow } from '../repositories/qrb-cases-repository';
import {
  getQrbBoardById,
  getQrbMemberById,
  insertQrbBoard,
  insertQrbMember,
  updateQrbMember,
  type TQrbBoardWithMembers,
  type TQrbMemberWithUser,
} from '../repositories/qrb-roster-repository';
import type { TRole } from '../roles';

/**
 * A fresh, migrated database for one test file: a new PostgreSQL database when `TEST_DATABASE_URL` is set
 * (dropped again on close), else PGlite in memory.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const handle = await openDatabase({});
    await handle.migrate();
    return handle;
  }
  const name = `ecq_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), poolSize: 5 });
  await handle.migrate();
  return {
    ...handle,
    async close() {
      await handle.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

let sequence = 0;
const next = () => `${Date.now().toString(36)}${(++sequence).toString(36)}`;

/** The password every factory-made user has. */
export const TEST_PASSWORD = 'correct horse battery staple';
let testPasswordHash: Promise<string> | undefined;

export async function createAgency(db: TDatabase, overrides: Partial<{ code: string; name: string }> = {}): Promise<TAgencyRow> {
  const code = overrides.code ?? `AG${next().toUpperCase()}`;
  return insertAgency(db, { code, name: overrides.name ?? `Agency ${code}` });
}

/** A user with the given roles; creates an agency for them unless one is given or they are OPM-wide. */
export async function createUser(
  db: TDatabase,
  options: { roles?: readonly TRole[]; agencyId?: string | null; email?: string; displayName?: string } = {},
): Promise<TUserWithRoles> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const roles = options.roles ?? ['candidate'];
  const agencyId =
    options.agencyId !== undefined ? options.agencyId : roles.includes('opm_admin') ? null : (await createAgency(db)).id;
  const id = next();
  return insertUser(db, {
    email: options.email ?? `user-${id}@test.example`,
    displayName: options.displayName ?? `Test user ${id}`,
    passwordHash: await testPasswordHash,
    agencyId,
    roles,
  });
}

/**
 * A narrative package with its first version, owned by `owner` (a new candidate when not given), analysed
 * without a page layout engine. Goes straight to the repository, as a fixture, not through the API.
 */
export async function createNarrativePackage(
  db: TDatabase,
  options: {
    owner?: { readonly id: string; readonly agencyId: string | null };
    modelId?: string;
    title?: string;
    candidateName?: string;
    text?: string;
    limits?: Readonly<Record<string, unknown>>;
  } = {},
): Promise<{ readonly package: TNarrativePackageRow; readonly version: TNarrativeVersionRow }> {
  const owner = options.owner ?? (await createUser(db, { roles: ['candidate'] }));
  const modelId = options.modelId ?? ECQ_2025_PACK.id;
  const text = options.text ?? '';
  const report = analyzeNarrative(text, { model: getPack(modelId).model });
  return insertNarrativePackage(db, {
    ownerUserId: owner.id,
    agencyId: owner.agencyId,
    title: options.title ?? `Narrative ${next()}`,
    candidateName: options.candidateName ?? 'Test Candidate',
    modelId,
    limits: options.limits ?? {},
    firstVersion: { text, source: 'typed', createdBy: owner.id, analysis: summarizeNarrativeAnalysis(report) },
  });
}

/** A hiring action of an agency (a new one unless given), on the 2025 model, created by one of its staff. */
export async function createHiringAction(
  db: TDatabase,
  options: {
    agencyId?: string;
    createdBy?: string;
    positionTitle?: string;
    initiatedOn?: string;
    announcementOpensOn?: string;
    announcementClosesOn?: string;
    applicationMethod?: 'traditional_ecq_narrative' | 'resume_based' | 'accomplishment_record';
    packId?: string;
    narrativeLimits?: Record<string, unknown>;
    qrbCaseDueOn?: string;
  } = {},
): Promise<THiringActionRow> {
  const agencyId = options.agencyId ?? (await createAgency(db)).id;
  const createdBy = options.createdBy ?? (await createUser(db, { roles: ['agency_hr'], agencyId })).id;
  const closes = options.announcementClosesOn ?? '2026-11-15';
  return insertHiringAction(db, {
    agencyId,
    positionTitle: options.positionTitle ?? `Director, Office ${next()}`,
    announcementNumber: null,
    initiatedOn: options.initiatedOn ?? '2026-10-01',
    announcementOpensOn: options.announcementOpensOn ?? '2026-10-15',
    announcementClosesOn: closes,
    applicationMethod: options.applicationMethod ?? 'traditional_ecq_narrative',
    packId: options.packId ?? ECQ_2025_PACK.id,
    policyReason: 'Test action: the 2025 model governs hiring actions initiated on or after 2025-07-01.',
    narrativeLimits: options.narrativeLimits ?? {},
    qrbCaseDueOn: options.qrbCaseDueOn ?? computeCaseDueOn(closes),
    createdBy,
  });
}

/** A roster member: a new qrb_member user in the agency given (a new one unless given). */
export async function createQrbMember(
  db: TDatabase,
  options: { agencyId?: string; appointment?: 'career' | 'noncareer'; hasPriorQrbService?: boolean; isActive?: boolean } = {},
): Promise<TQrbMemberWithUser> {
  const user = await createUser(db, { roles: ['qrb_member'], agencyId: options.agencyId ?? (await createAgency(db)).id });
  const row = await insertQrbMember(db, { userId: user.id, appointment: options.appointment ?? 'career', hasPriorQrbService: options.hasPriorQrbService ?? false });
  if (options.isActive === false) await updateQrbMember(db, { id: row.id, expectedVersion: row.version, patch: { isActive: false } });
  return (await getQrbMemberById(db, row.id))!;
}

/** A valid board (3 career members of 3 new agencies, one with prior service) unless members are given. */
export async function createQrbBoard(
  db: TDatabase,
  options: { memberIds?: readonly string[]; convenesOn?: string; createdBy?: string } = {},
): Promise<TQrbBoardWithMembers> {
  const memberIds =
    options.memberIds ??
    [(await createQrbMember(db, { hasPriorQrbService: true })).id, (await createQrbMember(db)).id, (await createQrbMember(db)).id];
  const createdBy = options.createdBy ?? (await createUser(db, { roles: ['opm_admin'] })).id;
  const board = await insertQrbBoard(db, { convenesOn: options.convenesOn ?? '2026-12-01', label: null, createdBy, memberIds });
  return (await getQrbBoardById(db, board.id))!;
}

/**
 * A QRB case under a hiring action (a new one of the agency unless given), in the state given (a draft by
 * default). Goes straight to the repository, as a fixture.
 */
export async function createQrbCase(
  db: TDatabase,
  options: {
    agencyId?: string;
    hiringActionId?: string;
    candidateUserId?: string | null;
    candidateName?: string;
    basis?: 'A' | 'B' | 'C';
    state?: TQrbCaseState;
    narrative?: { readonly packageId: string; readonly version: number };
    certification?: { readonly certifiedBy: string; readonly certifiedOn: string };
    createdBy?: string;
  } = {},
): Promise<TQrbCaseRow> {
  const action =
    options.hiringActionId === undefined ? await createHiringAction(db, options.agencyId === undefined ? {} : { agencyId: options.agencyId }) : undefined;
  const hiringActionId = options.hiringActionId ?? action!.id;
  const agencyId = action?.agencyId ?? options.agencyId;
  if (agencyId === undefined) throw new Error('createQrbCase: name the agencyId of the hiring action given');
  return insertQrbCase(db, {
    hiringActionId,
    agencyId,
    candidateName: options.candidateName ?? 'Test Candidate',
    candidateUserId: options.candidateUserId ?? null,
    basis: options.basis ?? 'A',
    state: options.state ?? createDraftCase(),
    narrativePackageId: options.narrative?.packageId ?? null,
    narrativeVersion: options.narrative?.version ?? null,
    certifiedBy: options.certification?.certifiedBy ?? null,
    certifiedOn: options.certification?.certifiedOn ?? null,
    createdBy: options.createdBy ?? action?.createdBy ?? (await createUser(db, { roles: ['agency_hr'], agencyId })).id,
  });
}

/** The five ECQs of the January 2025 model, as a decision records them. */
const ECQS_2025 = [
  ['LC', 'Leading Change'],
  ['LP', 'Leading People'],
  ['DR', 'Driving Results'],
  ['AOS', 'Achieving Organizational Success'],
  ['BC', 'Building Coalitions'],
] as const;

/**
 * Case states for fixtures: submitted, assigned to a board, in its review, decided by it (approved, or
 * disapproved with remarks on Driving Results and a resubmission due 60 days later), held.
 */
export const qrbCaseStates = {
  submitted: (since = '2026-12-01'): TQrbCaseState => ({ status: 'submitted', since: since as TCalendarDate, earlierDecisions: [] }),
  assigned: (boardId: string, since = '2026-12-01'): TQrbCaseState => ({ status: 'assigned', since: since as TCalendarDate, boardId, earlierDecisions: [] }),
  inReview: (boardId: string, since = '2026-12-01'): TQrbCaseState => ({ status: 'in_review', since: since as TCalendarDate, boardId, earlierDecisions: [] }),
  decided: (boardId: string, outcome: 'approved' | 'disapproved', on = '2026-12-01'): TQrbCaseState => {
    const decidedOn = on as TCalendarDate;
    const isLacking = (code: string) => outcome === 'disapproved' && code === 'DR';
    return {
      status: 'decided',
      since: decidedOn,
      amendments: [],
      earlierDecisions: [],
      decision: {
        id: randomUUID(),
        outcome,
        decidedOn,
        boardId,
        rule: 'unanimous',
        generalRemarks: outcome === 'approved' ? '' : 'Results lack executive scope.',
        ecqs: ECQS_2025.map(([ecqCode, ecqName]) => ({
          ecqCode,
          ecqName,
          isMet: !isLacking(ecqCode),
          meets: isLacking(ecqCode) ? 2 : 3,
          doesNotMeet: isLacking(ecqCode) ? 1 : 0,
          remarks: isLacking(ecqCode) ? 'No example shows results at executive scope.' : '',
        })),
        resubmissionDueOn: outcome === 'approved' ? undefined : addCalendarDays(decidedOn, 60),
      },
    };
  },
  onHold: (note = 'Awaiting the agency\'s records.', since = '2026-12-01'): TQrbCaseState => ({
    status: 'on_hold',
    since: since as TCalendarDate,
    reason: { kind: 'administrative', note },
    heldFrom: { status: 'submitted', since: since as TCalendarDate, earlierDecisions: [] },
  }),
};
