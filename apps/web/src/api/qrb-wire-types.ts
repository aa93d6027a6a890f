import type {
  TApplicationMethod,
  TBoardIssueCode,
  TCaseBasis,
  TDecisionIssueCode,
  TEcqDetermination,
  TEcqFinding,
  TNarrativeLimits,
  TQrbCaseStatus,
  TQrbDecisionRule,
  TQrbDeadlineEnforcement,
  TQrbOutcome,
  TQrbRecommendation,
  TQrbSettings,
  TSesAppointmentType,
  TSubmissionIssueCode,
} from '@ecq/core';
import type { TNarrativeMigrateResult, TNarrativeReport, TSource } from './wire-types';

/**
 * The hiring-action and QRB responses the web app reads (apps/server/src/presenters/{hiring-action,qrb-*}.ts),
 * written out as in wire-types.ts and checked against the server's schemas by apps/web/test/wire-types.test.ts.
 */
export type {
  TApplicationMethod,
  TCaseBasis,
  TEcqFinding,
  TQrbCaseStatus,
  TQrbDecisionRule,
  TQrbDeadlineEnforcement,
  TQrbOutcome,
  TQrbRecommendation,
  TSesAppointmentType,
};

/** The limits travel as they are: every field of core's TNarrativeLimits is plain JSON. */
export type TNarrativeLimitsWire = TNarrativeLimits;

export interface THiringAction {
  readonly id: string;
  readonly agencyId: string;
  readonly agencyCode: string;
  readonly agencyName: string;
  readonly positionTitle: string;
  readonly announcementNumber: string | null;
  readonly initiatedOn: string;
  readonly announcementOpensOn: string;
  readonly announcementClosesOn: string;
  readonly applicationMethod: TApplicationMethod;
  readonly applicationMethodLabel: string;
  readonly policy: { readonly packId: string; readonly modelTitle: string; readonly reason: string; readonly frozenOn: string };
  readonly narrativeLimitOverrides: Readonly<Record<string, unknown>>;
  readonly narrativeLimits: TNarrativeLimitsWire;
  readonly qrbCaseDueOn: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

export interface TQrbMemberWire {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly agencyId: string | null;
  readonly agencyCode: string | null;
  readonly agencyName: string | null;
  readonly appointment: TSesAppointmentType;
  readonly hasPriorQrbService: boolean;
  readonly isActive: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

export interface TBoardIssue {
  readonly code: TBoardIssueCode;
  readonly message: string;
  readonly memberIds: readonly string[];
  readonly source: TSource;
}

export interface TBoardCheck {
  readonly isValid: boolean;
  readonly errors: readonly TBoardIssue[];
  readonly warnings: readonly TBoardIssue[];
  readonly candidateAgencyId: string | null;
}

export interface TQrbBoard {
  readonly id: string;
  readonly convenesOn: string;
  readonly label: string | null;
  readonly members: readonly TQrbMemberWire[];
  readonly check: TBoardCheck;
  readonly caseCount: number;
  readonly createdAt: string;
  readonly version: number;
}

export interface TQrbCaseSummary {
  readonly id: string;
  readonly hiringActionId: string;
  readonly positionTitle: string;
  readonly agencyId: string;
  readonly agencyCode: string;
  readonly agencyName: string;
  readonly candidateName: string;
  readonly basis: TCaseBasis;
  readonly status: TQrbCaseStatus;
  readonly statusLabel: string;
  readonly statusSince: string | null;
  readonly ageDays: number | null;
  readonly boardId: string | null;
  readonly outcome: TQrbOutcome | null;
  readonly qrbCaseDueOn: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** The board's determination on one ECQ, as core derives it. */
export type { TEcqDetermination };

export interface TQrbDecisionWire {
  readonly id: string;
  readonly outcome: TQrbOutcome;
  readonly decidedOn: string;
  readonly boardId: string;
  readonly rule: TQrbDecisionRule;
  readonly generalRemarks: string;
  readonly ecqs: readonly TEcqDetermination[];
  readonly resubmissionDueOn: string | null;
  readonly original: { readonly generalRemarks: string; readonly ecqs: readonly TEcqDetermination[] };
  readonly amendments: readonly {
    readonly id: string;
    readonly amendedOn: string;
    readonly reason: string;
    readonly generalRemarks: string | null;
    readonly ecqRemarks: Readonly<Record<string, string>>;
  }[];
}

export interface TQrbAttachmentWire {
  readonly id: string;
  readonly filename: string;
  readonly contentType: string;
  readonly byteSize: number;
  readonly sha256: string;
  readonly uploadedAt: string;
}

/** What the signed-in user may do with a case now (apps/server/src/presenters/qrb-case.ts QRB_CASE_ACTIONS). */
export type TQrbCaseAction =
  | 'edit'
  | 'upload'
  | 'check'
  | 'submit'
  | 'resubmit'
  | 'migration_draft'
  | 'share'
  | 'assign'
  | 'hold'
  | 'release'
  | 'amend'
  | 'start_review'
  | 'review'
  | 'decide'
  | 'certificate'
  | 'files';

export interface TQrbCaseDetail extends TQrbCaseSummary {
  readonly candidateUserId: string | null;
  readonly candidateEmail: string | null;
  readonly basisLabel: string;
  readonly state: {
    readonly status: TQrbCaseStatus;
    readonly description: string;
    readonly since: string | null;
    readonly heldFrom: TQrbCaseStatus | null;
    readonly hold: { readonly kind: 'agency-head-transition'; readonly agencyId: string } | { readonly kind: 'administrative'; readonly note: string } | null;
    readonly resubmissionOf: string | null;
    readonly round: number;
  };
  readonly hiringAction: THiringAction;
  readonly board: { readonly id: string; readonly convenesOn: string; readonly label: string | null; readonly members: readonly TQrbMemberWire[] } | null;
  readonly evidence: {
    readonly narrative: { readonly packageId: string; readonly version: number; readonly title: string; readonly modelId: string } | null;
    readonly cdpProgram: string | null;
    readonly uniqueQualifications: string | null;
    readonly certification: { readonly certifiedBy: string; readonly certifiedOn: string } | null;
    readonly resume: TQrbAttachmentWire | null;
    readonly cdpCertificate: TQrbAttachmentWire | null;
  };
  readonly decisions: readonly TQrbDecisionWire[];
  readonly agencyDueOn: string | null;
  readonly actions: readonly TQrbCaseAction[];
}

/** A transition's answer: the case as it now stands, and any warnings (a late resubmission under `warn`). */
export interface TQrbTransitionResult {
  readonly case: TQrbCaseDetail;
  readonly warnings: readonly string[];
}

export interface TSubmissionIssue {
  readonly code: TSubmissionIssueCode;
  readonly message: string;
  readonly field: string;
  readonly source: TSource;
  readonly ecqCode: string | null;
  readonly ruleId: string | null;
  readonly migration: { readonly fromModelId: string; readonly toModelId: string; readonly crosswalkId: string | null } | null;
}

export interface TQrbCaseCheck {
  readonly checkedOn: string;
  readonly basis: TCaseBasis | null;
  readonly canSubmit: boolean;
  readonly isResubmission: boolean;
  readonly dueOn: string;
  readonly blockers: readonly TSubmissionIssue[];
  readonly warnings: readonly TSubmissionIssue[];
  readonly analysis: {
    readonly modelId: string;
    readonly status: 'ready' | 'needs-work' | 'not-ready';
    readonly summary: string;
    readonly errors: number;
    readonly warnings: number;
    readonly totalPages: number | null;
  } | null;
}

export interface TQrbCaseNarrative {
  readonly packageId: string;
  readonly version: number;
  readonly title: string;
  readonly candidateName: string;
  readonly packageModelId: string;
  readonly text: string;
  readonly report: TNarrativeReport;
}

export interface TQrbTimeline {
  readonly items: readonly {
    readonly id: number;
    readonly occurredAt: string;
    readonly action: string;
    readonly label: string;
    readonly actorName: string | null;
    readonly status: TQrbCaseStatus | null;
  }[];
}

export interface TQrbReviewWire {
  readonly memberId: string;
  readonly memberName: string;
  readonly agencyName: string | null;
  readonly recommendation: TQrbRecommendation;
  readonly findings: readonly { readonly ecqCode: string; readonly finding: TEcqFinding; readonly remarks: string }[];
  readonly updatedAt: string;
  readonly version: number;
}

export interface TDecisionIssue {
  readonly code: TDecisionIssueCode;
  readonly message: string;
  readonly ecqCodes: readonly string[];
  readonly memberIds: readonly string[];
}

export interface TQrbReviews {
  readonly round: number;
  readonly boardId: string;
  readonly ecqs: readonly { readonly code: string; readonly name: string }[];
  readonly reviews: readonly TQrbReviewWire[];
  readonly mine: TQrbReviewWire | null;
  readonly derivation:
    | {
        readonly ok: true;
        readonly outcome: TQrbOutcome;
        readonly rule: TQrbDecisionRule;
        readonly ecqs: readonly TEcqDetermination[];
        readonly recommendations: { readonly approve: number; readonly disapprove: number };
        readonly warnings: readonly TDecisionIssue[];
      }
    | { readonly ok: false; readonly rule: TQrbDecisionRule; readonly problems: readonly TDecisionIssue[] };
}

export interface TQrbBoardOptions {
  readonly boards: readonly { readonly board: TQrbBoard; readonly check: TBoardCheck }[];
}

export interface TAgencyHeadTransition {
  readonly id: string;
  readonly agencyId: string;
  readonly agencyCode: string;
  readonly agencyName: string;
  readonly startedOn: string;
  readonly endedOn: string | null;
  readonly isOpen: boolean;
  readonly note: string;
  readonly createdAt: string;
  readonly version: number;
}

export interface TAgencyHeadTransitionResult {
  readonly transition: TAgencyHeadTransition;
  readonly plan: readonly {
    readonly caseId: string;
    readonly candidateName: string;
    readonly basis: TCaseBasis;
    /** The case's status after the plan. */
    readonly status: TQrbCaseStatus;
    readonly action: 'hold' | 'release' | 'continue';
    readonly message: string;
    readonly source: TSource;
  }[];
}

export interface TQrbSettingsWire {
  readonly settings: TQrbSettings;
  readonly overrides: Readonly<Record<string, unknown>>;
  readonly sources: { readonly deadlines: TSource; readonly board: TSource; readonly decision: TSource; readonly priorService: TSource };
  readonly updatedAt: string;
  readonly version: number;
}

export interface TNotification {
  readonly id: number;
  readonly kind: string;
  readonly message: string;
  readonly link: string | null;
  readonly subjectType: string | null;
  readonly subjectId: string | null;
  readonly createdAt: string;
  readonly readAt: string | null;
}

export interface TNotificationPage {
  readonly items: readonly TNotification[];
  readonly nextCursor: string | null;
  readonly unreadCount: number;
}

/** POST /api/qrb/cases/:id/migration-draft answers as a narrative migration does. */
export type TQrbMigrationDraftResult = TNarrativeMigrateResult;
