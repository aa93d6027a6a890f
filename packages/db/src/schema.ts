import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
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
