import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { TDatabase } from '../database';
import { auditEvents } from '../schema';

export interface TAuditEventInput {
  readonly actorUserId: string | null;
  readonly agencyId: string | null;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly requestId?: string | null;
  readonly subjectKey?: string | null;
}

export type TAuditEventRow = typeof auditEvents.$inferSelect;

/** Records one audit event; call it with the transaction that makes the change. */
export async function recordAuditEvent(db: TDatabase, event: TAuditEventInput): Promise<void> {
  await db.insert(auditEvents).values({
    actorUserId: event.actorUserId,
    agencyId: event.agencyId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    before: event.before ?? null,
    after: event.after ?? null,
    requestId: event.requestId ?? null,
    subjectKey: event.subjectKey ?? null,
  });
}

export interface ListAuditEventsFilter {
  readonly agencyId?: string | undefined;
  readonly action?: string | undefined;
  readonly entityType?: string | undefined;
  readonly entityId?: string | undefined;
  readonly actorUserId?: string | undefined;
  readonly since?: Date | undefined;
  /** Keyset cursor: only events with a smaller id (newest first). */
  readonly beforeId?: number | undefined;
  readonly limit: number;
}

/** Audit events newest first, keyset-paginated by id. */
export async function listAuditEvents(db: TDatabase, filter: ListAuditEventsFilter): Promise<TAuditEventRow[]> {
  const conditions: SQL[] = [];
  if (filter.agencyId !== undefined) conditions.push(eq(auditEvents.agencyId, filter.agencyId));
  if (filter.action !== undefined) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.entityType !== undefined) conditions.push(eq(auditEvents.entityType, filter.entityType));
  if (filter.entityId !== undefined) conditions.push(eq(auditEvents.entityId, filter.entityId));
  if (filter.actorUserId !== undefined) conditions.push(eq(auditEvents.actorUserId, filter.actorUserId));
  if (filter.since !== undefined) conditions.push(gte(auditEvents.occurredAt, filter.since));
  if (filter.beforeId !== undefined) conditions.push(lt(auditEvents.id, filter.beforeId));
  return db
    .select()
    .from(auditEvents)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(auditEvents.id))
    .limit(filter.limit);
}

/** How many events of an action were recorded for a subject since a time (the sign-in rate limit). */
export async function countRecentAuditEvents(
  db: TDatabase,
  query: { readonly action: string; readonly subjectKey: string; readonly since: Date },
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.action, query.action),
        eq(auditEvents.subjectKey, query.subjectKey),
        gte(auditEvents.occurredAt, query.since),
      ),
    );
  return row?.n ?? 0;
}

export async function countAuditEvents(db: TDatabase): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditEvents);
  return row?.n ?? 0;
}
