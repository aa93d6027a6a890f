import { randomBytes } from 'node:crypto';
import {
  AppError,
  APPLICATION_METHODS,
  checkBoardComposition,
  computeCaseDueOn,
  ECQ_2025_PACK,
  findCaseStateProblems,
  policyFor,
  QRB_CASE_STATUSES,
  type TApplicationMethod,
  type TCalendarDate,
  type TCaseBasis,
  type TQrbCaseStatus,
  type TQrbMember,
} from '@ecq/core';
import type { TDatabase } from '../database';
import { hashPassword } from '../passwords';
import { insertQrbCases, type TQrbCaseInsert } from '../repositories/qrb-cases-repository';
import { insertQrbBoards, insertQrbMembers } from '../repositories/qrb-roster-repository';
import type { TRole } from '../roles';
import { agencies, hiringActions, roleAssignments, users } from '../schema';
import { addDays, buildCaseState, caseKinds, createSeededRandom, daysFrom, toolsOf } from './qrb-year-cases';

export { createSeededRandom } from './qrb-year-cases';

export interface TSeedQrbYearOptions {
  readonly agencies?: number;
  readonly hiringActions?: number;
  readonly cases?: number;
  readonly members?: number;
  readonly boards?: number;
  /** The same seed gives the same year (ids and timestamps of insertion aside). */
  readonly seed?: number;
  /** The federal fiscal year: 2026 runs 2025-10-01 to 2026-09-30. */
  readonly year?: number;
}

/** An agency of the year, with what a benchmark needs to query as it. */
export interface TQrbYearAgency {
  readonly id: string;
  readonly code: string;
  readonly hrUserId: string;
  readonly hiringActionIds: readonly string[];
}

export interface TQrbYearSummary {
  readonly fiscalYear: number;
  readonly from: TCalendarDate;
  readonly to: TCalendarDate;
  readonly counts: {
    readonly agencies: number;
    readonly users: number;
    readonly roleAssignments: number;
    readonly qrbMembers: number;
    readonly hiringActions: number;
    readonly boards: number;
    readonly boardMembers: number;
    readonly cases: number;
  };
  readonly casesByStatus: Readonly<Record<TQrbCaseStatus, number>>;
  /** The OPM administrator who assembled the boards. */
  readonly opmAdminUserId: string;
  readonly agencies: readonly TQrbYearAgency[];
}

/** Rows per multi-row insert: well under PostgreSQL's 65,535 bind parameters for every table here. */
const CHUNK = 500;
const EMAIL_DOMAIN = 'qrb-year.example';

const FIRST_NAMES = ['Avery', 'Jordan', 'Morgan', 'Taylor', 'Casey', 'Riley', 'Quinn', 'Harper', 'Rowan', 'Emerson', 'Dana', 'Alexis', 'Cameron', 'Drew', 'Hayden', 'Jamie', 'Kendall', 'Logan', 'Parker', 'Reese'];
const LAST_NAMES = ['Nguyen', 'Okafor', 'Garcia', 'Smith', 'Patel', 'Johnson', 'Kim', 'Williams', 'Brown', 'Hernandez', 'Chen', 'Davis', 'Lopez', 'Wilson', 'Martinez', 'Anderson', 'Thomas', 'Moore', 'Jackson', 'Lee'];
const AGENCY_KINDS = ['Department', 'Office', 'Bureau', 'Administration', 'Commission'];
const AGENCY_SUBJECTS = ['Energy', 'Transportation', 'Veterans Services', 'Health Programs', 'Coastal Affairs', 'Public Lands', 'Trade', 'Housing', 'Water Resources', 'Aviation', 'Rural Development', 'Statistics', 'Maritime Affairs', 'Consumer Safety', 'Education Programs', 'Emergency Management', 'Science Policy', 'Labor Standards', 'Fisheries', 'Space Operations'];
const POSITIONS = ['Chief Information Officer', 'Chief Financial Officer', 'Deputy Assistant Secretary for Operations', 'Director, Office of Budget', 'Regional Administrator', 'Associate Director for Policy', 'Deputy Chief Human Capital Officer', 'Director of Acquisition Management', 'Chief Data Officer', 'Director, Field Operations'];
const CDP_PROGRAMS = ['OPM Federal Executive Institute SES CDP', 'Interagency SES Candidate Development Program', 'Agency SES Candidate Development Program'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function chunked<T>(rows: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) chunks.push(rows.slice(i, i + CHUNK));
  return chunks;
}

function checkOptions(counts: Record<string, number>): void {
  for (const [name, value] of Object.entries(counts)) {
    if (!Number.isInteger(value) || value < 0) throw new AppError('VALIDATION_FAILED', `${name} must be a whole number; got ${value}`, { field: name });
  }
  // A case's board has 3 agencies other than the case's own: 4 at least.
  if (counts.agencies! < 4) throw new AppError('VALIDATION_FAILED', 'a QRB year needs at least 4 agencies', { field: 'agencies' });
  if (counts.members! < 3 || counts.boards! < 1 || counts.hiringActions! < 1) {
    throw new AppError('VALIDATION_FAILED', 'a QRB year needs at least 3 members, 1 board and 1 hiring action', { field: 'members' });
  }
}

/**
 * Seeds a government-scale year of QRB work for the benchmark (issue "Benchmark"; POLICY.md §2): agencies
 * `AG001…` each with one agency_hr user, an OPM administrator, a roster of qrb_member users (about 70%
 * career, 40% with prior QRB service), hiring actions initiated across the fiscal year (ecq-2025, due 90
 * days after the announcement closes), boards of 3 members from 3 agencies with a career majority, and cases
 * in a realistic mix of states, each built as a core `TQrbCaseState` that `findCaseStateProblems` accepts,
 * on boards with no member from the case's agency and with decisions derived by core `deriveBoardDecision`.
 * Deterministic from `seed`. One transaction of multi-row inserts; every account shares one hash of a
 * random password (nobody signs in as them). A benchmark fixture: it writes no audit events and no member
 * reviews, and expects a database without these agency codes.
 * @throws AppError `VALIDATION_FAILED` for counts a year cannot be built from.
 */
export async function seedQrbYear(db: TDatabase, options: TSeedQrbYearOptions = {}): Promise<TQrbYearSummary> {
  const n = {
    agencies: options.agencies ?? 100,
    hiringActions: options.hiringActions ?? 2000,
    cases: options.cases ?? 5000,
    members: options.members ?? 600,
    boards: options.boards ?? 1500,
  };
  checkOptions(n);
  const seed = options.seed ?? 1;
  const fiscalYear = options.year ?? 2026;
  const tools = toolsOf(createSeededRandom(seed));
  const { int, pick, chance, shuffle } = tools;
  const from = `${fiscalYear - 1}-10-01` as TCalendarDate;
  const to = `${fiscalYear}-09-30` as TCalendarDate;
  const yearDays = daysFrom(from, to);
  /** `min`..`max` days after `date`, never after the year's end. */
  const later = (date: TCalendarDate, min: number, max: number): TCalendarDate => {
    const day = addDays(date, int(min, max));
    return day > to ? to : day;
  };
  const instantOn = (date: TCalendarDate) => new Date(Date.parse(`${date}T00:00:00Z`) + int(8 * 3_600_000, 18 * 3_600_000));
  const personName = () => `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
  const passwordHash = await hashPassword(randomBytes(18).toString('base64url'));

  return db.transaction(async (tx) => {
    const agencyPlans = Array.from({ length: n.agencies }, (_, i) => ({
      code: `AG${pad(i + 1, 3)}`,
      name: `${AGENCY_KINDS[i % AGENCY_KINDS.length]} of ${AGENCY_SUBJECTS[Math.floor(i / AGENCY_KINDS.length) % AGENCY_SUBJECTS.length]}`,
      // Some agencies hire far more executives than others.
      weight: 1 + 3 * (int(0, 1000) / 1000) ** 2,
    }));
    const agencyIdOf = new Map<string, string>();
    for (const chunk of chunked(agencyPlans)) {
      const rows = await tx.insert(agencies).values(chunk.map(({ code, name }) => ({ code, name }))).returning({ id: agencies.id, code: agencies.code });
      for (const row of rows) agencyIdOf.set(row.code, row.id);
    }
    const agencyList = agencyPlans.map((a) => ({ ...a, id: agencyIdOf.get(a.code)! }));

    const memberPlans = Array.from({ length: n.members }, (_, i) => {
      const agency = agencyList[i % agencyList.length]!;
      return { email: `qrb.member.${pad(i + 1, 4)}@${EMAIL_DOMAIN}`, name: personName(), agency, career: chance(0.7), prior: chance(0.4) };
    });
    const userPlans: { email: string; displayName: string; agencyId: string | null; role: TRole }[] = [
      { email: `opm.admin@${EMAIL_DOMAIN}`, displayName: 'OPM QRB administrator', agencyId: null, role: 'opm_admin' },
      ...agencyList.map((a) => ({ email: `hr.${a.code.toLowerCase()}@${EMAIL_DOMAIN}`, displayName: `Executive resources, ${a.code}`, agencyId: a.id, role: 'agency_hr' as const })),
      ...memberPlans.map((m) => ({ email: m.email, displayName: m.name, agencyId: m.agency.id, role: 'qrb_member' as const })),
    ];
    const userIdOf = new Map<string, string>();
    for (const chunk of chunked(userPlans)) {
      const rows = await tx
        .insert(users)
        .values(chunk.map(({ email, displayName, agencyId }) => ({ email, displayName, agencyId, passwordHash })))
        .returning({ id: users.id, email: users.email });
      for (const row of rows) userIdOf.set(row.email, row.id);
    }
    for (const chunk of chunked(userPlans)) await tx.insert(roleAssignments).values(chunk.map((u) => ({ userId: userIdOf.get(u.email)!, role: u.role })));
    const opmAdminUserId = userIdOf.get(userPlans[0]!.email)!;
    const hrUserIdOf = (code: string) => userIdOf.get(`hr.${code.toLowerCase()}@${EMAIL_DOMAIN}`)!;

    const memberIdOfUser = new Map<string, string>();
    for (const chunk of chunked(memberPlans)) {
      const rows = await insertQrbMembers(tx, chunk.map((m) => ({ userId: userIdOf.get(m.email)!, appointment: m.career ? 'career' : 'noncareer', hasPriorQrbService: m.prior })));
      for (const row of rows) memberIdOfUser.set(row.userId, row.id);
    }
    const roster: TQrbMember[] = memberPlans.map((m) => ({
      id: memberIdOfUser.get(userIdOf.get(m.email)!)!,
      name: m.name,
      agencyId: m.agency.id,
      agencyName: m.agency.name,
      appointment: m.career ? 'career' : 'noncareer',
      hasPriorQrbService: m.prior,
    }));
    const career = roster.filter((m) => m.appointment === 'career');
    if (career.length < 2) throw new AppError('VALIDATION_FAILED', 'the roster has fewer than 2 career members; no board can be assembled', { field: 'members' });

    // Two career members and any third, from three agencies: core's board rules decide (POLICY.md §2).
    const assembleBoard = (): TQrbMember[] => {
      for (let attempt = 0; attempt < 10_000; attempt++) {
        const members = shuffle([pick(career), pick(career), pick(roster)]);
        if (checkBoardComposition({ members }).isValid) return members;
      }
      throw new AppError('VALIDATION_FAILED', 'no valid board can be assembled from this roster', { field: 'members' });
    };
    const boardPlans = Array.from({ length: n.boards }, () => ({ convenesOn: addDays(from, int(0, yearDays)), members: assembleBoard() })).sort((a, b) =>
      a.convenesOn < b.convenesOn ? -1 : a.convenesOn > b.convenesOn ? 1 : 0,
    );
    const boardValues = boardPlans.map((b, i) => ({
      convenesOn: b.convenesOn,
      label: `FY${fiscalYear} board ${pad(i + 1, 4)}`,
      createdBy: opmAdminUserId,
      memberIds: b.members.map((m) => m.id),
    }));
    const boardIdOfLabel = new Map<string, string>();
    for (const chunk of chunked(boardValues)) for (const row of await insertQrbBoards(tx, chunk)) boardIdOfLabel.set(row.label ?? '', row.id);
    const boards = boardPlans.map((b, i) => ({ ...b, id: boardIdOfLabel.get(boardValues[i]!.label)! }));
    const boardById = new Map(boards.map((b) => [b.id, b]));

    // Hiring actions initiated across the year, closing early enough that their cases can move within it.
    const totalWeight = agencyList.reduce((sum, a) => sum + a.weight, 0);
    const weightedAgency = () => {
      let left = int(0, 1_000_000) / 1_000_000 * totalWeight;
      return agencyList.find((a) => (left -= a.weight) <= 0) ?? agencyList.at(-1)!;
    };
    const reasonOf = new Map<TCalendarDate, string>();
    const actionPlans = Array.from({ length: n.hiringActions }, (_, i) => {
      const agency = i < agencyList.length ? agencyList[i]! : weightedAgency();
      const initiatedOn = addDays(from, int(0, yearDays - 50));
      const announcementOpensOn = later(initiatedOn, 0, 7);
      const announcementClosesOn = later(announcementOpensOn, 14, 35);
      if (!reasonOf.has(initiatedOn)) {
        const answer = policyFor({ process: 'hiring', on: initiatedOn });
        if (answer.pack.id !== ECQ_2025_PACK.id) throw new AppError('VALIDATION_FAILED', `FY${fiscalYear} is not governed by ecq-2025 (${answer.pack.id})`, { field: 'year' });
        reasonOf.set(initiatedOn, answer.reason);
      }
      return {
        agency,
        announcementNumber: `${agency.code}-${String(fiscalYear).slice(2)}-${pad(i + 1, 5)}`,
        positionTitle: pick(POSITIONS),
        initiatedOn,
        announcementOpensOn,
        announcementClosesOn,
        applicationMethod: pick<TApplicationMethod>([...APPLICATION_METHODS, 'traditional_ecq_narrative', 'traditional_ecq_narrative']),
        createdAt: instantOn(initiatedOn),
      };
    });
    const actionIdOf = new Map<string | null, string>();
    for (const chunk of chunked(actionPlans)) {
      const rows = await tx
        .insert(hiringActions)
        .values(
          chunk.map(({ agency, ...a }) => ({
            ...a,
            agencyId: agency.id,
            packId: ECQ_2025_PACK.id,
            policyReason: reasonOf.get(a.initiatedOn)!,
            narrativeLimits: {},
            qrbCaseDueOn: computeCaseDueOn(a.announcementClosesOn),
            createdBy: hrUserIdOf(agency.code),
          })),
        )
        .returning({ id: hiringActions.id, announcementNumber: hiringActions.announcementNumber });
      for (const row of rows) actionIdOf.set(row.announcementNumber, row.id);
    }
    const actions = actionPlans.map((a) => ({ ...a, id: actionIdOf.get(a.announcementNumber)! }));

    const cases: (TQrbCaseInsert & { createdAt: Date })[] = [];
    const kinds = caseKinds(n.cases, shuffle);
    kinds.forEach((kind, index) => {
      const action = index < actions.length ? actions[index]! : pick(actions);
      const agency = action.agency;
      const basis: TCaseBasis = chance(0.8) ? 'A' : pick(['B', 'C'] as const);
      const createdOn = later(action.announcementClosesOn, 0, 10);
      const state = buildCaseState(kind, { tools, later, boards, boardById, agency, basis, createdOn, key: `qrb-year/${seed}/case/${index}` });
      const problems = findCaseStateProblems(state);
      if (problems.length > 0) throw new Error(`seedQrbYear: case ${index} was built in an unsound state: ${problems[0]!.path} ${problems[0]!.message}`);
      cases.push({
        hiringActionId: action.id,
        agencyId: agency.id,
        candidateName: personName(),
        candidateUserId: null,
        basis,
        state,
        cdpProgram: basis === 'B' ? pick(CDP_PROGRAMS) : null,
        uniqueQualifications: basis === 'C' ? 'Recognized national authority in the program area, with no federal executive equivalent.' : null,
        certifiedBy: state.status === 'draft' ? null : `Appointing authority, ${agency.name}`,
        certifiedOn: state.status === 'draft' ? null : createdOn,
        createdBy: hrUserIdOf(agency.code),
        createdAt: instantOn(createdOn),
      });
    });
    for (const chunk of chunked(cases)) await insertQrbCases(tx, chunk);

    const casesByStatus = Object.fromEntries(QRB_CASE_STATUSES.map((s) => [s, cases.filter((c) => c.state.status === s).length])) as Record<TQrbCaseStatus, number>;
    return {
      fiscalYear,
      from,
      to,
      counts: {
        agencies: agencyList.length,
        users: userPlans.length,
        roleAssignments: userPlans.length,
        qrbMembers: roster.length,
        hiringActions: actions.length,
        boards: boards.length,
        boardMembers: boards.reduce((sum, b) => sum + b.members.length, 0),
        cases: cases.length,
      },
      casesByStatus,
      opmAdminUserId,
      agencies: agencyList.map((a) => ({ id: a.id, code: a.code, hrUserId: hrUserIdOf(a.code), hiringActionIds: actions.filter((x) => x.agency === a).map((x) => x.id) })),
    };
  });
}
