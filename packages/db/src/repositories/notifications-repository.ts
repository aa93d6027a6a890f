import { and, count, desc, eq, isNull, lt, lte } from 'drizzle-orm';
import type { TDatabase } from '../database';
import { notifications } from '../schema';

export type TNotificationRow = typeof notifications.$inferSelect;
export type TNotificationInput = Pick<typeof notifications.$inferInsert, 'userId' | 'kind' | 'message' | 'link' | 'subjectType' | 'subjectId'>;

/** Writes notifications; called after the change they report has committed. */
export async function insertNotifications(db: TDatabase, rows: readonly TNotificationInput[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(notifications).values([...rows]);
}

/** A user's notifications, newest first, keyset-paginated by id. */
export async function listNotifications(
  db: TDatabase,
  query: { readonly userId: string; readonly isUnreadOnly?: boolean | undefined; readonly beforeId?: number | undefined; readonly limit: number },
): Promise<TNotificationRow[]> {
  const conditions = [eq(notifications.userId, query.userId)];
  if (query.isUnreadOnly === true) conditions.push(isNull(notifications.readAt));
  if (query.beforeId !== undefined) conditions.push(lt(notifications.id, query.beforeId));
  return db
    .select()
    .from(notifications)
    .where(and(...conditions))
    .orderBy(desc(notifications.id))
    .limit(query.limit);
}

export async function countUnreadNotifications(db: TDatabase, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks a user's unread notifications up to an id as read; returns how many changed. */
export async function markNotificationsRead(db: TDatabase, request: { readonly userId: string; readonly upToId: number; readonly at: Date }): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: request.at })
    .where(and(eq(notifications.userId, request.userId), lte(notifications.id, request.upToId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
