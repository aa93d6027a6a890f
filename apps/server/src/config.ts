import { AppError, parseFollowList } from '@ecq/core';

export interface TServerConfig {
  readonly port: number;
  readonly host: string;
  /** PostgreSQL URL; when absent the embedded PGlite database in `dataDir` is used. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  /** Secure cookies: on when TLS terminates here or in front (`COOKIE_SECURE=true`). */
  readonly cookieSecure: boolean;
  readonly sessionTtlMs: number;
  readonly demoPassword: string | undefined;
  readonly seedDemo: boolean;
  readonly logLevel: string;
  /** Alternative packs this deployment follows (`ECQ_FOLLOW`, e.g. `ecq-2025-may`). */
  readonly follow: readonly string[];
  /** Failed sign-ins per email within the window before sign-in answers 429. */
  readonly signInMaxFailures: number;
  readonly signInWindowMs: number;
  /** How long an instance trusts its policy-pack cache before checking the database's revision. */
  readonly packCacheTtlMs: number;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new AppError('VALIDATION_FAILED', `${name} must be an integer from ${min} to ${max}; got "${raw}"`, { field: name });
  }
  return value;
}

/** Reads the server's configuration from the environment, rejecting bad values with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): TServerConfig {
  return {
    port: integer(env, 'PORT', 3000, 0, 65_535),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR ?? './data',
    cookieSecure: env.COOKIE_SECURE === 'true',
    sessionTtlMs: integer(env, 'SESSION_TTL_MINUTES', 8 * 60, 1, 60 * 24 * 30) * 60_000,
    demoPassword: env.ECQ_DEMO_PASSWORD || undefined,
    seedDemo: env.ECQ_SEED_DEMO !== 'false',
    logLevel: env.LOG_LEVEL ?? 'info',
    follow: parseFollowList(env.ECQ_FOLLOW),
    signInMaxFailures: integer(env, 'SIGN_IN_MAX_FAILURES', 5, 1, 1000),
    signInWindowMs: integer(env, 'SIGN_IN_WINDOW_MINUTES', 15, 1, 24 * 60) * 60_000,
    packCacheTtlMs: integer(env, 'PACK_CACHE_TTL_SECONDS', 5, 0, 3600) * 1000,
  };
}
