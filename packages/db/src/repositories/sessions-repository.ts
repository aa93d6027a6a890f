import { and, eq, gt, lt } from 'drizzle-orm';
import type { TDatabase } from '../database';
import { sessions } from '../schema';

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
