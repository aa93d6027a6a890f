import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { TDatabase } from '../database';
import { agencies, hiringActions } from '../schema';
import { olderThan, type TCreatedCursor } from './keyset';

export type THiringActionRow = typeof hiringActions.$inferSelect;
export type THiringActionInsert = Omit<typeof hiringActions.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'version'>;
/** An action with the agency it belongs to, as lists and pages show it. */
export type THiringActionWithAgency = THiringActionRow & { readonly agencyCode: string; readonly agencyName: string };

const WITH_AGENCY = { action: hiringActions, agencyCode: agencies.code, agencyName: agencies.name };

function flatten(row: { action: THiringActionRow; agencyCode: string; agencyName: string }): THiringActionWithAgency {
  return { ...row.action, agencyCode: row.agencyCode, agencyName: row.agencyName };
}

/** Creates a hiring action; call it inside the transaction that audits it. */
export async function insertHiringAction(db: TDatabase, values: THiringActionInsert): Promise<THiringActionRow> {
  const [row] = await db
    .insert(hiringActions)
    .values({ ...values, narrativeLimits: { ...values.narrativeLimits } })
    .returning();
  return row!;
}

export async function getHiringActionById(db: TDatabase, id: string): Promise<THiringActionWithAgency | undefined> {
  const [row] = await db
    .select(WITH_AGENCY)
    .from(hiringActions)
    .innerJoin(agencies, eq(agencies.id, hiringActions.agencyId))
    .where(eq(hiringActions.id, id));
  return row === undefined ? undefined : flatten(row);
}

/** Hiring actions newest first, keyset-paginated, of one agency or of all. */
export async function listHiringActions(
  db: TDatabase,
  query: { readonly agencyId?: string | undefined; readonly after?: TCreatedCursor | undefined; readonly limit: number },
): Promise<THiringActionWithAgency[]> {
  const conditions: SQL[] = [];
  if (query.agencyId !== undefined) conditions.push(eq(hiringActions.agencyId, query.agencyId));
  if (query.after !== undefined) conditions.push(olderThan(hiringActions.createdAt, hiringActions.id, { key: query.after.createdAt, id: query.after.id }));
  const rows = await db
    .select(WITH_AGENCY)
    .from(hiringActions)
    .innerJoin(agencies, eq(agencies.id, hiringActions.agencyId))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(hiringActions.createdAt), desc(hiringActions.id))
    .limit(query.limit);
  return rows.map(flatten);
}

export async function countHiringActions(db: TDatabase): Promise<number> {
  const [row] = await db.select({ n: count() }).from(hiringActions);
  return row?.n ?? 0;
}
