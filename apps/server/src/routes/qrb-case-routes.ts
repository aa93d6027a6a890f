import {
  QRB_ATTACHMENT_LIMIT_BYTES,
  todayUtc,
  ZCreateQrbCaseRequest,
  ZQrbCaseTransitionRequest,
  ZShareNarrativeWithCaseRequest,
  ZUpdateQrbCaseRequest,
  ZUploadQrbAttachmentRequest,
} from '@ecq/core';
import { z } from 'zod';
import { defineRoute, rolesOnly } from '../http/route';
import { safeFilename } from '../http/safe-filename';
import { sendFile } from '../http/send-file';
import { requireSignedIn } from '../policies';
import { presentNarrativeMigration, presentNarrativeReport, ZNarrativeMigrationResponse, ZNarrativeReportResponse } from '../presenters/narrative-report';
import { presentNarrativePackageDetail, ZNarrativePackageDetailResponse } from '../presenters/narrative';
import {
  presentQrbCaseCheck,
  presentQrbCaseDetail,
  presentQrbCaseSummary,
  ZQrbCaseCheckResponse,
  ZQrbCaseDetailResponse,
  ZQrbCaseSummaryResponse,
} from '../presenters/qrb-case';
import { presentQrbTimelineEntry, ZQrbTimelineResponse } from '../presenters/qrb-review';
import { checkQrbCase } from '../use-cases/qrb/check-qrb-case';
import { createQrbCase } from '../use-cases/qrb/create-qrb-case';
import { draftQrbCaseMigration } from '../use-cases/qrb/draft-qrb-case-migration';
import { exportQrbCertificate } from '../use-cases/qrb/export-qrb-certificate';
import { getQrbAttachment } from '../use-cases/qrb/get-qrb-attachment';
import { getQrbCase } from '../use-cases/qrb/get-qrb-case';
import { getQrbCaseNarrative } from '../use-cases/qrb/get-qrb-case-narrative';
import { getQrbCaseTimeline, QRB_TIMELINE_LABELS } from '../use-cases/qrb/get-qrb-case-timeline';
import { listQrbCases, QRB_CASE_LIST_SCOPES } from '../use-cases/qrb/list-qrb-cases';
import { shareNarrativeWithQrbCase } from '../use-cases/qrb/share-narrative-with-qrb-case';
import { submitQrbCase } from '../use-cases/qrb/submit-qrb-case';
import { updateQrbCase } from '../use-cases/qrb/update-qrb-case';
import { uploadQrbAttachment } from '../use-cases/qrb/upload-qrb-attachment';
import { ZIdParams, ZPage, ZPageLimit } from './common-schemas';
import { ZQrbAttachmentParams, ZQrbBasis, ZQrbStatusList } from './qrb-schemas';

/** The largest attachment body: a file of 10 MiB in base64 plus room for the envelope. */
export const QRB_ATTACHMENT_BODY_LIMIT = Math.ceil(QRB_ATTACHMENT_LIMIT_BYTES / 3) * 4 + 64 * 1024;

export const ZListQrbCasesQuery = z.strictObject({
  scope: z.enum(QRB_CASE_LIST_SCOPES).optional().describe('whose cases: all (OPM), agency, board (QRB members), candidate; the widest your roles allow when absent'),
  agencyId: z.uuid().optional(),
  status: ZQrbStatusList.optional(),
  basis: ZQrbBasis.optional(),
  hiringActionId: z.uuid().optional(),
  limit: ZPageLimit,
  after: z.string().max(100).optional(),
});

/** Agency staff write cases; everyone a case concerns reads it (record-level rules in the policies). */
const AGENCY = rolesOnly('agency_hr');
const READERS = rolesOnly('agency_hr', 'opm_admin', 'qrb_member', 'candidate', 'executive');
const FILE_READERS = rolesOnly('agency_hr', 'opm_admin', 'qrb_member');
const TAGS = ['qrb cases'];

const ZSubmitResponse = z.object({ case: ZQrbCaseDetailResponse, warnings: z.array(z.string()) });

/** `POST …/submit` and `POST …/resubmit`: one use case, the check and the state machine telling them apart. */
function submitRoute(kind: 'submit' | 'resubmit', summary: string) {
  return defineRoute({
    method: 'POST',
    url: `/api/qrb/cases/:id/${kind}`,
    summary,
    tags: TAGS,
    access: AGENCY,
    params: ZIdParams,
    body: ZQrbCaseTransitionRequest,
    response: ZSubmitResponse,
    async handler({ actor, params, body, deps, request }) {
      const signedIn = requireSignedIn(actor);
      const result = await submitQrbCase(deps, { actor: signedIn, id: params.id, version: body.version, kind, requestId: request.id });
      return { case: presentQrbCaseDetail(await getQrbCase(deps, { actor: signedIn, id: params.id })), warnings: [...result.warnings] };
    },
  });
}

export const qrbCaseRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/qrb/cases',
    summary: "Build a draft QRB case for a candidate selected under one of your agency's hiring actions (basis A, B or C)",
    tags: TAGS,
    access: AGENCY,
    body: ZCreateQrbCaseRequest,
    response: ZQrbCaseDetailResponse,
    successStatus: 201,
    async handler({ actor, body, deps, request }) {
      const signedIn = requireSignedIn(actor);
      const row = await createQrbCase(deps, { actor: signedIn, ...body, requestId: request.id });
      return presentQrbCaseDetail(await getQrbCase(deps, { actor: signedIn, id: row.id }));
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/qrb/cases',
    summary: 'QRB cases newest first, filtered (`?status=a,b&basis=&hiringActionId=&agencyId=&scope=&limit=&after=`)',
    tags: TAGS,
    access: READERS,
    query: ZListQrbCasesQuery,
    response: ZPage(ZQrbCaseSummaryResponse),
    async handler({ actor, query, deps }) {
      const { status, ...rest } = query;
      const page = await listQrbCases(deps, { actor: requireSignedIn(actor), ...rest, statuses: status });
      const today = todayUtc(deps.now());
      return { items: page.items.map((row) => presentQrbCaseSummary(row, today)), nextCursor: page.nextCursor };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/qrb/cases/:id',
    summary: 'One QRB case: its state, hiring action, board, evidence, decisions, and what you may do with it',
    tags: TAGS,
    access: READERS,
    params: ZIdParams,
    response: ZQrbCaseDetailResponse,
    async handler({ actor, params, deps }) {
      return presentQrbCaseDetail(await getQrbCase(deps, { actor: requireSignedIn(actor), id: params.id }));
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/qrb/cases/:id',
    summary: 'Change a draft or returned case (your agency): candidate, basis, evidence, certification; quote its version',
    tags: TAGS,
    access: AGENCY,
    params: ZIdParams,
    body: ZUpdateQrbCaseRequest,
    response: ZQrbCaseDetailResponse,
    async handler({ actor, params, body, deps, request }) {
      const signedIn = requireSignedIn(actor);
      await updateQrbCase(deps, { actor: signedIn, id: params.id, ...body, requestId: request.id });
      return presentQrbCaseDetail(await getQrbCase(deps, { actor: signedIn, id: params.id }));
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/qrb/cases/:id/attachments/:kind',
    summary: "Attach the candidate's resume or CDP certificate (PDF, Word, PNG, JPEG or text; base64, at most 10 MiB)",
    tags: TAGS,
    access: AGENCY,
    params: ZQrbAttachmentParams,
    body: ZUploadQrbAttachmentRequest,
    bodyLimit: QRB_ATTACHMENT_BODY_LIMIT,
    response: ZQrbCaseDetailResponse,
    async handler({ actor, params, body, deps, request }) {
      const signedIn = requireSignedIn(actor);
      await uploadQrbAttachment(deps, { actor: signedIn, id: params.id, kind: params.kind, ...body, requestId: request.id });
      return presentQrbCaseDetail(await getQrbCase(deps, { actor: signedIn, id: params.id }));
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/qrb/cases/:id/attachments/:kind',
    summary: "Download the case's resume or CDP certificate (its agency, OPM and its board)",
    tags: TAGS,
    access: FILE_READERS,
    params: ZQrbAttachmentParams,
    response: z.string().describe('the file as uploaded'),
    responseMediaTypes: ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'image/png', 'image/jpeg', 'text/plain'],
    async handler({ actor, params, deps, reply }) {
      const file = await getQrbAttachment(deps, { actor: requireSignedIn(actor), id: params.id, kind: params.kind });
      return sendFile(reply, { bytes: file.content, contentType: file.contentType, filename: safeFilename(file.filename, { fallback: params.kind, maxLength: 120 }) });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/qrb/cases/:id/share',
    summary: 'The candidate shares one of their ECQ packages with their case: its current version is attached as a snapshot',
    tags: TAGS,
    access: rolesOnly('candidate', 'executive'),
    params: ZIdParams,
    body: ZShareNarrativeWithCaseRequest,
    response: ZQrbCaseDetailResponse,
    async handler({ actor, params, body, deps, request }) {
      const signedIn = requireSignedIn(actor);
      await shareNarrativeWithQrbCase(deps, { actor: signedIn, id: params.id, packageId: body.packageId, requestId: request.id });
      return presentQrbCaseDetail(await getQrbCase(deps, { actor: signedIn, id: params.id }));
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/qrb/cases/:id/check',
    summary: 'The pre-submission check as of today: every blocker (missing ECQs, pages over the limit, model mismatch, certification, due date) and warning',
    tags: TAGS,
    access: rolesOnly('agency_hr', 'opm_admin'),
    params: ZIdParams,
    response: ZQrbCaseCheckResponse,
    async handler({ actor, params, deps }) {
      const { check, isResubmission } = await checkQrbCase(deps, { actor: requireSignedIn(actor), id: params.id });
      return presentQrbCaseCheck(check, isResubmission);
    },
  }),
  submitRoute('submit', 'Submit a draft case to the QRB: the pre-submission check must pass (409 lists every blocker)'),
  submitRoute('resubmit', 'Resubmit a disapproved case within its resubmission period: the check must pass; it links to the disapproval'),
  defineRoute({
    method: 'POST',
    url: '/api/qrb/cases/:id/migration-draft',
    summary: "Draft the migration of the candidate's shared package to the action's model, as a new package of the candidate's",
    tags: TAGS,
    access: AGENCY,
    params: ZIdParams,
    response: z.object({ package: ZNarrativePackageDetailResponse, migration: ZNarrativeMigrationResponse }),
    successStatus: 201,
    async handler({ actor, params, deps, request }) {
      const created = await draftQrbCaseMigration(deps, { actor: requireSignedIn(actor), id: params.id, requestId: request.id });
      return { package: presentNarrativePackageDetail(created.package, created.version), migration: presentNarrativeMigration(created.migration) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/qrb/cases/:id/narrative',
    summary: "The ECQ package version shared with the case, with its analysis under the action's model and limits",
    tags: TAGS,
    access: READERS,
    params: ZIdParams,
    response: z.object({
      packageId: z.uuid(),
      version: z.number().int().min(1),
      title: z.string(),
      candidateName: z.string(),
      packageModelId: z.string(),
      text: z.string(),
      report: ZNarrativeReportResponse,
    }),
    async handler({ actor, params, deps }) {
      const narrative = await getQrbCaseNarrative(deps, { actor: requireSignedIn(actor), id: params.id });
      return { ...narrative, report: presentNarrativeReport(narrative.report) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/qrb/cases/:id/timeline',
    summary: "The case's timeline, oldest first: every change, who made it, and the status it left",
    tags: TAGS,
    access: READERS,
    params: ZIdParams,
    response: ZQrbTimelineResponse,
    async handler({ actor, params, deps }) {
      const entries = await getQrbCaseTimeline(deps, { actor: requireSignedIn(actor), id: params.id });
      return { items: entries.map((entry) => presentQrbTimelineEntry(entry, QRB_TIMELINE_LABELS)) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/qrb/cases/:id/certificate',
    summary: 'The QRB certification of an approved case, as a PDF',
    tags: TAGS,
    access: READERS,
    params: ZIdParams,
    response: z.string().describe('the certificate, a PDF'),
    responseMediaTypes: ['application/pdf'],
    async handler({ actor, params, deps, reply }) {
      const file = await exportQrbCertificate(deps, { actor: requireSignedIn(actor), id: params.id });
      return sendFile(reply, { bytes: file.bytes, contentType: 'application/pdf', filename: file.filename });
    },
  }),
];
