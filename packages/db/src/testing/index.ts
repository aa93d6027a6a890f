import { randomBytes } from 'node:crypto';
import { analyzeNarrative, ECQ_2025_PACK, getPack } from '@ecq/core';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type TDatabase } from '../database';
import { hashPassword } from '../passwords';
import { insertAgency, type TAgencyRow } from '../repositories/agencies-repository';
import {
  insertNarrativePackage,
  summarizeNarrativeAnalysis,
  type TNarrativePackageRow,
  type TNarrativeVersionRow,
} from '../repositories/narratives-repository';
import { insertUser, type TUserWithRoles } from '../repositories/users-repository';
import type { TRole } from '../roles';

/**
 * A fresh, migrated database for one test file: a new PostgreSQL database when `TEST_DATABASE_URL` is set
 * (dropped again on close), else PGlite in memory.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const handle = await openDatabase({});
    await handle.migrate();
    return handle;
  }
  const name = `ecq_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), poolSize: 5 });
  await handle.migrate();
  return {
    ...handle,
    async close() {
      await handle.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

let sequence = 0;
const next = () => `${Date.now().toString(36)}${(++sequence).toString(36)}`;

/** The password every factory-made user has. */
export const TEST_PASSWORD = 'correct horse battery staple';
let testPasswordHash: Promise<string> | undefined;

export async function createAgency(db: TDatabase, overrides: Partial<{ code: string; name: string }> = {}): Promise<TAgencyRow> {
  const code = overrides.code ?? `AG${next().toUpperCase()}`;
  return insertAgency(db, { code, name: overrides.name ?? `Agency ${code}` });
}

/** A user with the given roles; creates an agency for them unless one is given or they are OPM-wide. */
export async function createUser(
  db: TDatabase,
  options: { roles?: readonly TRole[]; agencyId?: string | null; email?: string; displayName?: string } = {},
): Promise<TUserWithRoles> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const roles = options.roles ?? ['candidate'];
  const agencyId =
    options.agencyId !== undefined ? options.agencyId : roles.includes('opm_admin') ? null : (await createAgency(db)).id;
  const id = next();
  return insertUser(db, {
    email: options.email ?? `user-${id}@test.example`,
    displayName: options.displayName ?? `Test user ${id}`,
    passwordHash: await testPasswordHash,
    agencyId,
    roles,
  });
}

/**
 * A narrative package with its first version, owned by `owner` (a new candidate when not given), analysed
 * without a page layout engine. Goes straight to the repository, as a fixture, not through the API.
 */
export async function createNarrativePackage(
  db: TDatabase,
  options: {
    owner?: { readonly id: string; readonly agencyId: string | null };
    modelId?: string;
    title?: string;
    candidateName?: string;
    text?: string;
    limits?: Readonly<Record<string, unknown>>;
  } = {},
): Promise<{ readonly package: TNarrativePackageRow; readonly version: TNarrativeVersionRow }> {
  const owner = options.owner ?? (await createUser(db, { roles: ['candidate'] }));
  const modelId = options.modelId ?? ECQ_2025_PACK.id;
  const text = options.text ?? '';
  const report = analyzeNarrative(text, { model: getPack(modelId).model });
  return insertNarrativePackage(db, {
    ownerUserId: owner.id,
    agencyId: owner.agencyId,
    title: options.title ?? `Narrative ${next()}`,
    candidateName: options.candidateName ?? 'Test Candidate',
    modelId,
    limits: options.limits ?? {},
    firstVersion: { text, source: 'typed', createdBy: owner.id, analysis: summarizeNarrativeAnalysis(report) },
  });
}
