import { asc, eq, sql } from 'drizzle-orm';
import type { TDatabase } from '../database';
import { policyPacks } from '../schema';

export type TPolicyPackRow = typeof policyPacks.$inferSelect;

export async function listPolicyPackRows(db: TDatabase): Promise<TPolicyPackRow[]> {
  return db.select().from(policyPacks).orderBy(asc(policyPacks.createdAt), asc(policyPacks.id));
}

export async function getPolicyPackRow(db: TDatabase, id: string): Promise<TPolicyPackRow | undefined> {
  const [row] = await db.select().from(policyPacks).where(eq(policyPacks.id, id));
  return row;
}

/** Inserts a pack, or refreshes a built-in one whose data changed with a release. */
export async function upsertPolicyPackRow(
  db: TDatabase,
  values: {
    readonly id: string;
    readonly modelUuid: string;
    readonly title: string;
    readonly origin: 'built-in' | 'imported';
    readonly casePackage: unknown;
    readonly createdBy: string | null;
  },
): Promise<TPolicyPackRow> {
  const [row] = await db
    .insert(policyPacks)
    .values(values)
    .onConflictDoUpdate({
      target: policyPacks.id,
      set: {
        title: values.title,
        casePackage: values.casePackage,
        updatedAt: new Date(),
        version: sql`${policyPacks.version} + 1`,
      },
    })
    .returning();
  return row!;
}

/** A number that changes whenever any pack changes; instances compare it to refresh their caches. */
export async function policyPacksRevision(db: TDatabase): Promise<string> {
  const [row] = await db
    .select({ revision: sql<string>`coalesce(sum(${policyPacks.version}), 0)::text || ':' || count(*)::text` })
    .from(policyPacks);
  return row?.revision ?? '0:0';
}

/** Inserts an imported pack; returns undefined when the id or model UUID is already taken. */
export async function insertPolicyPackRow(
  db: TDatabase,
  values: {
    readonly id: string;
    readonly modelUuid: string;
    readonly title: string;
    readonly casePackage: unknown;
    readonly createdBy: string | null;
  },
): Promise<TPolicyPackRow | undefined> {
  const [row] = await db
    .insert(policyPacks)
    .values({ ...values, origin: 'imported' })
    .onConflictDoNothing()
    .returning();
  return row;
}
