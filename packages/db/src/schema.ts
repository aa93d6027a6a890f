import { sql } from 'drizzle-orm';
import type { TQrbCaseState } from '@ecq/core';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
/** Optimistic concurrency: every editable record carries a version a writer must quote. */
const version = () => integer('version').notNull().default(1);

export const agencies = pgTable('agencies', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  version: version(),
});

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-cased, so uniqueness is case-insensitive. */
    email: text('email').notNull().unique(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    agencyId: uuid('agency_id').references(() => agencies.id, { onDelete: 'restrict' }),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index('users_agency_idx').on(t.agencyId)],
);

export const roleAssignments = pgTable(
  'role_assignments',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.role] }),
    check(
      'role_assignments_role_check',
      sql`${t.role} in ('candidate', 'executive', 'agency_hr', 'rating_official', 'prb_member', 'qrb_member', 'opm_admin')`,
    ),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the session token; the token itself is only ever in the user's cookie. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    /** Monotonic, so keyset pagination by id is stable. */
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    /** The agency the event belongs to, for agency-scoped readers; null for government-wide events. */
    agencyId: uuid('agency_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    /** Who a failed sign-in was for, and from where: the sign-in rate limit counts these. */
    subjectKey: text('subject_key'),
  },
  (t) => [
    index('audit_events_agency_idx').on(t.agencyId, t.id),
    index('audit_events_action_idx').on(t.action, t.occurredAt),
    index('audit_events_subject_idx').on(t.subjectKey, t.occurredAt),
  ],
);

export const policyPacks = pgTable('policy_packs', {
  /** The pack's slug, e.g. `ecq-2025`. */
  id: text('id').primaryKey(),
  modelUuid: uuid('model_uuid').notNull().unique(),
  title: text('title').notNull(),
  origin: text('origin', { enum: ['built-in', 'imported'] }).notNull(),
  /** The pack as a CASE 1.1 package, which carries every field of the pack (core `exportPackToCase`). */
  casePackage: jsonb('case_package').notNull(),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  version: version(),
});

/** Where a narrative version's text came from: typed in the editor, imported from a file, or migrated. */
export const NARRATIVE_VERSION_SOURCES = ['typed', 'import:docx', 'import:pdf', 'import:md', 'import:txt', 'migration'] as const;
export type TNarrativeVersionSource = (typeof NARRATIVE_VERSION_SOURCES)[number];

/** The analysis of a version as it was saved: counts and readiness, never the full report (it is recomputed). */
export interface TNarrativeAnalysisSummary {
  readonly modelId: string;
  readonly status: 'ready' | 'needs-work' | 'not-ready';
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Pages as laid out (US Letter, 1-inch margins, Times 12 pt), or null when they could not be measured. */
  readonly totalPages: number | null;
  readonly wordCount: number;
  readonly textLength: number;
  readonly summary: string;
}

/**
 * A candidate's ECQ narrative package: its title, the candidate's name for the running header, the governing
 * model (a pack id) and per-vacancy limits. The text lives in versions; `currentVersion` names the latest.
 */
export const narrativePackages = pgTable(
  'narrative_packages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerUserId: uuid('owner_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** The owner's agency when the package was created; null for users of no agency. */
    agencyId: uuid('agency_id').references(() => agencies.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    candidateName: text('candidate_name').notNull(),
    /** A policy pack id (`ecq-2025`); built-in packs need not be stored, so there is no foreign key. */
    modelId: text('model_id').notNull(),
    /** Per-vacancy overrides of the narrative limits (core `TNarrativeLimits`), e.g. `{ "maxPagesPerEcq": 1 }`. */
    limits: jsonb('limits').$type<Record<string, unknown>>().notNull().default({}),
    currentVersion: integer('current_version').notNull().default(1),
    /** The package this one was migrated from, and the version of it that was read. */
    derivedFromPackageId: uuid('derived_from_package_id').references((): AnyPgColumn => narrativePackages.id, { onDelete: 'restrict' }),
    derivedFromVersion: integer('derived_from_version'),
    // Milliseconds, so that a keyset cursor written by JavaScript names a row exactly.
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .default(sql`date_trunc('milliseconds', now())`),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index('narrative_packages_owner_idx').on(t.ownerUserId, t.createdAt, t.id),
    index('narrative_packages_created_idx').on(t.createdAt, t.id),
  ],
);

/** Every saved text of a package: a save never overwrites, it adds the next number. */
export const narrativePackageVersions = pgTable(
  'narrative_package_versions',
  {
    packageId: uuid('package_id')
      .notNull()
      .references(() => narrativePackages.id, { onDelete: 'restrict' }),
    number: integer('number').notNull(),
    text: text('text').notNull(),
    source: text('source', { enum: NARRATIVE_VERSION_SOURCES }).notNull(),
    /** The imported file's name, for `import:*` versions. */
    sourceFilename: text('source_filename'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
    analysis: jsonb('analysis').$type<TNarrativeAnalysisSummary>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.packageId, t.number] }),
    check('narrative_package_versions_number_check', sql`${t.number} >= 1`),
    check(
      'narrative_package_versions_source_check',
      sql`${t.source} in ('typed', 'import:docx', 'import:pdf', 'import:md', 'import:txt', 'migration')`,
    ),
  ],
);

/** A calendar day (`YYYY-MM-DD`): policy boundaries and QRB deadlines are days, not instants. */
const day = (name: string) => date(name, { mode: 'string' });
/** Milliseconds, so that a keyset cursor written by JavaScript names a row exactly. */
const createdAtMs = () =>
  timestamp('created_at', { withTimezone: true, mode: 'date' })
    .notNull()
    .default(sql`date_trunc('milliseconds', now())`);

/** File bytes: node-postgres reads them as a Buffer and PGlite as a Uint8Array; both are Uint8Arrays. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
});

/** A required reference to an agency or a user; such rows are never deleted from under what names them. */
const agencyRef = (name: string) =>
  uuid(name)
    .notNull()
    .references(() => agencies.id, { onDelete: 'restrict' });
const userRef = (name: string) =>
  uuid(name)
    .notNull()
    .references(() => users.id, { onDelete: 'restrict' });

export const APPLICATION_METHOD_VALUES = ['traditional_ecq_narrative', 'resume_based', 'accomplishment_record'] as const;

/**
 * An agency's hiring action for an SES position (issue 6; POLICY.md §2). The governing policy pack is chosen
 * from the initiation date when the action is created and frozen here with its reason; the per-vacancy
 * narrative limits and the QRB case due date are fixed with it.
 */
export const hiringActions = pgTable(
  'hiring_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: agencyRef('agency_id'),
    positionTitle: text('position_title').notNull(),
    announcementNumber: text('announcement_number'),
    initiatedOn: day('initiated_on').notNull(),
    announcementOpensOn: day('announcement_opens_on').notNull(),
    announcementClosesOn: day('announcement_closes_on').notNull(),
    applicationMethod: text('application_method', { enum: APPLICATION_METHOD_VALUES }).notNull(),
    /** The frozen governing pack (a pack id) and why it governs (core `policyFor` reason). */
    packId: text('pack_id').notNull(),
    policyReason: text('policy_reason').notNull(),
    /** The action's overrides of the narrative limits, exactly as stated (core `TNarrativeLimits`). */
    narrativeLimits: jsonb('narrative_limits').$type<Record<string, unknown>>().notNull().default({}),
    qrbCaseDueOn: day('qrb_case_due_on').notNull(),
    createdBy: userRef('created_by'),
    createdAt: createdAtMs(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index('hiring_actions_agency_idx').on(t.agencyId, t.createdAt, t.id),
    index('hiring_actions_created_idx').on(t.createdAt, t.id),
    check('hiring_actions_method_check', sql`${t.applicationMethod} in ('traditional_ecq_narrative', 'resume_based', 'accomplishment_record')`),
    check('hiring_actions_announcement_check', sql`${t.announcementClosesOn} >= ${t.announcementOpensOn}`),
  ],
);

/** OPM's roster of QRB members: an SES member with an account holding the `qrb_member` role. */
export const qrbMembers = pgTable(
  'qrb_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .unique()
      .references(() => users.id, { onDelete: 'restrict' }),
    appointment: text('appointment', { enum: ['career', 'noncareer'] }).notNull(),
    hasPriorQrbService: boolean('has_prior_qrb_service').notNull().default(false),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: createdAtMs(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [check('qrb_members_appointment_check', sql`${t.appointment} in ('career', 'noncareer')`)],
);

/** A QRB board convened on a day; its members are fixed when it is assembled. */
export const qrbBoards = pgTable(
  'qrb_boards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    convenesOn: day('convenes_on').notNull(),
    label: text('label'),
    createdBy: userRef('created_by'),
    createdAt: createdAtMs(),
    version: version(),
  },
  (t) => [index('qrb_boards_convenes_idx').on(t.convenesOn, t.id)],
);

export const qrbBoardMembers = pgTable(
  'qrb_board_members',
  {
    boardId: uuid('board_id')
      .notNull()
      .references(() => qrbBoards.id, { onDelete: 'restrict' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => qrbMembers.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.boardId, t.memberId] }), index('qrb_board_members_member_idx').on(t.memberId, t.boardId)],
);

export const QRB_CASE_STATUS_VALUES = ['draft', 'submitted', 'assigned', 'in_review', 'decided', 'resubmitted', 'on_hold'] as const;

/**
 * A QRB case: one candidate selected under a hiring action, on one basis (POLICY.md §2). `state` is core's
 * `TQrbCaseState`, the one truth of where the case stands (decisions and amendments included); `status`,
 * `status_since`, `board_id` and `outcome` are copied from it on every write, for the lists and the queue.
 */
export const qrbCases = pgTable(
  'qrb_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hiringActionId: uuid('hiring_action_id')
      .notNull()
      .references(() => hiringActions.id, { onDelete: 'restrict' }),
    /** The action's agency: the one that selected the candidate and submits the case. */
    agencyId: agencyRef('agency_id'),
    candidateName: text('candidate_name').notNull(),
    /** The candidate's account, when they have one: they share their ECQ package with the case. */
    candidateUserId: uuid('candidate_user_id').references(() => users.id, { onDelete: 'restrict' }),
    basis: text('basis', { enum: ['A', 'B', 'C'] }).notNull(),
    state: jsonb('state').$type<TQrbCaseState>().notNull(),
    status: text('status', { enum: QRB_CASE_STATUS_VALUES }).notNull(),
    statusSince: day('status_since'),
    boardId: uuid('board_id').references(() => qrbBoards.id, { onDelete: 'restrict' }),
    outcome: text('outcome', { enum: ['approved', 'disapproved'] }),
    /** The shared ECQ package and the version of it attached: versions never change, so this is a snapshot. */
    narrativePackageId: uuid('narrative_package_id').references(() => narrativePackages.id, { onDelete: 'restrict' }),
    narrativeVersion: integer('narrative_version'),
    cdpProgram: text('cdp_program'),
    uniqueQualifications: text('unique_qualifications'),
    certifiedBy: text('certified_by'),
    certifiedOn: day('certified_on'),
    resumeAttachmentId: uuid('resume_attachment_id').references((): AnyPgColumn => qrbCaseAttachments.id, { onDelete: 'restrict' }),
    cdpCertificateAttachmentId: uuid('cdp_certificate_attachment_id').references((): AnyPgColumn => qrbCaseAttachments.id, {
      onDelete: 'restrict',
    }),
    createdBy: userRef('created_by'),
    createdAt: createdAtMs(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index('qrb_cases_agency_idx').on(t.agencyId, t.createdAt, t.id),
    index('qrb_cases_agency_status_idx').on(t.agencyId, t.status, t.createdAt, t.id),
    index('qrb_cases_created_idx').on(t.createdAt, t.id),
    index('qrb_cases_queue_idx').on(t.status, t.statusSince, t.id),
    // OPM's default queue, the cases waiting for a board, oldest first: read in index order, a page at a time.
    index('qrb_cases_waiting_idx')
      .on(t.statusSince, t.id)
      .where(sql`${t.status} in ('submitted', 'resubmitted')`),
    index('qrb_cases_board_idx').on(t.boardId, t.statusSince, t.id),
    index('qrb_cases_action_idx').on(t.hiringActionId, t.createdAt, t.id),
    index('qrb_cases_candidate_idx').on(t.candidateUserId, t.createdAt, t.id),
    index('qrb_cases_package_idx').on(t.narrativePackageId),
    check('qrb_cases_basis_check', sql`${t.basis} in ('A', 'B', 'C')`),
    check(
      'qrb_cases_status_check',
      sql`${t.status} in ('draft', 'submitted', 'assigned', 'in_review', 'decided', 'resubmitted', 'on_hold')`,
    ),
    check('qrb_cases_snapshot_check', sql`(${t.narrativePackageId} is null) = (${t.narrativeVersion} is null)`),
  ],
);

/** A file attached to a case. Never changed: a new upload is a new row the case points at. */
export const qrbCaseAttachments = pgTable(
  'qrb_case_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => qrbCases.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: ['resume', 'cdp_certificate'] }).notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: userRef('uploaded_by'),
    createdAt: createdAt(),
  },
  (t) => [
    index('qrb_case_attachments_case_idx').on(t.caseId, t.kind),
    check('qrb_case_attachments_kind_check', sql`${t.kind} in ('resume', 'cdp_certificate')`),
  ],
);

/** What one member of the case's board recorded in one round of review (a resubmission starts a new round). */
export const qrbReviews = pgTable(
  'qrb_reviews',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => qrbCases.id, { onDelete: 'restrict' }),
    round: integer('round').notNull(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => qrbMembers.id, { onDelete: 'restrict' }),
    boardId: uuid('board_id')
      .notNull()
      .references(() => qrbBoards.id, { onDelete: 'restrict' }),
    recommendation: text('recommendation', { enum: ['approve', 'disapprove'] }).notNull(),
    /** core `TMemberEcqFinding[]`. */
    findings: jsonb('findings').$type<{ ecqCode: string; finding: 'meets' | 'does_not_meet'; remarks: string }[]>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.round, t.memberId] }),
    check('qrb_reviews_recommendation_check', sql`${t.recommendation} in ('approve', 'disapprove')`),
  ],
);

/** An agency-head transition: while it is open, the agency's criterion A and C cases are held (POLICY.md §2). */
export const agencyHeadTransitions = pgTable(
  'agency_head_transitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: agencyRef('agency_id'),
    startedOn: day('started_on').notNull(),
    endedOn: day('ended_on'),
    note: text('note').notNull(),
    startedBy: userRef('started_by'),
    endedBy: uuid('ended_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: createdAtMs(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    // At most one open transition per agency.
    uniqueIndex('agency_head_transitions_open_idx').on(t.agencyId).where(sql`${t.endedOn} is null`),
    index('agency_head_transitions_created_idx').on(t.createdAt, t.id),
  ],
);

/** The deployment's QRB settings (core `TQrbSettingsOverrides`): one row, id 1, created by its migration. */
export const qrbSettings = pgTable(
  'qrb_settings',
  {
    id: integer('id').primaryKey(),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'restrict' }),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [check('qrb_settings_single_row_check', sql`${t.id} = 1`)],
);

/** An in-app notification, written after the change it reports has committed. */
export const notifications = pgTable(
  'notifications',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    message: text('message').notNull(),
    /** The page of the web app it is about, e.g. `/qrb/cases/<id>`. */
    link: text('link'),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.id)],
);
