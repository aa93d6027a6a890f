import {
  ZCandidateName,
  ZNarrativeLimitsOverrides,
  ZNarrativeModelId,
  ZNarrativeText,
  ZNarrativeTitle,
} from '@ecq/core';
import { NARRATIVE_UPLOAD_LIMIT_BYTES } from '@ecq/documents';
import { z } from 'zod';
import { defineRoute, rolesOnly, SIGNED_IN } from '../http/route';
import { sendFile } from '../http/send-file';
import { requireSignedIn } from '../policies';
import {
  presentNarrativePackage,
  presentNarrativePackageDetail,
  presentNarrativeVersion,
  presentNarrativeVersionSummary,
  ZNarrativeImportResponse,
  ZNarrativeMigrateResponse,
  ZNarrativePackageDetailResponse,
  ZNarrativePackageResponse,
  ZNarrativeVersionResponse,
  ZNarrativeVersionSummaryResponse,
} from '../presenters/narrative';
import {
  presentNarrativeMigration,
  presentNarrativeReport,
  ZNarrativeAnalysisResponse,
  ZNarrativeReportResponse,
} from '../presenters/narrative-report';
import { analyzeNarrativePackage } from '../use-cases/analyze-narrative-package';
import { analyzeNarrativeText } from '../use-cases/analyze-narrative-text';
import { createNarrativePackage } from '../use-cases/create-narrative-package';
import { exportNarrativePackage, NARRATIVE_EXPORT_CONTENT_TYPES, NARRATIVE_EXPORT_FORMATS } from '../use-cases/export-narrative-package';
import { getNarrativePackage } from '../use-cases/get-narrative-package';
import { getNarrativeVersion } from '../use-cases/get-narrative-version';
import { importNarrativeVersion } from '../use-cases/import-narrative-version';
import { listNarrativePackages } from '../use-cases/list-narrative-packages';
import { listNarrativeVersions } from '../use-cases/list-narrative-versions';
import { migrateNarrativePackage } from '../use-cases/migrate-narrative-package';
import { saveNarrativeVersion } from '../use-cases/save-narrative-version';
import { ZIdParams, ZPage, ZPageLimit, ZRecordVersion } from './common-schemas';

/**
 * The largest import body: a file of {@link NARRATIVE_UPLOAD_LIMIT_BYTES} (10 MiB) in base64 (4 characters per 3
 * bytes) plus room for the envelope. A larger file is refused by Fastify before it is read (413).
 */
export const NARRATIVE_IMPORT_BODY_LIMIT = Math.ceil(NARRATIVE_UPLOAD_LIMIT_BYTES / 3) * 4 + 64 * 1024;
export const NARRATIVE_FILENAME_MAX_LENGTH = 255;

export const ZCreateNarrativeRequest = z.strictObject({
  title: ZNarrativeTitle,
  candidateName: ZCandidateName,
  modelId: ZNarrativeModelId.optional(),
  limits: ZNarrativeLimitsOverrides.optional(),
  text: ZNarrativeText.optional(),
});
export const ZSaveNarrativeRequest = z.strictObject({
  text: ZNarrativeText,
  title: ZNarrativeTitle.optional(),
  candidateName: ZCandidateName.optional(),
  limits: ZNarrativeLimitsOverrides.optional(),
  version: ZRecordVersion,
});
export const ZImportNarrativeRequest = z.strictObject({
  filename: z.string().trim().min(1).max(NARRATIVE_FILENAME_MAX_LENGTH).describe('the file\'s name; its extension helps tell the type'),
  contentBase64: z.base64().min(1).describe('the file\'s bytes in base64: .docx, .pdf, .md or .txt, at most 10 MiB'),
  version: ZRecordVersion,
});
export const ZMigrateNarrativeRequest = z.strictObject({
  to: ZNarrativeModelId.describe('the model to migrate to, e.g. ecq-2025'),
});
export const ZAnalyzeNarrativeRequest = z.strictObject({
  text: ZNarrativeText,
  modelId: ZNarrativeModelId.optional(),
  limits: ZNarrativeLimitsOverrides.optional(),
});
export const ZListNarrativesQuery = z.strictObject({
  limit: ZPageLimit,
  after: z.string().max(100).optional(),
  ownerUserId: z.uuid().optional().describe('OPM administrators: one owner\'s packages'),
});
export const ZListNarrativeVersionsQuery = z.strictObject({ limit: ZPageLimit, before: z.coerce.number().int().min(1).optional() });
export const ZNarrativeVersionParams = z.strictObject({ id: z.uuid(), number: z.coerce.number().int().min(1) });
export const ZExportNarrativeQuery = z.strictObject({ format: z.enum(NARRATIVE_EXPORT_FORMATS) });

/** Writers: the candidate's own packages (policies canCreateNarratives, canEditNarrative). */
const WRITERS = rolesOnly('candidate', 'executive');
/**
 * Readers: owners, OPM administrators, and agency staff, who pass the gate so that the policy can tell them
 * why they are refused: they read a shared snapshot through its QRB case (canReadNarrative).
 */
const READERS = rolesOnly('candidate', 'executive', 'opm_admin', 'agency_hr');
const TAGS = ['narratives'];

export const narrativeRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/narratives',
    summary: 'Create a narrative package (candidates, executives): model defaults to the one governing hiring today',
    tags: TAGS,
    access: WRITERS,
    body: ZCreateNarrativeRequest,
    response: ZNarrativePackageDetailResponse,
    successStatus: 201,
    async handler({ actor, body, deps, request }) {
      const created = await createNarrativePackage(deps, { actor: requireSignedIn(actor), ...body, requestId: request.id });
      return presentNarrativePackageDetail(created.package, created.version);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/narratives',
    summary: 'Narrative packages newest first (`?limit=&after=<nextCursor>`): your own; OPM administrators see all',
    tags: TAGS,
    access: READERS,
    query: ZListNarrativesQuery,
    response: ZPage(ZNarrativePackageResponse),
    async handler({ actor, query, deps }) {
      const page = await listNarrativePackages(deps, { actor: requireSignedIn(actor), ...query });
      return { items: page.items.map(presentNarrativePackage), nextCursor: page.nextCursor };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/narratives/:id',
    summary: 'One narrative package with its current text and the analysis stored with it',
    tags: TAGS,
    access: READERS,
    params: ZIdParams,
    response: ZNarrativePackageDetailResponse,
    async handler({ actor, params, deps }) {
      const found = await getNarrativePackage(deps, { actor: requireSignedIn(actor), id: params.id });
      return presentNarrativePackageDetail(found.package, found.version);
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/narratives/:id',
    summary: 'Save a new version (the owner), quoting the package version read; a stale version is a 409 and nothing is lost',
    tags: TAGS,
    access: WRITERS,
    params: ZIdParams,
    body: ZSaveNarrativeRequest,
    response: ZNarrativePackageDetailResponse,
    async handler({ actor, params, body, deps, request }) {
      const { text, version, ...patch } = body;
      const saved = await saveNarrativeVersion(deps, {
        actor: requireSignedIn(actor),
        id: params.id,
        version,
        text,
        source: 'typed',
        patch,
        auditAction: 'narrative.saved',
        requestId: request.id,
      });
      return presentNarrativePackageDetail(saved.package, saved.version);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/narratives/:id/versions',
    summary: 'Every saved version, newest first, without text (`?limit=&before=<nextCursor>`)',
    tags: TAGS,
    access: READERS,
    params: ZIdParams,
    query: ZListNarrativeVersionsQuery,
    response: ZPage(ZNarrativeVersionSummaryResponse),
    async handler({ actor, params, query, deps }) {
      const page = await listNarrativeVersions(deps, { actor: requireSignedIn(actor), id: params.id, ...query });
      return { items: page.items.map(presentNarrativeVersionSummary), nextCursor: page.nextCursor };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/narratives/:id/versions/:number',
    summary: 'One saved version with its text',
    tags: TAGS,
    access: READERS,
    params: ZNarrativeVersionParams,
    response: ZNarrativeVersionResponse,
    async handler({ actor, params, deps }) {
      return presentNarrativeVersion(await getNarrativeVersion(deps, { actor: requireSignedIn(actor), ...params }));
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/narratives/:id/analysis',
    summary: 'The full analysis of the current version: structure, CCAR, coverage, pages as laid out, findings, readiness',
    tags: TAGS,
    access: READERS,
    params: ZIdParams,
    response: ZNarrativeAnalysisResponse,
    async handler({ actor, params, deps }) {
      const analysed = await analyzeNarrativePackage(deps, { actor: requireSignedIn(actor), id: params.id });
      return { ...presentNarrativeReport(analysed.report), versionNumber: analysed.versionNumber };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/narratives/:id/import',
    summary: 'Import a .docx, .pdf, .md or .txt file (base64, at most 10 MiB) as the next version (the owner)',
    tags: TAGS,
    access: WRITERS,
    params: ZIdParams,
    body: ZImportNarrativeRequest,
    bodyLimit: NARRATIVE_IMPORT_BODY_LIMIT,
    response: ZNarrativeImportResponse,
    async handler({ actor, params, body, deps, request }) {
      const imported = await importNarrativeVersion(deps, { actor: requireSignedIn(actor), id: params.id, ...body, requestId: request.id });
      return {
        package: presentNarrativePackageDetail(imported.package, imported.version),
        import: { filename: body.filename, format: imported.format, warnings: [...imported.warnings], pages: imported.pages ?? null },
      };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/narratives/:id/migrate',
    summary: 'Migrate to another model (e.g. ecq-2006 → ecq-2025) as a NEW draft package, with what moved, was removed and is left to write',
    tags: TAGS,
    access: WRITERS,
    params: ZIdParams,
    body: ZMigrateNarrativeRequest,
    response: ZNarrativeMigrateResponse,
    successStatus: 201,
    async handler({ actor, params, body, deps, request }) {
      const migrated = await migrateNarrativePackage(deps, { actor: requireSignedIn(actor), id: params.id, to: body.to, requestId: request.id });
      return {
        package: presentNarrativePackageDetail(migrated.package, migrated.version),
        migration: presentNarrativeMigration(migrated.migration),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/narratives/:id/export',
    summary: 'The current version as a PDF or Word file in the QRB layout (`?format=pdf|docx`), as an attachment',
    tags: TAGS,
    access: READERS,
    params: ZIdParams,
    query: ZExportNarrativeQuery,
    response: z.string().describe('the file: a PDF or a Word document (.docx)'),
    responseMediaTypes: Object.values(NARRATIVE_EXPORT_CONTENT_TYPES),
    async handler({ actor, params, query, deps, reply }) {
      const file = await exportNarrativePackage(deps, { actor: requireSignedIn(actor), id: params.id, format: query.format });
      return sendFile(reply, file);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/analyze',
    summary: 'Analyze a narrative text without storing it (any signed-in user); model defaults to the one governing hiring today',
    tags: TAGS,
    access: SIGNED_IN,
    body: ZAnalyzeNarrativeRequest,
    response: ZNarrativeReportResponse,
    async handler({ actor, body, deps }) {
      return presentNarrativeReport(await analyzeNarrativeText(deps, { actor: requireSignedIn(actor), ...body }));
    },
  }),
];
