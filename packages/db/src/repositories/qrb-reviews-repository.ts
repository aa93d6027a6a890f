import { and, asc, eq, sql } from 'drizzle-orm';
import type { TDatabase } from '../database';
import { qrbReviews } from '../schema';

export type TQrbReviewRow = typeof qrbReviews.$inferSelect;

/** The reviews of one round of a case, in the order they were first recorded. */
export async function listQrbReviews(db: TDatabase, query: { readonly caseId: string; readonly round: number }): Promise<TQrbReviewRow[]> {
  return db
    .select()
    .from(qrbReviews)
    .where(and(eq(qrbReviews.caseId, query.caseId), eq(qrbReviews.round, query.round)))
    .orderBy(asc(qrbReviews.createdAt), asc(qrbReviews.memberId));
}

export type TQrbReviewWrite =
  | { readonly kind: 'ok'; readonly row: TQrbReviewRow; readonly before: TQrbReviewRow | undefined }
  | { readonly kind: 'stale'; readonly current: TQrbReviewRow | undefined };

/**
 * Records a member's review of a round: the first one when `expectedVersion` is 0, else a change of the one
 * at that version (optimistic concurrency, so a second tab cannot silently overwrite the first).
 */
export async function saveQrbReview(
  db: TDatabase,
  request: {
    readonly caseId: string;
    readonly round: number;
    readonly memberId: string;
    readonly boardId: string;
    readonly expectedVersion: number;
    readonly recommendation: 'approve' | 'disapprove';
    readonly findings: TQrbReviewRow['findings'];
  },
): Promise<TQrbReviewWrite> {
  const key = and(eq(qrbReviews.caseId, request.caseId), eq(qrbReviews.round, request.round), eq(qrbReviews.memberId, request.memberId));
  const [before] = await db.select().from(qrbReviews).where(key);
  if (request.expectedVersion === 0) {
    if (before !== undefined) return { kind: 'stale', current: before };
    const [row] = await db
      .insert(qrbReviews)
      .values({
        caseId: request.caseId,
        round: request.round,
        memberId: request.memberId,
        boardId: request.boardId,
        recommendation: request.recommendation,
        findings: request.findings,
      })
      .onConflictDoNothing()
      .returning();
    if (row === undefined) {
      const [current] = await db.select().from(qrbReviews).where(key);
      return { kind: 'stale', current };
    }
    return { kind: 'ok', row, before: undefined };
  }
  const [row] = await db
    .update(qrbReviews)
    .set({ recommendation: request.recommendation, findings: request.findings, version: sql`${qrbReviews.version} + 1`, updatedAt: new Date() })
    .where(and(key, eq(qrbReviews.version, request.expectedVersion)))
    .returning();
  if (row === undefined) return { kind: 'stale', current: before };
  return { kind: 'ok', row, before };
}
