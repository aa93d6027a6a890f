import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { desc } from 'drizzle-orm';
import { bigint, pgSchema, serial, text } from 'drizzle-orm/pg-core';
import { MIGRATIONS_FOLDER, type TDatabase } from './database';

/**
 * The table in which Drizzle's migrator records what it applied (its defaults: schema `drizzle`, table
 * `__drizzle_migrations`). Declared here only to read it; it is not part of our schema.
 */
const drizzleMigrations = pgSchema('drizzle').table('__drizzle_migrations', {
  id: serial('id').primaryKey(),
  hash: text('hash').notNull(),
  createdAt: bigint('created_at', { mode: 'number' }),
});

/** PostgreSQL's undefined_table, also raised for a missing schema; PGlite reports the same code. */
const UNDEFINED_TABLE = '42P01';

export interface TMigration {
  /** The migration's file name without `.sql`, e.g. `20261122110037_initial`. */
  readonly tag: string;
  /** The journal's timestamp for it, which Drizzle stores as `created_at` once applied. */
  readonly when: number;
}

export interface TMigrationStatus {
  readonly applied: readonly TMigration[];
  readonly pending: readonly TMigration[];
}

function readJournal(): TMigration[] {
  const journal: unknown = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'));
  const entries = typeof journal === 'object' && journal !== null && 'entries' in journal ? journal.entries : undefined;
  if (!Array.isArray(entries)) throw new Error(`migrations: ${MIGRATIONS_FOLDER}/meta/_journal.json has no entries`);
  return entries.map((entry: unknown): TMigration => {
    const tag = typeof entry === 'object' && entry !== null && 'tag' in entry ? entry.tag : undefined;
    const when = typeof entry === 'object' && entry !== null && 'when' in entry ? entry.when : undefined;
    if (typeof tag !== 'string' || typeof when !== 'number') {
      throw new Error(`migrations: a journal entry lacks its tag or timestamp: ${JSON.stringify(entry)}`);
    }
    return { tag, when };
  });
}

function isUndefinedTable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    if ((current as Error & { code?: unknown }).code === UNDEFINED_TABLE) return true;
    current = current.cause;
  }
  return false;
}

/**
 * Which of the migrations shipped in `migrations/` the database has and which it lacks, decided as Drizzle's
 * migrator decides: a migration is pending when its timestamp is later than the last one recorded.
 */
export async function getMigrationStatus(db: TDatabase): Promise<TMigrationStatus> {
  const migrations = readJournal();
  let last: number | null = null;
  try {
    const [row] = await db
      .select({ createdAt: drizzleMigrations.createdAt })
      .from(drizzleMigrations)
      .orderBy(desc(drizzleMigrations.createdAt))
      .limit(1);
    last = row?.createdAt ?? null;
  } catch (error) {
    // A database never migrated has no migrations table yet.
    if (!isUndefinedTable(error)) throw error;
  }
  return {
    applied: migrations.filter((m) => last !== null && m.when <= last),
    pending: migrations.filter((m) => last === null || m.when > last),
  };
}
