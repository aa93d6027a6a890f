import {
  CASE_BASES,
  CASE_BASIS_LABELS,
  daysBetween,
  decisionHistoryOf,
  describeCaseState,
  QRB_CASE_STATUSES,
  QRB_DECISION_RULES,
  QRB_OUTCOMES,
  readEffectiveDecision,
  reviewRoundOf,
  sinceOf,
  SUBMISSION_ISSUE_CODES,
  type TCalendarDate,
  type TCaseSubmissionCheck,
  type TQrbCaseState,
  type TQrbCaseStatus,
  type TQrbDecisionRecord,
  type TSubmissionIssue,
} from '@ecq/core';
import type { TQrbAttachmentInfo, TQrbBoardWithMembers, TQrbCaseListRow, TQrbCaseRow } from '@ecq/db';
import { z } from 'zod';
import { ZHiringActionResponse, type THiringActionResponse } from './hiring-action';
import { ZSourceResponse } from './model';
import { presentQrbMember, ZQrbMemberResponse } from './qrb-board';

/**
 * What the signed-in user may do with a case now, for the web app to offer (the API checks each again):
 * the agency edits, uploads, checks, submits and resubmits and asks for a migration draft; the candidate
 * shares a package; OPM assigns, holds, releases and amends; the board opens the review, records findings
 * and decides; anyone who reads an approved case downloads its certificate; its agency, OPM and its board
 * download its resume and CDP certificate (`files`).
 */
export const QRB_CASE_ACTIONS = [
  'edit',
  'upload',
  'check',
  'submit',
  'resubmit',
  'migration_draft',
  'share',
  'assign',
  'hold',
  'release',
  'amend',
  'start_review',
  'review',
  'decide',
  'certificate',
  'files',
] as const;
export type TQrbCaseAction = (typeof QRB_CASE_ACTIONS)[number];

/** "in review", "decided (approved)": a status as a person reads it, for lists that do not load the state. */
export function describeCaseStatus(status: TQrbCaseStatus, outcome: 'approved' | 'disapproved' | null): string {
  if (status === 'decided' && outcome !== null) return `decided (${outcome})`;
  return status.replace('_', ' ');
}

export const ZQrbCaseSummaryResponse = z.object({
  id: z.uuid(),
  hiringActionId: z.uuid(),
  positionTitle: z.string(),
  agencyId: z.uuid(),
  agencyCode: z.string(),
  agencyName: z.string(),
  candidateName: z.string(),
  basis: z.enum(CASE_BASES),
  status: z.enum(QRB_CASE_STATUSES),
  statusLabel: z.string(),
  /** The day the case entered its status; null for a draft. */
  statusSince: z.iso.date().nullable(),
  /** Whole days in its status, as of today; null for a draft. */
  ageDays: z.number().int().nullable(),
  boardId: z.uuid().nullable(),
  outcome: z.enum(QRB_OUTCOMES).nullable(),
  /** The hiring action's QRB due date (90 days after the announcement closed, by default). */
  qrbCaseDueOn: z.iso.date(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int().min(1),
});
export type TQrbCaseSummaryResponse = z.infer<typeof ZQrbCaseSummaryResponse>;

export function presentQrbCaseSummary(row: TQrbCaseListRow, today: TCalendarDate): TQrbCaseSummaryResponse {
  return {
    id: row.id,
    hiringActionId: row.hiringActionId,
    positionTitle: row.positionTitle,
    agencyId: row.agencyId,
    agencyCode: row.agencyCode,
    agencyName: row.agencyName,
    candidateName: row.candidateName,
    basis: row.basis,
    status: row.status,
    statusLabel: describeCaseStatus(row.status, row.outcome),
    statusSince: row.statusSince,
    ageDays: row.statusSince === null ? null : daysBetween(row.statusSince as TCalendarDate, today),
    boardId: row.boardId,
    outcome: row.outcome,
    qrbCaseDueOn: row.qrbCaseDueOn,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export const ZEcqDetermination = z.object({
  ecqCode: z.string(),
  ecqName: z.string(),
  isMet: z.boolean(),
  meets: z.number().int().min(0),
  doesNotMeet: z.number().int().min(0),
  remarks: z.string(),
});

export const ZQrbDecisionResponse = z.object({
  id: z.string(),
  outcome: z.enum(QRB_OUTCOMES),
  decidedOn: z.iso.date(),
  boardId: z.string(),
  rule: z.enum(QRB_DECISION_RULES),
  /** The remarks as they stand, with every amendment applied. */
  generalRemarks: z.string(),
  ecqs: z.array(ZEcqDetermination),
  resubmissionDueOn: z.iso.date().nullable(),
  /** The remarks as the board first recorded them; never changed. */
  original: z.object({ generalRemarks: z.string(), ecqs: z.array(ZEcqDetermination) }),
  amendments: z.array(
    z.object({
      id: z.string(),
      amendedOn: z.iso.date(),
      reason: z.string(),
      generalRemarks: z.string().nullable(),
      ecqRemarks: z.record(z.string(), z.string()),
    }),
  ),
});

function presentDecisionRecord(record: TQrbDecisionRecord): z.infer<typeof ZQrbDecisionResponse> {
  const effective = readEffectiveDecision(record);
  const { decision } = record;
  return {
    id: decision.id,
    outcome: decision.outcome,
    decidedOn: decision.decidedOn,
    boardId: decision.boardId,
    rule: decision.rule,
    generalRemarks: effective.generalRemarks,
    ecqs: effective.ecqs.map((e) => ({ ...e })),
    resubmissionDueOn: decision.resubmissionDueOn ?? null,
    original: { generalRemarks: decision.generalRemarks, ecqs: decision.ecqs.map((e) => ({ ...e })) },
    amendments: record.amendments.map((a) => ({
      id: a.id,
      amendedOn: a.amendedOn,
      reason: a.reason,
      generalRemarks: a.generalRemarks ?? null,
      ecqRemarks: { ...a.ecqRemarks },
    })),
  };
}

const ZAttachmentResponse = z.object({
  id: z.uuid(),
  filename: z.string(),
  contentType: z.string(),
  byteSize: z.number().int().min(0),
  sha256: z.string(),
  uploadedAt: z.iso.datetime(),
});

function presentAttachment(info: TQrbAttachmentInfo | undefined): z.infer<typeof ZAttachmentResponse> | null {
  if (info === undefined) return null;
  return { id: info.id, filename: info.filename, contentType: info.contentType, byteSize: info.byteSize, sha256: info.sha256, uploadedAt: info.createdAt.toISOString() };
}

export const ZQrbCaseStateResponse = z.object({
  status: z.enum(QRB_CASE_STATUSES),
  description: z.string(),
  since: z.iso.date().nullable(),
  /** For a held case: the status it returns to on release, and why it is held. */
  heldFrom: z.enum(QRB_CASE_STATUSES).nullable(),
  hold: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('agency-head-transition'), agencyId: z.string() }),
      z.object({ kind: z.literal('administrative'), note: z.string() }),
    ])
    .nullable(),
  /** For a resubmitted case: the disapproval it answers. */
  resubmissionOf: z.string().nullable(),
  /** The review round under way or next: one more than the decisions before it. */
  round: z.number().int().min(1),
});

export function presentQrbCaseState(state: TQrbCaseState): z.infer<typeof ZQrbCaseStateResponse> {
  return {
    status: state.status,
    description: describeCaseState(state),
    since: sinceOf(state) ?? null,
    heldFrom: state.status === 'on_hold' ? state.heldFrom.status : null,
    hold: state.status === 'on_hold' ? { ...state.reason } : null,
    resubmissionOf: state.status === 'resubmitted' ? state.resubmissionOf : null,
    round: reviewRoundOf(state),
  };
}

export const ZQrbCaseDetailResponse = ZQrbCaseSummaryResponse.extend({
  candidateUserId: z.uuid().nullable(),
  /** The candidate's account email, for the agency that names it and for OPM; null for other readers. */
  candidateEmail: z.string().nullable(),
  basisLabel: z.string(),
  state: ZQrbCaseStateResponse,
  hiringAction: ZHiringActionResponse,
  /** The board the case is with (or was decided by), with its members. */
  board: z.object({ id: z.uuid(), convenesOn: z.iso.date(), label: z.string().nullable(), members: z.array(ZQrbMemberResponse) }).nullable(),
  evidence: z.object({
    /** The version of the candidate's package shared with the case: a snapshot, since versions never change. */
    narrative: z.object({ packageId: z.uuid(), version: z.number().int().min(1), title: z.string(), modelId: z.string() }).nullable(),
    cdpProgram: z.string().nullable(),
    uniqueQualifications: z.string().nullable(),
    certification: z.object({ certifiedBy: z.string(), certifiedOn: z.iso.date() }).nullable(),
    resume: ZAttachmentResponse.nullable(),
    cdpCertificate: ZAttachmentResponse.nullable(),
  }),
  /** Every decision, oldest first; a decided case's current one last. */
  decisions: z.array(ZQrbDecisionResponse),
  /** The next deadline the agency faces: the case's due date while a draft, the resubmission's after a disapproval. */
  agencyDueOn: z.iso.date().nullable(),
  actions: z.array(z.enum(QRB_CASE_ACTIONS)),
});
export type TQrbCaseDetailResponse = z.infer<typeof ZQrbCaseDetailResponse>;

/** Everything a case page shows, loaded by the use case. */
export interface TQrbCaseView {
  readonly row: TQrbCaseRow;
  readonly action: THiringActionResponse;
  readonly board: TQrbBoardWithMembers | undefined;
  readonly attachments: readonly TQrbAttachmentInfo[];
  readonly narrative: { readonly packageId: string; readonly version: number; readonly title: string; readonly modelId: string } | undefined;
  readonly candidateEmail: string | null;
  readonly actions: readonly TQrbCaseAction[];
  readonly today: TCalendarDate;
}

/** The next deadline the agency faces, read off the state. */
export function agencyDueOnOf(state: TQrbCaseState, caseDueOn: string): string | null {
  if (state.status === 'draft') return caseDueOn;
  if (state.status === 'decided') return state.decision.resubmissionDueOn ?? null;
  return null;
}

export function presentQrbCaseDetail(view: TQrbCaseView): TQrbCaseDetailResponse {
  const { row, action, board } = view;
  const attachment = (id: string | null) => presentAttachment(view.attachments.find((a) => a.id === id));
  const summary = presentQrbCaseSummary(
    {
      ...row,
      positionTitle: action.positionTitle,
      qrbCaseDueOn: action.qrbCaseDueOn,
      agencyCode: action.agencyCode,
      agencyName: action.agencyName,
    },
    view.today,
  );
  return {
    ...summary,
    statusLabel: describeCaseState(row.state),
    candidateUserId: row.candidateUserId,
    candidateEmail: view.candidateEmail,
    basisLabel: CASE_BASIS_LABELS[row.basis],
    state: presentQrbCaseState(row.state),
    hiringAction: action,
    board: board === undefined ? null : { id: board.id, convenesOn: board.convenesOn, label: board.label, members: board.members.map(presentQrbMember) },
    evidence: {
      narrative: view.narrative === undefined ? null : { ...view.narrative },
      cdpProgram: row.cdpProgram,
      uniqueQualifications: row.uniqueQualifications,
      certification: row.certifiedBy === null || row.certifiedOn === null ? null : { certifiedBy: row.certifiedBy, certifiedOn: row.certifiedOn },
      resume: attachment(row.resumeAttachmentId),
      cdpCertificate: attachment(row.cdpCertificateAttachmentId),
    },
    decisions: decisionHistoryOf(row.state).map(presentDecisionRecord),
    agencyDueOn: agencyDueOnOf(row.state, action.qrbCaseDueOn),
    actions: [...view.actions],
  };
}

const ZSubmissionIssue = z.object({
  code: z.enum(SUBMISSION_ISSUE_CODES),
  message: z.string(),
  field: z.string(),
  source: ZSourceResponse,
  ecqCode: z.string().nullable(),
  ruleId: z.string().nullable(),
  /** A package written for another model: the crosswalk that drafts its migration (null when none leads there). */
  migration: z.object({ fromModelId: z.string(), toModelId: z.string(), crosswalkId: z.string().nullable() }).nullable(),
});

export const ZQrbCaseCheckResponse = z.object({
  checkedOn: z.iso.date(),
  basis: z.enum(CASE_BASES).nullable(),
  canSubmit: z.boolean(),
  isResubmission: z.boolean(),
  dueOn: z.iso.date(),
  blockers: z.array(ZSubmissionIssue),
  warnings: z.array(ZSubmissionIssue),
  /** The analysis of the shared package under the action's model and limits, when the case has one. */
  analysis: z
    .object({
      modelId: z.string(),
      status: z.enum(['ready', 'needs-work', 'not-ready']),
      summary: z.string(),
      errors: z.number().int().min(0),
      warnings: z.number().int().min(0),
      totalPages: z.number().nullable(),
    })
    .nullable(),
});
export type TQrbCaseCheckResponse = z.infer<typeof ZQrbCaseCheckResponse>;

function presentIssue(issue: TSubmissionIssue): z.infer<typeof ZSubmissionIssue> {
  return {
    code: issue.code,
    message: issue.message,
    field: issue.field,
    source: issue.source,
    ecqCode: issue.ecqCode ?? null,
    ruleId: issue.ruleId ?? null,
    migration: issue.migration === undefined ? null : { ...issue.migration, crosswalkId: issue.migration.crosswalkId ?? null },
  };
}

export function presentQrbCaseCheck(check: TCaseSubmissionCheck, isResubmission: boolean): TQrbCaseCheckResponse {
  const { report } = check;
  return {
    checkedOn: check.checkedOn,
    basis: check.basis ?? null,
    canSubmit: check.canSubmit,
    isResubmission,
    dueOn: check.dueOn,
    blockers: check.blockers.map(presentIssue),
    warnings: check.warnings.map(presentIssue),
    analysis:
      report === undefined
        ? null
        : {
            modelId: report.modelId,
            status: report.readiness.status,
            summary: report.readiness.summary,
            errors: report.readiness.errors,
            warnings: report.readiness.warnings,
            totalPages: report.pages.status === 'measured' ? report.pages.totalPages : null,
          },
  };
}

/**
 * A case in an audit event: where it stands and what it carries, never a narrative's text. A decision's
 * remarks are recorded: they are the decision.
 */
export function presentQrbCaseAudit(row: TQrbCaseRow): Record<string, unknown> {
  return {
    caseId: row.id,
    hiringActionId: row.hiringActionId,
    agencyId: row.agencyId,
    candidateName: row.candidateName,
    candidateUserId: row.candidateUserId,
    basis: row.basis,
    status: row.status,
    statusSince: row.statusSince,
    boardId: row.boardId,
    outcome: row.outcome,
    narrative: row.narrativePackageId === null ? null : { packageId: row.narrativePackageId, version: row.narrativeVersion },
    cdpProgram: row.cdpProgram,
    uniqueQualificationsLength: row.uniqueQualifications?.length ?? null,
    certification: row.certifiedBy === null ? null : { certifiedBy: row.certifiedBy, certifiedOn: row.certifiedOn },
    resumeAttachmentId: row.resumeAttachmentId,
    cdpCertificateAttachmentId: row.cdpCertificateAttachmentId,
    decisions: decisionHistoryOf(row.state).map((r) => ({
      id: r.decision.id,
      outcome: r.decision.outcome,
      decidedOn: r.decision.decidedOn,
      amendments: r.amendments.length,
    })),
    version: row.version,
  };
}
