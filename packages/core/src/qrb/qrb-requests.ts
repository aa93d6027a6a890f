import * as z from 'zod';
import { isCalendarDate } from '../dates/calendar-date';
import { ZCandidateName, ZNarrativeLimitsOverrides } from '../narrative/narrative-package';
import { CASE_BASES } from './case-basis';
import { ECQ_FINDINGS, QRB_RECOMMENDATIONS } from './derive-board-decision';
import { APPLICATION_METHODS } from './derive-hiring-action-terms';
import { SES_APPOINTMENT_TYPES } from './qrb-member';
import { QRB_DEADLINE_ENFORCEMENTS, QRB_DECISION_RULES } from './qrb-settings';

/**
 * The requests of the hiring-action and QRB API (issue 6), defined once here and used by the server's routes
 * and the web app's forms, with the limits both share.
 */
export const POSITION_TITLE_MAX_LENGTH = 200;
export const ANNOUNCEMENT_NUMBER_MAX_LENGTH = 60;
/** A CDP's name, a certifying official's name and title, a board's label. */
export const QRB_SHORT_TEXT_MAX_LENGTH = 200;
/** The criterion C statement of special or unique qualities. */
export const QRB_STATEMENT_MAX_LENGTH = 20_000;
/** Remarks per ECQ and general remarks of a review, a decision or an amendment. */
export const QRB_REMARKS_MAX_LENGTH = 10_000;
/** A hold's note, an amendment's reason, an agency-head transition's note. */
export const QRB_NOTE_MAX_LENGTH = 2_000;
/** Largest resume or CDP certificate a case takes: 10 MiB, as narrative uploads. */
export const QRB_ATTACHMENT_LIMIT_BYTES = 10 * 1024 * 1024;
export const QRB_ATTACHMENT_FILENAME_MAX_LENGTH = 255;
/** Most members a board may name; the board-size setting decides how many it must have. */
export const QRB_BOARD_MEMBERS_MAX = 15;
/** Largest value of a QRB day-count setting (ten years). */
export const QRB_SETTING_DAYS_MAX = 3650;

/** Files a case carries beside the narrative: the candidate's resume and the CDP graduation certificate. */
export const QRB_ATTACHMENT_KINDS = ['resume', 'cdp_certificate'] as const;
export type TQrbAttachmentKind = (typeof QRB_ATTACHMENT_KINDS)[number];

/** A calendar day, `YYYY-MM-DD`, that exists (no 2025-02-30); documented as an ISO date in the OpenAPI document. */
export const ZCalendarDate = z.iso
  .date({ error: 'must be a real calendar date written YYYY-MM-DD' })
  .refine(isCalendarDate, { error: 'must be a real calendar date written YYYY-MM-DD' });
const ZRecordVersion = z.number().int().min(1).describe('the record version you read (optimistic concurrency)');
const ZShortText = z.string().trim().min(1).max(QRB_SHORT_TEXT_MAX_LENGTH);
const ZRemarks = z.string().max(QRB_REMARKS_MAX_LENGTH);
const ZNote = z.string().trim().min(1).max(QRB_NOTE_MAX_LENGTH);
const ZEcqRemarks = z.record(z.string().min(1).max(20), ZRemarks).describe('remarks by ECQ code, e.g. { "DR": "…" }');

export const ZCreateHiringActionRequest = z.strictObject({
  positionTitle: z.string().trim().min(1).max(POSITION_TITLE_MAX_LENGTH),
  announcementNumber: z.string().trim().min(1).max(ANNOUNCEMENT_NUMBER_MAX_LENGTH).optional(),
  initiatedOn: ZCalendarDate.describe('the day the action was initiated: it decides the governing model (policyFor hiring)'),
  announcementOpensOn: ZCalendarDate,
  announcementClosesOn: ZCalendarDate.describe('the QRB case is due a set number of days after this (90 by default)'),
  applicationMethod: z.enum(APPLICATION_METHODS),
  narrativeLimits: ZNarrativeLimitsOverrides.optional().describe('per-vacancy limits over the defaults, e.g. { "maxPagesPerEcq": 1 }'),
});
export type TCreateHiringActionRequest = z.infer<typeof ZCreateHiringActionRequest>;

/** The appointing authority's certification of the candidate (5 CFR 317.502, POLICY.md §2). */
export const ZAppointingAuthorityCertification = z.strictObject({
  certifiedBy: ZShortText.describe('the appointing authority who certified the candidate: name and title'),
  certifiedOn: ZCalendarDate,
});

export const ZCreateQrbCaseRequest = z.strictObject({
  hiringActionId: z.uuid(),
  candidateName: ZCandidateName,
  candidateEmail: z.email().max(254).optional().describe('the candidate\'s ECQ Workbench account, so they can share their ECQ package'),
  basis: z.enum(CASE_BASES),
  cdpProgram: ZShortText.optional().describe('criterion B: the OPM-approved Candidate Development Program'),
  uniqueQualifications: z.string().trim().min(1).max(QRB_STATEMENT_MAX_LENGTH).optional().describe('criterion C: the statement'),
  certification: ZAppointingAuthorityCertification.optional(),
});
export type TCreateQrbCaseRequest = z.infer<typeof ZCreateQrbCaseRequest>;

/** Changes to a draft (or returned) case; `null` clears a field. */
export const ZUpdateQrbCaseRequest = z.strictObject({
  version: ZRecordVersion,
  candidateName: ZCandidateName.optional(),
  candidateEmail: z.email().max(254).nullable().optional(),
  basis: z.enum(CASE_BASES).optional(),
  cdpProgram: ZShortText.nullable().optional(),
  uniqueQualifications: z.string().trim().min(1).max(QRB_STATEMENT_MAX_LENGTH).nullable().optional(),
  certification: ZAppointingAuthorityCertification.nullable().optional(),
});
export type TUpdateQrbCaseRequest = z.infer<typeof ZUpdateQrbCaseRequest>;

export const ZUploadQrbAttachmentRequest = z.strictObject({
  filename: z.string().trim().min(1).max(QRB_ATTACHMENT_FILENAME_MAX_LENGTH),
  contentBase64: z.base64().min(1).describe('the file in base64: a PDF, Word (.docx) or plain-text file of at most 10 MiB'),
  version: ZRecordVersion,
});

export const ZShareNarrativeWithCaseRequest = z.strictObject({
  packageId: z.uuid().describe('one of your ECQ packages: its current version is attached to the case, as it is now'),
});

/** A transition that needs nothing but the case version read. */
export const ZQrbCaseTransitionRequest = z.strictObject({ version: ZRecordVersion });

export const ZAssignQrbCaseRequest = z.strictObject({ version: ZRecordVersion, boardId: z.uuid() });

export const ZHoldQrbCaseRequest = z.strictObject({ version: ZRecordVersion, note: ZNote.describe('why the case is held') });

export const ZRecordQrbReviewRequest = z.strictObject({
  version: z.number().int().min(0).describe('your review\'s version as read; 0 for your first review of this round'),
  recommendation: z.enum(QRB_RECOMMENDATIONS),
  findings: z
    .array(z.strictObject({ ecqCode: z.string().min(1).max(20), finding: z.enum(ECQ_FINDINGS), remarks: ZRemarks }))
    .max(20)
    .describe('one finding per ECQ of the action\'s model'),
});
export type TRecordQrbReviewRequest = z.infer<typeof ZRecordQrbReviewRequest>;

export const ZDecideQrbCaseRequest = z.strictObject({
  version: ZRecordVersion,
  generalRemarks: ZRemarks.optional(),
  ecqRemarks: ZEcqRemarks.optional().describe('the board\'s remarks by ECQ; else those of the members who found it lacking'),
});

export const ZAmendQrbDecisionRequest = z.strictObject({
  version: ZRecordVersion,
  reason: ZNote.describe('why the decision\'s remarks are corrected'),
  generalRemarks: ZRemarks.optional(),
  ecqRemarks: ZEcqRemarks.optional(),
});

export const ZCreateQrbMemberRequest = z.strictObject({
  userId: z.uuid().describe('a user holding the qrb_member role'),
  appointment: z.enum(SES_APPOINTMENT_TYPES),
  hasPriorQrbService: z.boolean(),
});

export const ZUpdateQrbMemberRequest = z.strictObject({
  version: ZRecordVersion,
  appointment: z.enum(SES_APPOINTMENT_TYPES).optional(),
  hasPriorQrbService: z.boolean().optional(),
  isActive: z.boolean().optional(),
});

export const ZCreateQrbBoardRequest = z.strictObject({
  convenesOn: ZCalendarDate,
  memberIds: z.array(z.uuid()).min(1).max(QRB_BOARD_MEMBERS_MAX).describe('roster member ids'),
  label: ZShortText.optional(),
});

export const ZStartAgencyHeadTransitionRequest = z.strictObject({
  agencyId: z.uuid(),
  startedOn: ZCalendarDate.optional().describe('today when absent'),
  note: ZNote,
});

export const ZEndAgencyHeadTransitionRequest = z.strictObject({ version: ZRecordVersion });

const ZSettingDays = z.number().int().min(1).max(QRB_SETTING_DAYS_MAX);
export const ZUpdateQrbSettingsRequest = z.strictObject({
  version: ZRecordVersion,
  caseDueDays: ZSettingDays.optional(),
  resubmissionDueDays: ZSettingDays.optional(),
  deadlineEnforcement: z.enum(QRB_DEADLINE_ENFORCEMENTS).optional(),
  boardSize: z.number().int().min(1).max(QRB_BOARD_MEMBERS_MAX).optional(),
  minBoardAgencies: z.number().int().min(0).max(QRB_BOARD_MEMBERS_MAX).optional(),
  minPriorServiceMembers: z.number().int().min(0).max(QRB_BOARD_MEMBERS_MAX).optional(),
  decisionRule: z.enum(QRB_DECISION_RULES).optional(),
});

export const ZMarkNotificationsReadRequest = z.strictObject({
  upToId: z.number().int().min(1).describe('marks your notifications up to and including this id as read'),
});
