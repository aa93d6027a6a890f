import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { TDatabase } from '../database';
import { isRole } from '../roles';
import { roleAssignments, sessions, users } from '../schema';
import type { TUserWithRoles } from './users-repository';

export type TSessionRow = typeof sessions.$inferSelect;

export async function insertSession(
  db: TDatabase,
  values: { readonly tokenHash: string; readonly userId: string; readonly csrfToken: string; readonly expiresAt: Date },
): Promise<TSessionRow> {
  const [row] = await db.insert(sessions).values(values).returning();
  return row!;
}

/** A session that has not expired at `now`; expired ones are never returned. */
export async function findLiveSession(db: TDatabase, tokenHash: string, now: Date): Promise<TSessionRow | undefined> {
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return row;
}

export async function deleteSession(db: TDatabase, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(db: TDatabase, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: TDatabase, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

/**
 * The live session of a token together with its user and roles, in one query: every authenticated request
 * asks this, so it must not cost a round trip per table.
 */
function prepareFindLiveSessionUser(db: TDatabase) {
  return db
    .select({
      session: sessions,
      user: users,
      roles: sql<string[] | null>`array_remove(array_agg(${roleAssignments.role} order by ${roleAssignments.role}), null)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(roleAssignments, eq(roleAssignments.userId, users.id))
    .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql.placeholder('now'))))
    .groupBy(sessions.tokenHash, users.id)
    .prepare('find_live_session_user');
}

/** Prepared once per database, so the hot path skips building the query. */
const preparedFindLiveSessionUser = new WeakMap<TDatabase, ReturnType<typeof prepareFindLiveSessionUser>>();

export async function findLiveSessionUser(
  db: TDatabase,
  tokenHash: string,
  now: Date,
): Promise<{ readonly session: TSessionRow; readonly user: TUserWithRoles } | undefined> {
  let prepared = preparedFindLiveSessionUser.get(db);
  if (!prepared) {
    prepared = prepareFindLiveSessionUser(db);
    preparedFindLiveSessionUser.set(db, prepared);
  }
  const [row] = await prepared.execute({ tokenHash, now: now.toISOString() });
  if (!row) return undefined;
  return { session: row.session, user: { ...row.user, roles: (row.roles ?? []).filter(isRole) } };
}
