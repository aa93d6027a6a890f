import {
  NARRATIVE_VERSION_SOURCES,
  type TNarrativeAnalysisSummary,
  type TNarrativePackageRow,
  type TNarrativeVersionRow,
  type TNarrativeVersionSummaryRow,
} from '@ecq/db';
import { z } from 'zod';
import { ZNarrativeMigrationResponse } from './narrative-report';

export const ZNarrativeAnalysisSummaryResponse = z.object({
  modelId: z.string(),
  status: z.enum(['ready', 'needs-work', 'not-ready']),
  errors: z.number().int().min(0),
  warnings: z.number().int().min(0),
  infos: z.number().int().min(0),
  totalPages: z.number().min(0).nullable(),
  wordCount: z.number().int().min(0),
  textLength: z.number().int().min(0),
  summary: z.string(),
});

export const ZNarrativePackageResponse = z.object({
  id: z.uuid(),
  ownerUserId: z.uuid(),
  agencyId: z.uuid().nullable(),
  title: z.string(),
  candidateName: z.string(),
  modelId: z.string(),
  limits: z.record(z.string(), z.unknown()),
  currentVersion: z.number().int().min(1),
  /** The record's version, quoted back on the next save (optimistic concurrency). */
  version: z.number().int().min(1),
  derivedFrom: z.object({ packageId: z.uuid(), version: z.number().int().min(1) }).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TNarrativePackageResponse = z.infer<typeof ZNarrativePackageResponse>;

export const ZNarrativeVersionSummaryResponse = z.object({
  number: z.number().int().min(1),
  source: z.enum(NARRATIVE_VERSION_SOURCES),
  sourceFilename: z.string().nullable(),
  createdBy: z.uuid(),
  createdAt: z.iso.datetime(),
  analysis: ZNarrativeAnalysisSummaryResponse,
});

export const ZNarrativeVersionResponse = ZNarrativeVersionSummaryResponse.extend({ text: z.string() });

/** A package with its current version's text and the analysis stored with it. */
export const ZNarrativePackageDetailResponse = ZNarrativePackageResponse.extend({ current: ZNarrativeVersionResponse });
export type TNarrativePackageDetailResponse = z.infer<typeof ZNarrativePackageDetailResponse>;

export const ZNarrativeImportResponse = z.object({
  package: ZNarrativePackageDetailResponse,
  import: z.object({
    filename: z.string(),
    format: z.enum(['docx', 'pdf', 'md', 'txt']),
    /** What the reader could not carry over (images, tables flattened…). */
    warnings: z.array(z.string()),
    /** Pages of the file itself, when it has pages (a PDF). */
    pages: z.number().int().min(0).nullable(),
  }),
});

export const ZNarrativeMigrateResponse = z.object({
  package: ZNarrativePackageDetailResponse,
  migration: ZNarrativeMigrationResponse,
});

function presentAnalysisSummary(summary: TNarrativeAnalysisSummary): z.infer<typeof ZNarrativeAnalysisSummaryResponse> {
  return {
    modelId: summary.modelId,
    status: summary.status,
    errors: summary.errors,
    warnings: summary.warnings,
    infos: summary.infos,
    totalPages: summary.totalPages,
    wordCount: summary.wordCount,
    textLength: summary.textLength,
    summary: summary.summary,
  };
}

export function presentNarrativePackage(row: TNarrativePackageRow): TNarrativePackageResponse {
  return {
    id: row.id,
    ownerUserId: row.ownerUserId,
    agencyId: row.agencyId,
    title: row.title,
    candidateName: row.candidateName,
    modelId: row.modelId,
    limits: { ...row.limits },
    currentVersion: row.currentVersion,
    version: row.version,
    derivedFrom:
      row.derivedFromPackageId === null || row.derivedFromVersion === null
        ? null
        : { packageId: row.derivedFromPackageId, version: row.derivedFromVersion },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentNarrativeVersionSummary(row: TNarrativeVersionSummaryRow): z.infer<typeof ZNarrativeVersionSummaryResponse> {
  return {
    number: row.number,
    source: row.source,
    sourceFilename: row.sourceFilename,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    analysis: presentAnalysisSummary(row.analysis),
  };
}

export function presentNarrativeVersion(row: TNarrativeVersionRow): z.infer<typeof ZNarrativeVersionResponse> {
  return { ...presentNarrativeVersionSummary(row), text: row.text };
}

export function presentNarrativePackageDetail(pkg: TNarrativePackageRow, current: TNarrativeVersionRow): TNarrativePackageDetailResponse {
  return { ...presentNarrativePackage(pkg), current: presentNarrativeVersion(current) };
}

/**
 * A package in an audit event: who, what and which version, with lengths but never the text (an audit log
 * is read by more people than the candidate should share a draft with).
 */
export function presentNarrativeAudit(
  pkg: TNarrativePackageRow,
  version: Pick<TNarrativeVersionSummaryRow, 'number' | 'source' | 'analysis'> | undefined,
): Record<string, unknown> {
  return {
    packageId: pkg.id,
    ownerUserId: pkg.ownerUserId,
    title: pkg.title,
    modelId: pkg.modelId,
    limits: { ...pkg.limits },
    version: pkg.version,
    currentVersion: pkg.currentVersion,
    ...(version === undefined
      ? {}
      : {
          versionNumber: version.number,
          source: version.source,
          textLength: version.analysis.textLength,
          wordCount: version.analysis.wordCount,
          readiness: version.analysis.status,
        }),
  };
}
