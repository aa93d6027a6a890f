import { sql } from 'drizzle-orm';
import {
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
