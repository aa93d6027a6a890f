import { checkBoardComposition, findCaseStateProblems, type TQrbMember } from '@ecq/core';
import { asc, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, TDatabase } from '../database';
import { countHiringActions } from '../repositories/hiring-actions-repository';
import { countQrbCases, listQrbCases, listQrbQueue, qrbCaseStateColumns } from '../repositories/qrb-cases-repository';
import { countQrbBoards, countQrbMembers, listQrbBoards } from '../repositories/qrb-roster-repository';
import { agencies, qrbBoardMembers, qrbCases, qrbMembers, users } from '../schema';
import { createTestDatabase } from '../testing';
import { seedQrbYear, type TQrbYearSummary } from './seed-qrb-year';

const SMALL_YEAR = { agencies: 5, hiringActions: 20, cases: 60, members: 15, boards: 12, seed: 7 } as const;

/** Everything the seed decides about each case, in a stable order: two runs of one seed must agree on it. */
async function fingerprint(db: TDatabase) {
  return db
    .select({
      agency: agencies.code,
      candidateName: qrbCases.candidateName,
      basis: qrbCases.basis,
      status: qrbCases.status,
      statusSince: qrbCases.statusSince,
      outcome: qrbCases.outcome,
      createdAt: qrbCases.createdAt,
    })
    .from(qrbCases)
    .innerJoin(agencies, eq(agencies.id, qrbCases.agencyId))
    .orderBy(asc(qrbCases.createdAt), asc(qrbCases.candidateName), asc(qrbCases.statusSince));
}

async function statusCounts(db: TDatabase): Promise<Record<string, number>> {
  const rows = await db.select({ status: qrbCases.status, n: count() }).from(qrbCases).groupBy(qrbCases.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

describe('seedQrbYear', () => {
  let handle: DatabaseHandle;
  let db: TDatabase;
  let summary: TQrbYearSummary;

  beforeAll(async () => {
    handle = await createTestDatabase();
    db = handle.db;
    summary = await seedQrbYear(db, SMALL_YEAR);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('stores the counts asked for', async () => {
    expect(await countQrbCases(db)).toBe(60);
    expect(await countQrbBoards(db)).toBe(12);
    expect(await countQrbMembers(db)).toBe(15);
    expect(await countHiringActions(db)).toBe(20);
    expect(summary.agencies).toHaveLength(5);
    expect(summary.agencies.flatMap((a) => a.hiringActionIds)).toHaveLength(20);
    expect(Object.values(summary.casesByStatus).reduce((sum, n) => sum + n, 0)).toBe(60);
  });

  it('stores only sound states, with their copied columns matching', async () => {
    const rows = await db.select().from(qrbCases);
    expect(rows).toHaveLength(60);
    for (const row of rows) {
      expect(findCaseStateProblems(row.state), row.id).toEqual([]);
      expect({ status: row.status, statusSince: row.statusSince, boardId: row.boardId, outcome: row.outcome }).toEqual(qrbCaseStateColumns(row.state));
    }
    // The mix covers every status and both outcomes.
    expect(new Set(rows.map((r) => r.status)).size).toBe(7);
    expect(new Set(rows.map((r) => r.outcome).filter((o) => o !== null))).toEqual(new Set(['approved', 'disapproved']));
  });

  it('puts no case on a board with a member from its own agency', async () => {
    const [onBoards] = await db.select({ n: count() }).from(qrbCases).where(sql`${qrbCases.boardId} is not null`);
    expect(onBoards!.n).toBeGreaterThan(0);
    const [conflicts] = await db
      .select({ n: count() })
      .from(qrbCases)
      .innerJoin(qrbBoardMembers, eq(qrbBoardMembers.boardId, qrbCases.boardId))
      .innerJoin(qrbMembers, eq(qrbMembers.id, qrbBoardMembers.memberId))
      .innerJoin(users, eq(users.id, qrbMembers.userId))
      .where(eq(users.agencyId, qrbCases.agencyId));
    expect(conflicts!.n).toBe(0);
  });

  it('assembles every board by the board rules', async () => {
    const boards = await listQrbBoards(db, { limit: 100 });
    expect(boards).toHaveLength(12);
    for (const board of boards) {
      const members: TQrbMember[] = board.members.map((m) => ({
        id: m.id,
        name: m.name,
        agencyId: m.agencyId ?? '',
        agencyName: m.agencyName ?? '',
        appointment: m.appointment,
        hasPriorQrbService: m.hasPriorQrbService,
      }));
      expect(checkBoardComposition({ members }).errors, board.label ?? board.id).toEqual([]);
    }
  });

  it('gives the same year for the same seed, and another for another seed', { timeout: 90_000 }, async () => {
    const again = await createTestDatabase();
    const other = await createTestDatabase();
    try {
      await seedQrbYear(again.db, SMALL_YEAR);
      await seedQrbYear(other.db, { ...SMALL_YEAR, seed: 8 });
      expect(await statusCounts(again.db)).toEqual(await statusCounts(db));
      expect(await fingerprint(again.db)).toEqual(await fingerprint(db));
      expect(await fingerprint(other.db)).not.toEqual(await fingerprint(db));
    } finally {
      await again.close();
      await other.close();
    }
  });

  it('fills the board queue and the agency case lists', async () => {
    const queue = await listQrbQueue(db, { statuses: ['submitted', 'resubmitted'], limit: 51 });
    expect(queue.length).toBeGreaterThan(0);
    expect(queue.every((c) => c.status === 'submitted' || c.status === 'resubmitted')).toBe(true);
    const agency = summary.agencies[0]!;
    const list = await listQrbCases(db, { agencyId: agency.id, limit: 51 });
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((c) => c.agencyId === agency.id)).toBe(true);
    const ofAction = await listQrbCases(db, { agencyId: agency.id, hiringActionId: agency.hiringActionIds[0]!, limit: 51 });
    expect(ofAction.length).toBeGreaterThan(0);
  });

  it('refuses a year too small to seat a board free of the case’s agency', async () => {
    await expect(seedQrbYear(db, { ...SMALL_YEAR, agencies: 3 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
