import { and, asc, count, eq, gt, sql } from 'drizzle-orm';
import type { TDatabase } from '../database';
import { agencies } from '../schema';

export type TAgencyRow = typeof agencies.$inferSelect;

/** Result of a versioned write: the new row, or why it did not happen. */
export type TVersionedWrite<T> =
  | { readonly kind: 'ok'; readonly row: T; readonly before: T }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'stale'; readonly current: T };

export async function insertAgency(db: TDatabase, values: { code: string; name: string }): Promise<TAgencyRow> {
  const [row] = await db.insert(agencies).values(values).returning();
  return row!;
}

export async function getAgencyById(db: TDatabase, id: string): Promise<TAgencyRow | undefined> {
  const [row] = await db.select().from(agencies).where(eq(agencies.id, id));
  return row;
}

export async function getAgencyByCode(db: TDatabase, code: string): Promise<TAgencyRow | undefined> {
  const [row] = await db.select().from(agencies).where(eq(agencies.code, code));
  return row;
}

/** Agencies by code, keyset-paginated. */
export async function listAgencies(
  db: TDatabase,
  page: { readonly afterCode?: string | undefined; readonly limit: number },
): Promise<TAgencyRow[]> {
  return db
    .select()
    .from(agencies)
    .where(page.afterCode === undefined ? undefined : gt(agencies.code, page.afterCode))
    .orderBy(asc(agencies.code))
    .limit(page.limit);
}

export async function countAgencies(db: TDatabase): Promise<number> {
  const [row] = await db.select({ n: count() }).from(agencies);
  return row?.n ?? 0;
}

/**
 * Updates an agency only if it is still at `expectedVersion` (optimistic concurrency): a stale writer
 * learns the current record instead of overwriting it.
 */
export async function updateAgency(
  db: TDatabase,
  request: { readonly id: string; readonly expectedVersion: number; readonly patch: { readonly name?: string | undefined } },
): Promise<TVersionedWrite<TAgencyRow>> {
  const before = await getAgencyById(db, request.id);
  if (!before) return { kind: 'not-found' };
  const patch = request.patch.name === undefined ? {} : { name: request.patch.name };
  const [row] = await db
    .update(agencies)
    .set({ ...patch, version: sql`${agencies.version} + 1`, updatedAt: new Date() })
    .where(and(eq(agencies.id, request.id), eq(agencies.version, request.expectedVersion)))
    .returning();
  if (row) return { kind: 'ok', row, before };
  const current = await getAgencyById(db, request.id);
  return current ? { kind: 'stale', current } : { kind: 'not-found' };
}
