import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { TDatabase } from '../database';
import { agencies, agencyHeadTransitions, qrbSettings } from '../schema';
import type { TVersionedWrite } from './agencies-repository';
import { olderThan, type TCreatedCursor } from './keyset';

export type TQrbSettingsRow = typeof qrbSettings.$inferSelect;
export type TAgencyHeadTransitionRow = typeof agencyHeadTransitions.$inferSelect;
export type TAgencyHeadTransitionWithAgency = TAgencyHeadTransitionRow & { readonly agencyCode: string; readonly agencyName: string };

/** The deployment's QRB settings row (created by the migration that made the table). */
export async function getQrbSettingsRow(db: TDatabase): Promise<TQrbSettingsRow> {
  const [row] = await db.select().from(qrbSettings).where(eq(qrbSettings.id, 1));
  if (row === undefined) throw new Error('qrb_settings has no row 1: the database was not migrated');
  return row;
}

/** Replaces the settings overrides only if still at `expectedVersion`. */
export async function updateQrbSettingsRow(
  db: TDatabase,
  request: { readonly expectedVersion: number; readonly settings: Readonly<Record<string, unknown>>; readonly updatedBy: string },
): Promise<TVersionedWrite<TQrbSettingsRow>> {
  const before = await getQrbSettingsRow(db);
  const [row] = await db
    .update(qrbSettings)
    .set({ settings: { ...request.settings }, updatedBy: request.updatedBy, updatedAt: new Date(), version: sql`${qrbSettings.version} + 1` })
    .where(and(eq(qrbSettings.id, 1), eq(qrbSettings.version, request.expectedVersion)))
    .returning();
  if (row) return { kind: 'ok', row, before };
  return { kind: 'stale', current: await getQrbSettingsRow(db) };
}

const TRANSITION_COLUMNS = { transition: agencyHeadTransitions, agencyCode: agencies.code, agencyName: agencies.name };

function flatten(row: { transition: TAgencyHeadTransitionRow; agencyCode: string; agencyName: string }): TAgencyHeadTransitionWithAgency {
  return { ...row.transition, agencyCode: row.agencyCode, agencyName: row.agencyName };
}

export async function insertAgencyHeadTransition(
  db: TDatabase,
  values: { readonly agencyId: string; readonly startedOn: string; readonly note: string; readonly startedBy: string },
): Promise<TAgencyHeadTransitionRow> {
  const [row] = await db.insert(agencyHeadTransitions).values(values).returning();
  return row!;
}

export async function getAgencyHeadTransitionById(db: TDatabase, id: string): Promise<TAgencyHeadTransitionWithAgency | undefined> {
  const [row] = await db
    .select(TRANSITION_COLUMNS)
    .from(agencyHeadTransitions)
    .innerJoin(agencies, eq(agencies.id, agencyHeadTransitions.agencyId))
    .where(eq(agencyHeadTransitions.id, id));
  return row === undefined ? undefined : flatten(row);
}

/** The agency's open transition, if its head is changing now. */
export async function getOpenAgencyHeadTransition(db: TDatabase, agencyId: string): Promise<TAgencyHeadTransitionRow | undefined> {
  const [row] = await db
    .select()
    .from(agencyHeadTransitions)
    .where(and(eq(agencyHeadTransitions.agencyId, agencyId), isNull(agencyHeadTransitions.endedOn)));
  return row;
}

/** Closes a transition only if still at `expectedVersion` and open. */
export async function endAgencyHeadTransition(
  db: TDatabase,
  request: { readonly id: string; readonly expectedVersion: number; readonly endedOn: string; readonly endedBy: string },
): Promise<TVersionedWrite<TAgencyHeadTransitionWithAgency>> {
  const before = await getAgencyHeadTransitionById(db, request.id);
  if (!before) return { kind: 'not-found' };
  const [row] = await db
    .update(agencyHeadTransitions)
    .set({ endedOn: request.endedOn, endedBy: request.endedBy, updatedAt: new Date(), version: sql`${agencyHeadTransitions.version} + 1` })
    .where(and(eq(agencyHeadTransitions.id, request.id), eq(agencyHeadTransitions.version, request.expectedVersion), isNull(agencyHeadTransitions.endedOn)))
    .returning({ id: agencyHeadTransitions.id });
  const current = (await getAgencyHeadTransitionById(db, request.id))!;
  return row ? { kind: 'ok', row: current, before } : { kind: 'stale', current };
}

/** Transitions newest first, of one agency or all, keyset-paginated. */
export async function listAgencyHeadTransitions(
  db: TDatabase,
  query: { readonly agencyId?: string | undefined; readonly after?: TCreatedCursor | undefined; readonly limit: number },
): Promise<TAgencyHeadTransitionWithAgency[]> {
  const conditions: SQL[] = [];
  if (query.agencyId !== undefined) conditions.push(eq(agencyHeadTransitions.agencyId, query.agencyId));
  if (query.after !== undefined) {
    conditions.push(olderThan(agencyHeadTransitions.createdAt, agencyHeadTransitions.id, { key: query.after.createdAt, id: query.after.id }));
  }
  const rows = await db
    .select(TRANSITION_COLUMNS)
    .from(agencyHeadTransitions)
    .innerJoin(agencies, eq(agencies.id, agencyHeadTransitions.agencyId))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(agencyHeadTransitions.createdAt), desc(agencyHeadTransitions.id))
    .limit(query.limit);
  return rows.map(flatten);
}
