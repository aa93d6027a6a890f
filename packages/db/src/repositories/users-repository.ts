import { and, asc, count, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { TDatabase } from '../database';
import type { TRole } from '../roles';
import { roleAssignments, users } from '../schema';
import type { TVersionedWrite } from './agencies-repository';

export type TUserRow = typeof users.$inferSelect;
/** A user with their roles, as every reader needs them. */
export type TUserWithRoles = TUserRow & { readonly roles: readonly TRole[] };

async function attachRoles(db: TDatabase, rows: readonly TUserRow[]): Promise<TUserWithRoles[]> {
  if (rows.length === 0) return [];
  const assignments = await db
    .select({ userId: roleAssignments.userId, role: roleAssignments.role })
    .from(roleAssignments)
    .where(inArray(roleAssignments.userId, rows.map((r) => r.id)))
    .orderBy(asc(roleAssignments.role));
  return rows.map((row) => ({
    ...row,
    roles: assignments.filter((a) => a.userId === row.id).map((a) => a.role as TRole),
  }));
}

export async function insertUser(
  db: TDatabase,
  values: {
    readonly email: string;
    readonly displayName: string;
    readonly passwordHash: string;
    readonly agencyId: string | null;
    readonly roles: readonly TRole[];
  },
): Promise<TUserWithRoles> {
  const [row] = await db
    .insert(users)
    .values({
      email: values.email.toLowerCase(),
      displayName: values.displayName,
      passwordHash: values.passwordHash,
      agencyId: values.agencyId,
    })
    .returning();
  if (values.roles.length > 0) {
    await db.insert(roleAssignments).values(values.roles.map((role) => ({ userId: row!.id, role })));
  }
  return { ...row!, roles: [...values.roles].sort() };
}

export async function getUserById(db: TDatabase, id: string): Promise<TUserWithRoles | undefined> {
  const rows = await db.select().from(users).where(eq(users.id, id));
  return (await attachRoles(db, rows))[0];
}

export async function getUserByEmail(db: TDatabase, email: string): Promise<TUserWithRoles | undefined> {
  const rows = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return (await attachRoles(db, rows))[0];
}

/** Users by email, keyset-paginated, optionally within one agency and holding one role. */
export async function listUsers(
  db: TDatabase,
  query: { readonly agencyId?: string | undefined; readonly role?: TRole | undefined; readonly afterEmail?: string | undefined; readonly limit: number },
): Promise<TUserWithRoles[]> {
  const conditions: SQL[] = [];
  if (query.agencyId !== undefined) conditions.push(eq(users.agencyId, query.agencyId));
  if (query.role !== undefined) conditions.push(inArray(users.id, db.select({ id: roleAssignments.userId }).from(roleAssignments).where(eq(roleAssignments.role, query.role))));
  if (query.afterEmail !== undefined) conditions.push(gt(users.email, query.afterEmail));
  const rows = await db
    .select()
    .from(users)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(users.email))
    .limit(query.limit);
  return attachRoles(db, rows);
}

/** The display names of users by id (who did what, on a timeline). */
export async function getUserNamesByIds(db: TDatabase, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

/**
 * The active users holding a role, in one agency or everywhere: who is told of a change (the agency's
 * executive-resources staff, OPM's administrators).
 */
export async function listActiveUserIdsWithRole(db: TDatabase, query: { readonly role: TRole; readonly agencyId?: string | undefined }): Promise<string[]> {
  const conditions: SQL[] = [eq(roleAssignments.role, query.role), eq(users.isActive, true)];
  if (query.agencyId !== undefined) conditions.push(eq(users.agencyId, query.agencyId));
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(roleAssignments, eq(roleAssignments.userId, users.id))
    .where(and(...conditions))
    .orderBy(asc(users.id));
  return rows.map((r) => r.id);
}

export async function countUsers(db: TDatabase): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

export interface TUserPatch {
  readonly displayName?: string | undefined;
  readonly isActive?: boolean | undefined;
  readonly roles?: readonly TRole[] | undefined;
}

/** Updates a user (and replaces their roles when given) only if still at `expectedVersion`. */
export async function updateUser(
  db: TDatabase,
  request: { readonly id: string; readonly expectedVersion: number; readonly patch: TUserPatch },
): Promise<TVersionedWrite<TUserWithRoles>> {
  const before = await getUserById(db, request.id);
  if (!before) return { kind: 'not-found' };
  const { displayName, isActive, roles } = request.patch;
  const [row] = await db
    .update(users)
    .set({
      ...(displayName === undefined ? {} : { displayName }),
      ...(isActive === undefined ? {} : { isActive }),
      version: sql`${users.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(users.id, request.id), eq(users.version, request.expectedVersion)))
    .returning();
  if (!row) {
    const current = await getUserById(db, request.id);
    return current ? { kind: 'stale', current } : { kind: 'not-found' };
  }
  if (roles !== undefined) {
    await db.delete(roleAssignments).where(eq(roleAssignments.userId, request.id));
    if (roles.length > 0) await db.insert(roleAssignments).values(roles.map((role) => ({ userId: request.id, role })));
  }
  const after = await getUserById(db, request.id);
  return { kind: 'ok', row: after!, before };
}
