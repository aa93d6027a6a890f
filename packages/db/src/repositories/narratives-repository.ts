import type { TNarrativeReport } from '@ecq/core';
import { and, count, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import type { TDatabase } from '../database';
import { olderThan, type TCreatedCursor } from './keyset';
import { narrativePackages, narrativePackageVersions, type TNarrativeAnalysisSummary, type TNarrativeVersionSource } from '../schema';

export { NARRATIVE_VERSION_SOURCES, type TNarrativeAnalysisSummary, type TNarrativeVersionSource } from '../schema';

export type TNarrativePackageRow = typeof narrativePackages.$inferSelect;
export type TNarrativeVersionRow = typeof narrativePackageVersions.$inferSelect;
/** A version without its text, as lists show it. */
export type TNarrativeVersionSummaryRow = Omit<TNarrativeVersionRow, 'text'>;

/** The text of a new version and where it came from. */
export interface TNarrativeVersionInput {
  readonly text: string;
  readonly source: TNarrativeVersionSource;
  readonly sourceFilename?: string | null | undefined;
  readonly createdBy: string;
  readonly analysis: TNarrativeAnalysisSummary;
}

/** What a version row keeps of the analyzer's report (core analyzeNarrative) when it is saved. */
export function summarizeNarrativeAnalysis(report: TNarrativeReport): TNarrativeAnalysisSummary {
  const { readiness } = report;
  return {
    modelId: report.modelId,
    status: readiness.status,
    errors: readiness.errors,
    warnings: readiness.warnings,
    infos: readiness.infos,
    totalPages: report.pages.status === 'measured' ? report.pages.totalPages : null,
    wordCount: report.wordCount,
    textLength: report.textLength,
    summary: readiness.summary,
  };
}

const VERSION_SUMMARY_COLUMNS = {
  packageId: narrativePackageVersions.packageId,
  number: narrativePackageVersions.number,
  source: narrativePackageVersions.source,
  sourceFilename: narrativePackageVersions.sourceFilename,
  createdBy: narrativePackageVersions.createdBy,
  createdAt: narrativePackageVersions.createdAt,
  analysis: narrativePackageVersions.analysis,
};

const VERSION_COLUMNS = { ...VERSION_SUMMARY_COLUMNS, text: narrativePackageVersions.text };

async function insertVersion(db: TDatabase, packageId: string, number: number, input: TNarrativeVersionInput): Promise<TNarrativeVersionRow> {
  const [row] = await db
    .insert(narrativePackageVersions)
    .values({
      packageId,
      number,
      text: input.text,
      source: input.source,
      sourceFilename: input.sourceFilename ?? null,
      createdBy: input.createdBy,
      analysis: input.analysis,
    })
    .returning(VERSION_COLUMNS);
  return row!;
}

/** Creates a package with its first version (number 1); call it inside the transaction that audits it. */
export async function insertNarrativePackage(
  db: TDatabase,
  values: {
    readonly ownerUserId: string;
    readonly agencyId: string | null;
    readonly title: string;
    readonly candidateName: string;
    readonly modelId: string;
    readonly limits: Readonly<Record<string, unknown>>;
    readonly derivedFrom?: { readonly packageId: string; readonly version: number } | undefined;
    readonly firstVersion: TNarrativeVersionInput;
  },
): Promise<{ readonly package: TNarrativePackageRow; readonly version: TNarrativeVersionRow }> {
  const [row] = await db
    .insert(narrativePackages)
    .values({
      ownerUserId: values.ownerUserId,
      agencyId: values.agencyId,
      title: values.title,
      candidateName: values.candidateName,
      modelId: values.modelId,
      limits: { ...values.limits },
      currentVersion: 1,
      derivedFromPackageId: values.derivedFrom?.packageId ?? null,
      derivedFromVersion: values.derivedFrom?.version ?? null,
    })
    .returning();
  const version = await insertVersion(db, row!.id, 1, values.firstVersion);
  return { package: row!, version };
}

export async function getNarrativePackageById(db: TDatabase, id: string): Promise<TNarrativePackageRow | undefined> {
  const [row] = await db.select().from(narrativePackages).where(eq(narrativePackages.id, id));
  return row;
}

/** The keyset cursor of the package list: newest first, ties broken by id. */
export type TNarrativePackageCursor = TCreatedCursor;

/** Packages newest first, keyset-paginated, of one owner or of everyone. */
export async function listNarrativePackages(
  db: TDatabase,
  query: { readonly ownerUserId?: string | undefined; readonly after?: TNarrativePackageCursor | undefined; readonly limit: number },
): Promise<TNarrativePackageRow[]> {
  const conditions: SQL[] = [];
  if (query.ownerUserId !== undefined) conditions.push(eq(narrativePackages.ownerUserId, query.ownerUserId));
  if (query.after !== undefined) {
    conditions.push(olderThan(narrativePackages.createdAt, narrativePackages.id, { key: query.after.createdAt, id: query.after.id }));
  }
  return db
    .select()
    .from(narrativePackages)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(narrativePackages.createdAt), desc(narrativePackages.id))
    .limit(query.limit);
}

/** One version with its text. */
export async function getNarrativeVersion(db: TDatabase, packageId: string, number: number): Promise<TNarrativeVersionRow | undefined> {
  const [row] = await db
    .select(VERSION_COLUMNS)
    .from(narrativePackageVersions)
    .where(and(eq(narrativePackageVersions.packageId, packageId), eq(narrativePackageVersions.number, number)));
  return row;
}

/** A package's versions without their text, newest first, keyset-paginated by number. */
export async function listNarrativeVersions(
  db: TDatabase,
  query: { readonly packageId: string; readonly beforeNumber?: number | undefined; readonly limit: number },
): Promise<TNarrativeVersionSummaryRow[]> {
  const conditions: SQL[] = [eq(narrativePackageVersions.packageId, query.packageId)];
  if (query.beforeNumber !== undefined) conditions.push(lt(narrativePackageVersions.number, query.beforeNumber));
  return db
    .select(VERSION_SUMMARY_COLUMNS)
    .from(narrativePackageVersions)
    .where(and(...conditions))
    .orderBy(desc(narrativePackageVersions.number))
    .limit(query.limit);
}

/** What a save did: the package after it and its new version, or why nothing was written. */
export type TNarrativeSave =
  | {
      readonly kind: 'ok';
      readonly package: TNarrativePackageRow;
      readonly before: TNarrativePackageRow;
      readonly version: TNarrativeVersionRow;
    }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'stale'; readonly current: TNarrativePackageRow };

/**
 * Saves a new version of a package only if the package is still at `expectedVersion` (optimistic
 * concurrency): the package's version and current version number move on by one and the text is added as
 * that number. Nothing is ever overwritten; a stale writer learns the current package instead.
 */
export async function saveNarrativeVersion(
  db: TDatabase,
  request: {
    readonly packageId: string;
    readonly expectedVersion: number;
    readonly patch: {
      readonly title?: string | undefined;
      readonly candidateName?: string | undefined;
      readonly limits?: Readonly<Record<string, unknown>> | undefined;
    };
    readonly version: TNarrativeVersionInput;
  },
): Promise<TNarrativeSave> {
  const before = await getNarrativePackageById(db, request.packageId);
  if (!before) return { kind: 'not-found' };
  const { title, candidateName, limits } = request.patch;
  const [row] = await db
    .update(narrativePackages)
    .set({
      ...(title === undefined ? {} : { title }),
      ...(candidateName === undefined ? {} : { candidateName }),
      ...(limits === undefined ? {} : { limits: { ...limits } }),
      currentVersion: sql`${narrativePackages.currentVersion} + 1`,
      version: sql`${narrativePackages.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(narrativePackages.id, request.packageId), eq(narrativePackages.version, request.expectedVersion)))
    .returning();
  if (!row) {
    const current = await getNarrativePackageById(db, request.packageId);
    return current ? { kind: 'stale', current } : { kind: 'not-found' };
  }
  const version = await insertVersion(db, row.id, row.currentVersion, request.version);
  return { kind: 'ok', package: row, before, version };
}

export async function countNarrativePackages(db: TDatabase): Promise<number> {
  const [row] = await db.select({ n: count() }).from(narrativePackages);
  return row?.n ?? 0;
}

export async function countNarrativeVersions(db: TDatabase): Promise<number> {
  const [row] = await db.select({ n: count() }).from(narrativePackageVersions);
  return row?.n ?? 0;
}
