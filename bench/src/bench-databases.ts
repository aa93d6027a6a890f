import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '@ecq/db';

const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** Runs `measure` on PGlite on disk, as the app runs it, in a fresh directory removed afterwards. */
export async function withPgliteOnDisk<T>(label: string, measure: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), `ecq-${label}-`));
  const handle = await openDatabase({ dataDir: join(dir, 'data') });
  try {
    return await measure(handle);
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs `measure` on a fresh PostgreSQL database (BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local
 * server), dropped afterwards; null, with a printed note, when none can be reached. `measure` gets the
 * database's URL too, for tools that connect by themselves.
 */
export async function withFreshPostgres<T>(measure: (handle: DatabaseHandle, url: string) => Promise<T>): Promise<T | null> {
  const adminUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || DEFAULT_POSTGRES_URL;
  const shown = adminUrl.replace(/:[^:@/]*@/, ':***@');
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  const name = `ecq_bench_${randomBytes(6).toString('hex')}`;
  try {
    await admin.connect();
    await admin.query(`create database ${name}`);
  } catch (error) {
    await admin.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    console.log(`postgres: skipped, cannot use ${shown} (${reason}); set BENCH_DATABASE_URL to measure it`);
    return null;
  }
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  try {
    return await measure(handle, url.toString());
  } finally {
    await handle.close();
    const dropper = new pg.Client({ connectionString: adminUrl });
    await dropper.connect();
    await dropper.query(`drop database if exists ${name} with (force)`);
    await dropper.end();
  }
}
