import { sinceOf, type TQrbCaseState, type TQrbCaseStatus } from '@ecq/core';
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { TDatabase } from '../database';
import { agencies, hiringActions, qrbCaseAttachments, qrbCases } from '../schema';
import type { TVersionedWrite } from './agencies-repository';
import { laterThan, olderThan, type TCreatedCursor } from './keyset';

export type TQrbCaseRow = typeof qrbCases.$inferSelect;
export type TQrbAttachmentRow = typeof qrbCaseAttachments.$inferSelect;
/** An attachment without its bytes, as case pages list it. */
export type TQrbAttachmentInfo = Omit<TQrbAttachmentRow, 'content'>;

/** The columns copied from a case's state on every write (the state stays the one truth). */
export interface TQrbCaseStateColumns {
  readonly status: TQrbCaseStatus;
  readonly statusSince: string | null;
  readonly boardId: string | null;
  readonly outcome: 'approved' | 'disapproved' | null;
}

/**
 * What the lists and the queue filter on, read off a state: its status and since when, the board of an
 * assigned, in-review or decided case (and of a held one, from the state it was held from), and the outcome
 * of a decided case.
 */
export function qrbCaseStateColumns(state: TQrbCaseState): TQrbCaseStateColumns {
  const current = state.status === 'on_hold' ? state.heldFrom : state;
  const boardId =
    current.status === 'assigned' || current.status === 'in_review' ? current.boardId : current.status === 'decided' ? current.decision.boardId : null;
  return {
    status: state.status,
    statusSince: sinceOf(state) ?? null,
    boardId,
    outcome: state.status === 'decided' ? state.decision.outcome : null,
  };
}

/** A case in a list: its summary columns with its action's position and its agency, never the whole state. */
export interface TQrbCaseListRow {
  readonly id: string;
  readonly hiringActionId: string;
  readonly positionTitle: string;
  readonly qrbCaseDueOn: string;
  readonly agencyId: string;
  readonly agencyCode: string;
  readonly agencyName: string;
  readonly candidateName: string;
  readonly candidateUserId: string | null;
  readonly basis: 'A' | 'B' | 'C';
  readonly status: TQrbCaseStatus;
  readonly statusSince: string | null;
  readonly boardId: string | null;
  readonly outcome: 'approved' | 'disapproved' | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly version: number;
}

const LIST_COLUMNS = {
  id: qrbCases.id,
  hiringActionId: qrbCases.hiringActionId,
  positionTitle: hiringActions.positionTitle,
  qrbCaseDueOn: hiringActions.qrbCaseDueOn,
  agencyId: qrbCases.agencyId,
  agencyCode: agencies.code,
  agencyName: agencies.name,
  candidateName: qrbCases.candidateName,
  candidateUserId: qrbCases.candidateUserId,
  basis: qrbCases.basis,
  status: qrbCases.status,
  statusSince: qrbCases.statusSince,
  boardId: qrbCases.boardId,
  outcome: qrbCases.outcome,
  createdAt: qrbCases.createdAt,
  updatedAt: qrbCases.updatedAt,
  version: qrbCases.version,
};

export type TQrbCaseInsert = Omit<typeof qrbCases.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'version' | keyof TQrbCaseStateColumns>;

/** Creates a case; its state columns are read off `state`. Call it inside the transaction that audits it. */
export async function insertQrbCase(db: TDatabase, values: TQrbCaseInsert): Promise<TQrbCaseRow> {
  const [row] = await db
    .insert(qrbCases)
    .values({ ...values, ...qrbCaseStateColumns(values.state) })
    .returning();
  return row!;
}

/**
 * Inserts many cases in one statement (seeding a year of cases for the benchmark); each one's state columns
 * are read off its state, as for one.
 */
export async function insertQrbCases(db: TDatabase, values: readonly (TQrbCaseInsert & { readonly createdAt?: Date })[]): Promise<void> {
  if (values.length === 0) return;
  await db.insert(qrbCases).values(values.map((v) => ({ ...v, ...qrbCaseStateColumns(v.state) })));
}

export async function getQrbCaseById(db: TDatabase, id: string): Promise<TQrbCaseRow | undefined> {
  const [row] = await db.select().from(qrbCases).where(eq(qrbCases.id, id));
  return row;
}

/** Fields of a case a writer may change; `state` brings its copied columns with it. */
export type TQrbCasePatch = Partial<
  Pick<
    TQrbCaseRow,
    | 'candidateName'
    | 'candidateUserId'
    | 'basis'
    | 'state'
    | 'narrativePackageId'
    | 'narrativeVersion'
    | 'cdpProgram'
    | 'uniqueQualifications'
    | 'certifiedBy'
    | 'certifiedOn'
    | 'resumeAttachmentId'
    | 'cdpCertificateAttachmentId'
  >
>;

/**
 * Updates a case only if it is still at `expectedVersion` (optimistic concurrency): a stale writer learns the
 * current case instead of overwriting it. A new state rewrites the columns copied from it.
 */
export async function updateQrbCase(
  db: TDatabase,
  request: { readonly id: string; readonly expectedVersion: number; readonly patch: TQrbCasePatch },
): Promise<TVersionedWrite<TQrbCaseRow>> {
  const before = await getQrbCaseById(db, request.id);
  if (!before) return { kind: 'not-found' };
  const { patch } = request;
  const [row] = await db
    .update(qrbCases)
    .set({
      ...patch,
      ...(patch.state === undefined ? {} : qrbCaseStateColumns(patch.state)),
      version: sql`${qrbCases.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(qrbCases.id, request.id), eq(qrbCases.version, request.expectedVersion)))
    .returning();
  if (row) return { kind: 'ok', row, before };
  const current = await getQrbCaseById(db, request.id);
  return current ? { kind: 'stale', current } : { kind: 'not-found' };
}

export interface TQrbCaseFilter {
  readonly agencyId?: string | undefined;
  readonly statuses?: readonly TQrbCaseStatus[] | undefined;
  readonly basis?: 'A' | 'B' | 'C' | undefined;
  readonly hiringActionId?: string | undefined;
  readonly candidateUserId?: string | undefined;
  /** Cases on any of these boards (a QRB member's). */
  readonly boardIds?: readonly string[] | undefined;
}

function filterConditions(filter: TQrbCaseFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.agencyId !== undefined) conditions.push(eq(qrbCases.agencyId, filter.agencyId));
  if (filter.statuses !== undefined && filter.statuses.length > 0) conditions.push(inArray(qrbCases.status, [...filter.statuses]));
  if (filter.basis !== undefined) conditions.push(eq(qrbCases.basis, filter.basis));
  if (filter.hiringActionId !== undefined) conditions.push(eq(qrbCases.hiringActionId, filter.hiringActionId));
  if (filter.candidateUserId !== undefined) conditions.push(eq(qrbCases.candidateUserId, filter.candidateUserId));
  if (filter.boardIds !== undefined) conditions.push(filter.boardIds.length === 0 ? sql`false` : inArray(qrbCases.boardId, [...filter.boardIds]));
  return conditions;
}

/** Cases newest first, filtered, keyset-paginated by (created, id). */
export async function listQrbCases(
  db: TDatabase,
  query: TQrbCaseFilter & { readonly after?: TCreatedCursor | undefined; readonly limit: number },
): Promise<TQrbCaseListRow[]> {
  const conditions = filterConditions(query);
  if (query.after !== undefined) conditions.push(olderThan(qrbCases.createdAt, qrbCases.id, { key: query.after.createdAt, id: query.after.id }));
  return db
    .select(LIST_COLUMNS)
    .from(qrbCases)
    .innerJoin(hiringActions, eq(hiringActions.id, qrbCases.hiringActionId))
    .innerJoin(agencies, eq(agencies.id, qrbCases.agencyId))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(qrbCases.createdAt), desc(qrbCases.id))
    .limit(query.limit);
}

/** The keyset cursor of the queue: oldest first by the day a case entered its status, ties broken by id. */
export interface TQrbQueueCursor {
  readonly statusSince: string;
  readonly id: string;
}

/** OPM's queue: cases in the given statuses, longest waiting first, filtered, keyset-paginated. */
export async function listQrbQueue(
  db: TDatabase,
  query: TQrbCaseFilter & { readonly statuses: readonly TQrbCaseStatus[]; readonly after?: TQrbQueueCursor | undefined; readonly limit: number },
): Promise<TQrbCaseListRow[]> {
  const conditions = filterConditions(query);
  if (query.after !== undefined) conditions.push(laterThan(qrbCases.statusSince, qrbCases.id, { key: query.after.statusSince, id: query.after.id }));
  return db
    .select(LIST_COLUMNS)
    .from(qrbCases)
    .innerJoin(hiringActions, eq(hiringActions.id, qrbCases.hiringActionId))
    .innerJoin(agencies, eq(agencies.id, qrbCases.agencyId))
    .where(and(...conditions))
    .orderBy(asc(qrbCases.statusSince), asc(qrbCases.id))
    .limit(query.limit);
}

/** Every case of an agency in the given statuses, with its state (an agency-head transition plans over them). */
export async function listQrbCasesOfAgencyInStatuses(
  db: TDatabase,
  query: { readonly agencyId: string; readonly statuses: readonly TQrbCaseStatus[] },
): Promise<TQrbCaseRow[]> {
  return db
    .select()
    .from(qrbCases)
    .where(and(eq(qrbCases.agencyId, query.agencyId), inArray(qrbCases.status, [...query.statuses])))
    .orderBy(asc(qrbCases.createdAt), asc(qrbCases.id));
}

/** How many cases each board holds now (assigned, in review, held from either, or decided by it). */
export async function countQrbCasesByBoard(db: TDatabase, boardIds: readonly string[]): Promise<Map<string, number>> {
  if (boardIds.length === 0) return new Map();
  const rows = await db
    .select({ boardId: qrbCases.boardId, n: count() })
    .from(qrbCases)
    .where(inArray(qrbCases.boardId, [...boardIds]))
    .groupBy(qrbCases.boardId);
  return new Map(rows.flatMap((r) => (r.boardId === null ? [] : [[r.boardId, r.n] as const])));
}

export async function countQrbCases(db: TDatabase): Promise<number> {
  const [row] = await db.select({ n: count() }).from(qrbCases);
  return row?.n ?? 0;
}

const ATTACHMENT_INFO_COLUMNS = {
  id: qrbCaseAttachments.id,
  caseId: qrbCaseAttachments.caseId,
  kind: qrbCaseAttachments.kind,
  filename: qrbCaseAttachments.filename,
  contentType: qrbCaseAttachments.contentType,
  byteSize: qrbCaseAttachments.byteSize,
  sha256: qrbCaseAttachments.sha256,
  uploadedBy: qrbCaseAttachments.uploadedBy,
  createdAt: qrbCaseAttachments.createdAt,
};

/** Stores a file of a case; the case then points at it (a new upload never replaces an old row). */
export async function insertQrbAttachment(db: TDatabase, values: Omit<typeof qrbCaseAttachments.$inferInsert, 'id' | 'createdAt'>): Promise<TQrbAttachmentInfo> {
  const [row] = await db.insert(qrbCaseAttachments).values(values).returning(ATTACHMENT_INFO_COLUMNS);
  return row!;
}

/** An attachment with its bytes. */
export async function getQrbAttachment(db: TDatabase, id: string): Promise<TQrbAttachmentRow | undefined> {
  const [row] = await db.select().from(qrbCaseAttachments).where(eq(qrbCaseAttachments.id, id));
  return row;
}

/** Attachments by id, without their bytes. */
export async function getQrbAttachmentInfos(db: TDatabase, ids: readonly string[]): Promise<TQrbAttachmentInfo[]> {
  if (ids.length === 0) return [];
  return db.select(ATTACHMENT_INFO_COLUMNS).from(qrbCaseAttachments).where(inArray(qrbCaseAttachments.id, [...ids]));
}
