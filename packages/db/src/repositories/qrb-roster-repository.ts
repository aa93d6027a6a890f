import { and, asc, count, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { TDatabase } from '../database';
import { agencies, qrbBoardMembers, qrbBoards, qrbMembers, users } from '../schema';
import type { TVersionedWrite } from './agencies-repository';
import { laterThan } from './keyset';

export type TQrbMemberRow = typeof qrbMembers.$inferSelect;
export type TQrbBoardRow = typeof qrbBoards.$inferSelect;

/** A roster member with the account they review with: their name and agency come from it. */
export type TQrbMemberWithUser = TQrbMemberRow & {
  readonly name: string;
  readonly email: string;
  readonly agencyId: string | null;
  readonly agencyCode: string | null;
  readonly agencyName: string | null;
};

/** A board with its members in the order they were named. */
export type TQrbBoardWithMembers = TQrbBoardRow & { readonly members: readonly TQrbMemberWithUser[] };

const MEMBER_COLUMNS = {
  member: qrbMembers,
  name: users.displayName,
  email: users.email,
  agencyId: users.agencyId,
  agencyCode: agencies.code,
  agencyName: agencies.name,
};

type TMemberSelect = {
  member: TQrbMemberRow;
  name: string;
  email: string;
  agencyId: string | null;
  agencyCode: string | null;
  agencyName: string | null;
};

function flattenMember(row: TMemberSelect): TQrbMemberWithUser {
  return { ...row.member, name: row.name, email: row.email, agencyId: row.agencyId, agencyCode: row.agencyCode, agencyName: row.agencyName };
}

function selectMembers(db: TDatabase) {
  return db.select(MEMBER_COLUMNS).from(qrbMembers).innerJoin(users, eq(users.id, qrbMembers.userId)).leftJoin(agencies, eq(agencies.id, users.agencyId));
}

export async function insertQrbMember(
  db: TDatabase,
  values: { readonly userId: string; readonly appointment: 'career' | 'noncareer'; readonly hasPriorQrbService: boolean },
): Promise<TQrbMemberRow> {
  const [row] = await db.insert(qrbMembers).values(values).returning();
  return row!;
}

/** Inserts many roster members in one statement (seeding the benchmark's roster). */
export async function insertQrbMembers(
  db: TDatabase,
  values: readonly { readonly userId: string; readonly appointment: 'career' | 'noncareer'; readonly hasPriorQrbService: boolean }[],
): Promise<TQrbMemberRow[]> {
  if (values.length === 0) return [];
  return db.insert(qrbMembers).values([...values]).returning();
}

export async function getQrbMemberById(db: TDatabase, id: string): Promise<TQrbMemberWithUser | undefined> {
  const [row] = await selectMembers(db).where(eq(qrbMembers.id, id));
  return row === undefined ? undefined : flattenMember(row);
}

export async function getQrbMemberByUserId(db: TDatabase, userId: string): Promise<TQrbMemberWithUser | undefined> {
  const [row] = await selectMembers(db).where(eq(qrbMembers.userId, userId));
  return row === undefined ? undefined : flattenMember(row);
}

export async function getQrbMembersByIds(db: TDatabase, ids: readonly string[]): Promise<TQrbMemberWithUser[]> {
  if (ids.length === 0) return [];
  return (await selectMembers(db).where(inArray(qrbMembers.id, [...ids]))).map(flattenMember);
}

/** The keyset cursor of the roster: by name, ties broken by id. */
export interface TQrbMemberCursor {
  readonly name: string;
  readonly id: string;
}

/** The roster by name, filtered, keyset-paginated. */
export async function listQrbMembers(
  db: TDatabase,
  query: {
    readonly agencyId?: string | undefined;
    readonly appointment?: 'career' | 'noncareer' | undefined;
    readonly isActive?: boolean | undefined;
    readonly after?: TQrbMemberCursor | undefined;
    readonly limit: number;
  },
): Promise<TQrbMemberWithUser[]> {
  const conditions: SQL[] = [];
  if (query.agencyId !== undefined) conditions.push(eq(users.agencyId, query.agencyId));
  if (query.appointment !== undefined) conditions.push(eq(qrbMembers.appointment, query.appointment));
  if (query.isActive !== undefined) conditions.push(eq(qrbMembers.isActive, query.isActive));
  if (query.after !== undefined) conditions.push(laterThan(users.displayName, qrbMembers.id, { key: query.after.name, id: query.after.id }));
  const rows = await selectMembers(db)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(users.displayName), asc(qrbMembers.id))
    .limit(query.limit);
  return rows.map(flattenMember);
}

/** Updates a roster member only if still at `expectedVersion`. */
export async function updateQrbMember(
  db: TDatabase,
  request: {
    readonly id: string;
    readonly expectedVersion: number;
    readonly patch: { readonly appointment?: 'career' | 'noncareer' | undefined; readonly hasPriorQrbService?: boolean | undefined; readonly isActive?: boolean | undefined };
  },
): Promise<TVersionedWrite<TQrbMemberWithUser>> {
  const before = await getQrbMemberById(db, request.id);
  if (!before) return { kind: 'not-found' };
  const patch = Object.fromEntries(Object.entries(request.patch).filter(([, v]) => v !== undefined));
  const [row] = await db
    .update(qrbMembers)
    .set({ ...patch, version: sql`${qrbMembers.version} + 1`, updatedAt: new Date() })
    .where(and(eq(qrbMembers.id, request.id), eq(qrbMembers.version, request.expectedVersion)))
    .returning({ id: qrbMembers.id });
  const current = await getQrbMemberById(db, request.id);
  if (!current) return { kind: 'not-found' };
  return row ? { kind: 'ok', row: current, before } : { kind: 'stale', current };
}

export async function countQrbMembers(db: TDatabase): Promise<number> {
  const [row] = await db.select({ n: count() }).from(qrbMembers);
  return row?.n ?? 0;
}

/** Assembles a board: the board and its members in the order given. Call it inside the audited transaction. */
export async function insertQrbBoard(
  db: TDatabase,
  values: { readonly convenesOn: string; readonly label: string | null; readonly createdBy: string; readonly memberIds: readonly string[] },
): Promise<TQrbBoardRow> {
  const [board] = await db.insert(qrbBoards).values({ convenesOn: values.convenesOn, label: values.label, createdBy: values.createdBy }).returning();
  await db.insert(qrbBoardMembers).values(values.memberIds.map((memberId, position) => ({ boardId: board!.id, memberId, position })));
  return board!;
}

/** Inserts many boards with their members in two statements (seeding the benchmark's boards). */
export async function insertQrbBoards(
  db: TDatabase,
  values: readonly { readonly convenesOn: string; readonly label: string | null; readonly createdBy: string; readonly memberIds: readonly string[] }[],
): Promise<TQrbBoardRow[]> {
  if (values.length === 0) return [];
  const boards = await db
    .insert(qrbBoards)
    .values(values.map((v) => ({ convenesOn: v.convenesOn, label: v.label, createdBy: v.createdBy })))
    .returning();
  await db.insert(qrbBoardMembers).values(boards.flatMap((board, i) => values[i]!.memberIds.map((memberId, position) => ({ boardId: board.id, memberId, position }))));
  return boards;
}

async function attachMembers(db: TDatabase, boards: readonly TQrbBoardRow[]): Promise<TQrbBoardWithMembers[]> {
  if (boards.length === 0) return [];
  const seats = await db
    .select({ boardId: qrbBoardMembers.boardId, position: qrbBoardMembers.position, ...MEMBER_COLUMNS })
    .from(qrbBoardMembers)
    .innerJoin(qrbMembers, eq(qrbMembers.id, qrbBoardMembers.memberId))
    .innerJoin(users, eq(users.id, qrbMembers.userId))
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(inArray(qrbBoardMembers.boardId, boards.map((b) => b.id)))
    .orderBy(asc(qrbBoardMembers.boardId), asc(qrbBoardMembers.position));
  return boards.map((board) => ({ ...board, members: seats.filter((s) => s.boardId === board.id).map(flattenMember) }));
}

export async function getQrbBoardById(db: TDatabase, id: string): Promise<TQrbBoardWithMembers | undefined> {
  const rows = await db.select().from(qrbBoards).where(eq(qrbBoards.id, id));
  return (await attachMembers(db, rows))[0];
}

/** The keyset cursor of the board list: by the day the board convenes, ties broken by id. */
export interface TQrbBoardCursor {
  readonly convenesOn: string;
  readonly id: string;
}

/** Boards by the day they convene (earliest first), from and to a day, of one member or all, keyset-paginated. */
export async function listQrbBoards(
  db: TDatabase,
  query: {
    readonly from?: string | undefined;
    readonly to?: string | undefined;
    readonly memberId?: string | undefined;
    readonly after?: TQrbBoardCursor | undefined;
    readonly limit: number;
  },
): Promise<TQrbBoardWithMembers[]> {
  const conditions: SQL[] = [];
  if (query.from !== undefined) conditions.push(gte(qrbBoards.convenesOn, query.from));
  if (query.to !== undefined) conditions.push(lte(qrbBoards.convenesOn, query.to));
  if (query.memberId !== undefined) {
    conditions.push(inArray(qrbBoards.id, db.select({ id: qrbBoardMembers.boardId }).from(qrbBoardMembers).where(eq(qrbBoardMembers.memberId, query.memberId))));
  }
  if (query.after !== undefined) conditions.push(laterThan(qrbBoards.convenesOn, qrbBoards.id, { key: query.after.convenesOn, id: query.after.id }));
  const rows = await db
    .select()
    .from(qrbBoards)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(qrbBoards.convenesOn), asc(qrbBoards.id))
    .limit(query.limit);
  return attachMembers(db, rows);
}

/** Every board a member sits on (a member's cases are those of their boards). */
export async function listBoardIdsOfMember(db: TDatabase, memberId: string): Promise<string[]> {
  const rows = await db.select({ boardId: qrbBoardMembers.boardId }).from(qrbBoardMembers).where(eq(qrbBoardMembers.memberId, memberId));
  return rows.map((r) => r.boardId);
}

export async function countQrbBoards(db: TDatabase): Promise<number> {
  const [row] = await db.select({ n: count() }).from(qrbBoards);
  return row?.n ?? 0;
}
