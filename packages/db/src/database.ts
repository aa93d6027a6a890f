import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';

export type TSchema = typeof schema;
/** One query API over PGlite and node-postgres; transactions are databases too. */
export type TDatabase = PgDatabase<PgQueryResultHKT, TSchema>;

export interface DatabaseHandle {
  readonly db: TDatabase;
  readonly kind: 'pglite' | 'postgres';
  /** Where the data lives: the PGlite directory, `memory`, or the PostgreSQL URL without its password. */
  readonly location: string;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** `postgres://…` selects PostgreSQL; otherwise PGlite. */
  readonly url?: string | undefined;
  /** PGlite data directory (created when missing); omitted → in memory. */
  readonly dataDir?: string | undefined;
  readonly poolSize?: number;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));

/** Serializes migrations across instances that start together against one PostgreSQL. */
const MIGRATION_LOCK_KEY = 4_711_2025;

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres';
  }
}

/**
 * Opens the database the configuration names: PostgreSQL when `url` is a postgres URL, else PGlite in
 * `dataDir` (or in memory). The same Drizzle query code runs on both.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  const { url } = options;
  if (url !== undefined && /^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
    // A dropped idle connection must not crash the process; the pool replaces it.
    pool.on('error', () => undefined);
    const db = drizzlePg(pool, { schema });
    return {
      db,
      kind: 'postgres',
      location: redactUrl(url),
      async migrate() {
        const client = await pool.connect();
        try {
          await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
          await migratePg(drizzlePg(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
        } finally {
          await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  if (options.dataDir !== undefined) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create(options.dataDir === undefined ? {} : { dataDir: options.dataDir });
  const db = drizzlePglite(client, { schema });
  return {
    db,
    kind: 'pglite',
    location: options.dataDir ?? 'memory',
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => client.close(),
  };
}

/** True when the database answers a trivial query. */
export async function isDatabaseReady(db: TDatabase): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
