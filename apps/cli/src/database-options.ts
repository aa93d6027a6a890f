import { resolve } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '@ecq/core';
import { getMigrationStatus, openDatabase, type DatabaseHandle } from '@ecq/db';
import { loadConfig, type TServerConfig } from '@ecq/server';
import type { TCliIo } from './cli-io';
import { countOf } from './output/text';

/** The options every command that opens the database takes, overriding `DATA_DIR` and `DATABASE_URL`. */
export interface TDatabaseOptions {
  readonly dataDir?: string;
  readonly databaseUrl?: string;
}

/** What `ecq serve` adds on top: the address to listen on, overriding `HOST` and `PORT`. */
export interface TServerOptions extends TDatabaseOptions {
  readonly port?: string;
  readonly host?: string;
}

/** The environment variables a flag overrides, so an error about the variable can name the flag instead. */
const FLAG_OF_VARIABLE: Readonly<Record<string, string>> = {
  PORT: '--port',
  HOST: '--host',
  DATA_DIR: '--data-dir',
  DATABASE_URL: '--database-url',
};

export const DATABASE_HELP =
  '\nThe database is the server\'s: PostgreSQL when DATABASE_URL (or --database-url) is set, else the embedded\n' +
  'PGlite database in DATA_DIR (or --data-dir; ./data by default). Only one process may open a PGlite data\n' +
  'directory at a time: stop `ecq serve` before running this against the same directory.';

/** Adds `--data-dir` and `--database-url`. */
export function addDatabaseOptions(command: Command): Command {
  return command
    .option('--data-dir <dir>', 'the PGlite data directory (overrides DATA_DIR and DATABASE_URL)')
    .option('--database-url <url>', 'a postgres:// URL (overrides DATABASE_URL)');
}

/**
 * The server's configuration as `npm start` reads it from the environment, with the flags given taking the
 * place of their variables. `--data-dir` chooses PGlite even when the environment names a PostgreSQL URL.
 * A relative data directory is resolved against the command's working directory.
 * @throws AppError `BAD_REQUEST` when both `--data-dir` and `--database-url` are given, and `loadConfig`'s
 * `VALIDATION_FAILED`, naming the flag when the bad value came from one.
 */
export function loadCliConfig(io: TCliIo, options: TServerOptions): TServerConfig {
  if (options.dataDir !== undefined && options.databaseUrl !== undefined) {
    throw new AppError('BAD_REQUEST', '--data-dir: give --data-dir (PGlite) or --database-url (PostgreSQL), not both', {
      field: '--data-dir',
    });
  }
  if (options.databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(options.databaseUrl)) {
    throw new AppError('VALIDATION_FAILED', `--database-url: expected a postgres:// URL; got "${options.databaseUrl}"`, {
      field: '--database-url',
    });
  }
  const overrides: Record<string, string | undefined> = {
    ...(options.port === undefined ? {} : { PORT: options.port }),
    ...(options.host === undefined ? {} : { HOST: options.host }),
    ...(options.dataDir === undefined ? {} : { DATA_DIR: options.dataDir, DATABASE_URL: undefined }),
    ...(options.databaseUrl === undefined ? {} : { DATABASE_URL: options.databaseUrl }),
  };
  let config: TServerConfig;
  try {
    config = loadConfig({ ...io.env, ...overrides });
  } catch (error) {
    const flag = error instanceof AppError && error.field !== undefined ? FLAG_OF_VARIABLE[error.field] : undefined;
    if (error instanceof AppError && flag !== undefined && error.field !== undefined && error.field in overrides) {
      throw new AppError(error.code, error.message.replace(error.field, flag), { field: flag, cause: error });
    }
    throw error;
  }
  return { ...config, dataDir: resolve(io.cwd, config.dataDir) };
}

/** Network and authentication failures of PostgreSQL, and its "no such database": the database is not there. */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', '28P01', '28000', '3D000']);

function unreachableCause(error: unknown): Error | undefined {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const { code } = current as Error & { code?: unknown };
    if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return current;
    if (current instanceof AggregateError) {
      const inner = current.errors.find((e: unknown) => unreachableCause(e) !== undefined);
      if (inner !== undefined) return unreachableCause(inner);
    }
    current = current.cause;
  }
  return undefined;
}

/**
 * Runs `work` with the configured database open, and closes it afterwards whatever happens. Unless the
 * command migrates (`isMigrating`), the database must already have every migration: commands other than
 * `ecq db …` never change the schema behind a running server's back.
 * @throws AppError `UNAVAILABLE` when the database cannot be reached or lacks migrations.
 */
export async function withDatabase<T>(
  config: TServerConfig,
  options: { readonly isMigrating?: boolean },
  work: (handle: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    let pending: number;
    try {
      pending = (await getMigrationStatus(handle.db)).pending.length;
    } catch (error) {
      const cause = unreachableCause(error);
      if (cause === undefined) throw error;
      throw new AppError('UNAVAILABLE', `database: cannot reach ${handle.location}: ${cause.message}`, { field: 'database', cause: error });
    }
    if (pending > 0 && options.isMigrating !== true) {
      throw new AppError(
        'UNAVAILABLE',
        `database: ${handle.location} lacks ${countOf(pending, 'migration')}; run \`ecq db migrate\` first`,
        { field: 'database' },
      );
    }
    return await work(handle);
  } finally {
    await handle.close();
  }
}

/** The database as commands print it: `pglite /path/to/data` or `postgres postgres://user:***@host/db`. */
export function describeDatabase(handle: DatabaseHandle): { kind: DatabaseHandle['kind']; location: string } {
  return { kind: handle.kind, location: handle.location };
}
