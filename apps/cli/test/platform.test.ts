import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serializeCasePackage } from '@ecq/core';
import { generateCasePackage } from '@ecq/core/testing';
import {
  countAuditEvents,
  demoUsers,
  getUserByEmail,
  listAuditEvents,
  MIGRATIONS_FOLDER,
  openDatabase,
  verifyPassword,
  type DatabaseHandle,
} from '@ecq/db';
import pg from 'pg';
import { REPO_ROOT, runInProcess, STACK_FRAME, type TCliResult } from './helpers';

/**
 * The platform commands (db, users, packs, serve) on a real database: a PGlite data directory, or with
 * TEST_DATABASE_URL a fresh PostgreSQL database, created here and dropped afterwards. The tests of one
 * describe share that database and run in order, as an operator would run the commands.
 */

/** Every migration of the repository, in order, as drizzle-kit's journal lists them. */
const MIGRATION_TAGS = (
  JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] }
).entries.map((entry) => entry.tag);
const MIGRATION_COUNT = `${MIGRATION_TAGS.length} migration${MIGRATION_TAGS.length === 1 ? '' : 's'}`;

interface TTarget {
  /** `--data-dir <dir>` or `--database-url <url>`. */
  readonly args: readonly string[];
  open(): Promise<DatabaseHandle>;
  dispose(): Promise<void>;
}

async function createTarget(): Promise<TTarget> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'ecq-cli-'));
    const dataDir = join(dir, 'data');
    return {
      args: ['--data-dir', dataDir],
      open: () => openDatabase({ dataDir }),
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `ecq_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    args: ['--database-url', url.toString()],
    open: () => openDatabase({ url: url.toString(), poolSize: 2 }),
    async dispose() {
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** Opens the database beside the command (after it has closed it) to check what it wrote. */
async function inspect<T>(target: TTarget, read: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await target.open();
  try {
    return await read(handle);
  } finally {
    await handle.close();
  }
}

function jsonOf<T>(result: TCliResult): T {
  expect(result.exitCode, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as T;
}

interface TListedUser {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly agency: string | null;
  readonly roles: readonly string[];
}

interface TListedPack {
  readonly id: string;
  readonly origin: string;
  readonly version: number;
}

const DEMO_PASSWORD = 'x-demo-password-for-tests';

describe('ecq db, users and packs on a fresh database', () => {
  let target: TTarget;
  const ecq = (args: readonly string[], env: Readonly<Record<string, string>> = {}) =>
    runInProcess([...args, ...target.args], { env });
  const listUsers = async (): Promise<TListedUser[]> => jsonOf<{ users: TListedUser[] }>(await ecq(['users', 'list', '--json'])).users;
  const listPacks = async (): Promise<TListedPack[]> => jsonOf<{ packs: TListedPack[] }>(await ecq(['packs', 'list', '--json'])).packs;

  beforeAll(async () => {
    target = await createTarget();
  });
  afterAll(async () => {
    await target.dispose();
  });

  test('before migrating, users list refuses with exit 6 and says to run ecq db migrate', async () => {
    const result = await ecq(['users', 'list']);
    expect(result.exitCode).toBe(6);
    expect(result.stderr).toMatch(new RegExp(`^ecq: database: .+ lacks ${MIGRATION_COUNT}; run \`ecq db migrate\` first\n$`));
  });

  test('db migrate applies every migration and names them; a second run has nothing to do', async () => {
    expect(MIGRATION_TAGS[0]).toMatch(/^\d{14}_initial$/);
    const first = await ecq(['db', 'migrate']);
    expect(first.exitCode, first.stderr).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`^applied ${MIGRATION_COUNT} to (pglite|postgres) database .+:\n`));
    expect(first.stdout.split('\n').slice(1, -1)).toEqual(MIGRATION_TAGS.map((tag) => `  ${tag}`));
    const second = jsonOf<{ migrations: { applied: string[]; total: number } }>(await ecq(['db', 'migrate', '--json']));
    expect(second.migrations).toEqual({ applied: [], total: MIGRATION_TAGS.length });
  });

  test('db seed --demo --password creates the demo agencies and users, with that password', async () => {
    const result = await ecq(['db', 'seed', '--demo', '--password', DEMO_PASSWORD]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain('built-in policy packs: installed or refreshed 3 packs');
    // 4 agencies, 11 users (one per role, DOI's staff, three more QRB members) and the 4 members of the QRB roster.
    expect(result.stdout).toContain('demo: created 19 agencies, users and roster members');
    expect(result.stdout).not.toContain('shown once');

    const users = await listUsers();
    const expected = demoUsers();
    expect(users.map((u) => u.email).sort()).toEqual(expected.map((u) => u.email).sort());
    for (const demo of expected) {
      expect(users.find((u) => u.email === demo.email)).toMatchObject({ agency: demo.agencyCode, roles: [demo.role] });
    }
    const admin = await inspect(target, ({ db }) => getUserByEmail(db, 'opm.admin@ecq.example'));
    expect(await verifyPassword(admin!.passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  test('running db seed --demo again changes nothing: no user, pack or audit event added, passwords kept', async () => {
    const usersBefore = await listUsers();
    const packsBefore = await listPacks();
    const eventsBefore = await inspect(target, ({ db }) => countAuditEvents(db));

    const again = jsonOf<{ builtInPacks: { changed: number }; demo: { created: number; password: string | null } }>(
      await ecq(['db', 'seed', '--demo', '--json']),
    );
    expect(again.builtInPacks.changed).toBe(0);
    expect(again.demo).toMatchObject({ created: 0, password: null });

    expect(await listUsers()).toEqual(usersBefore);
    expect(await listPacks()).toEqual(packsBefore);
    expect(await inspect(target, ({ db }) => countAuditEvents(db))).toBe(eventsBefore);
    const admin = await inspect(target, ({ db }) => getUserByEmail(db, 'opm.admin@ecq.example'));
    expect(await verifyPassword(admin!.passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  test('packs list shows the three built-in packs after seeding', async () => {
    const packs = await listPacks();
    expect(packs.map((p) => [p.id, p.origin])).toEqual([
      ['ecq-2006', 'built-in'],
      ['ecq-2025', 'built-in'],
      ['ecq-2025-may', 'built-in'],
    ]);
    const text = await ecq(['packs', 'list']);
    expect(text.stdout).toMatch(/^ecq-2025-may +Executive Core Qualifications \(May 2025, Merit Hiring Plan\) +built-in/m);
    expect(text.stdout).toContain('3 policy packs');
  });

  test('users create makes the user with the password given, audited as user.created with no actor', async () => {
    const result = await ecq([
      'users', 'create', '--email', 'Pat.Lee@Energy.example', '--name', 'Pat Lee',
      '--role', 'agency_hr', '--role', 'rating_official', '--agency', 'DOE', '--password', 'a long enough password',
    ]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^created user pat\.lee@energy\.example \([0-9a-f-]{36}\) with 2 roles \(agency_hr, rating_official\) in DOE\n$/);

    const listed = (await listUsers()).find((u) => u.email === 'pat.lee@energy.example');
    expect(listed).toMatchObject({ displayName: 'Pat Lee', agency: 'DOE', roles: ['agency_hr', 'rating_official'] });
    await inspect(target, async ({ db }) => {
      const user = await getUserByEmail(db, 'pat.lee@energy.example');
      expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(user!.passwordHash, 'a long enough password')).toBe(true);
      const events = await listAuditEvents(db, { action: 'user.created', entityId: user!.id, limit: 10 });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorUserId: null, agencyId: user!.agencyId, requestId: null });
      expect(JSON.stringify(events[0]!.after)).not.toContain('argon2');
    });
  });

  test('users create without a password takes ECQ_USER_PASSWORD, or generates one and prints it once', async () => {
    const fromEnv = jsonOf<{ user: TListedUser; password: string | null }>(
      await ecq(['users', 'create', '--email', 'env@opm.example', '--name', 'From Env', '--role', 'opm_admin', '--json'], {
        ECQ_USER_PASSWORD: 'password from the environment',
      }),
    );
    expect(fromEnv).toMatchObject({ user: { email: 'env@opm.example', agency: null, roles: ['opm_admin'] }, password: null });

    const generated = await ecq(['users', 'create', '--email', 'gen@opm.example', '--name', 'Generated', '--role', 'opm_admin']);
    expect(generated.exitCode, generated.stderr).toBe(0);
    const password = /^password \(shown once\): (\S+)$/m.exec(generated.stdout)?.[1];
    expect(password?.length).toBeGreaterThanOrEqual(12);

    await inspect(target, async ({ db }) => {
      const fromEnvUser = await getUserByEmail(db, 'env@opm.example');
      expect(await verifyPassword(fromEnvUser!.passwordHash, 'password from the environment')).toBe(true);
      const generatedUser = await getUserByEmail(db, 'gen@opm.example');
      expect(await verifyPassword(generatedUser!.passwordHash, password ?? '')).toBe(true);
    });
  });

  test.each([
    {
      name: 'a bad email',
      args: ['--email', 'not-an-email', '--name', 'X', '--role', 'candidate', '--agency', 'DOE'],
      exitCode: 2,
      message: /^ecq: --email: Invalid email address\n$/,
    },
    {
      name: 'an unknown role',
      args: ['--email', 'x1@doe.example', '--name', 'X', '--role', 'wizard', '--agency', 'DOE'],
      exitCode: 2,
      message: /^ecq: --role: "wizard": Invalid option: expected one of "candidate"\|/,
    },
    {
      name: 'no role',
      args: ['--email', 'x2@doe.example', '--name', 'X', '--agency', 'DOE'],
      exitCode: 2,
      message: /^ecq: --role: give at least one role\n$/,
    },
    {
      name: 'a short password',
      args: ['--email', 'x3@doe.example', '--name', 'X', '--role', 'candidate', '--agency', 'DOE', '--password', 'short'],
      exitCode: 2,
      message: /^ecq: --password: Too small: expected string to have >=12 characters\n$/,
    },
    {
      name: 'an unknown agency code',
      args: ['--email', 'x4@doe.example', '--name', 'X', '--role', 'candidate', '--agency', 'NOPE'],
      exitCode: 3,
      message: /^ecq: --agency: no agency with code "NOPE"\n$/,
    },
    {
      name: 'an agency-scoped role without an agency',
      args: ['--email', 'x5@doe.example', '--name', 'X', '--role', 'candidate'],
      exitCode: 2,
      message: /^ecq: --agency: every role but opm_admin belongs to an agency; give --agency\n$/,
    },
    {
      name: 'an email already taken, in another case',
      args: ['--email', 'PAT.LEE@energy.example', '--name', 'X', '--role', 'candidate', '--agency', 'DOE'],
      exitCode: 5,
      message: /^ecq: --email: a user with email "pat\.lee@energy\.example" already exists\n$/,
    },
    {
      name: 'a missing --name',
      args: ['--email', 'x6@doe.example', '--role', 'candidate', '--agency', 'DOE'],
      exitCode: 2,
      message: /^ecq: required option '--name <name>' not specified\n/,
    },
  ])('users create refuses $name with exit $exitCode and one line naming the option', async ({ args, exitCode, message }) => {
    const before = await listUsers();
    const result = await ecq(['users', 'create', ...args, ...(args.includes('--password') ? [] : ['--password', 'a long enough password'])]);
    expect(result.exitCode).toBe(exitCode);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    expect(await listUsers()).toEqual(before);
  });

  test('users create --json reports the error as JSON with its exit code', async () => {
    const result = await ecq(['users', 'create', '--email', 'x@doe.example', '--name', 'X', '--role', 'candidate', '--agency', 'NOPE', '--json']);
    expect(result.exitCode).toBe(3);
    expect(JSON.parse(result.stdout)).toEqual({
      error: { code: 'NOT_FOUND', message: '--agency: no agency with code "NOPE"', field: '--agency' },
      exitCode: 3,
    });
  });

  test('users list --agency lists that agency\'s users only; an unknown code exits 3', async () => {
    const doi = jsonOf<{ agency: string; users: TListedUser[] }>(await ecq(['users', 'list', '--agency', 'DOI', '--json']));
    expect(doi).toMatchObject({
      agency: 'DOI',
      users: [
        { email: 'agency.hr.doi@ecq.example', agency: 'DOI', roles: ['agency_hr'] },
        { email: 'qrb.member.doi@ecq.example', agency: 'DOI', roles: ['qrb_member'] },
      ],
    });
    expect(doi.users).toHaveLength(2);
    const text = await ecq(['users', 'list', '--agency', 'DOE']);
    expect(text.stdout).toMatch(/^pat\.lee@energy\.example +Pat Lee +DOE +agency_hr, rating_official +yes$/m);
    expect(text.stdout).toContain('7 users in DOE');
    const unknown = await ecq(['users', 'list', '--agency', 'NOPE']);
    expect(unknown.exitCode).toBe(3);
  });

  describe('packs import', () => {
    let dir: string;
    const write = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text, 'utf8');
      return path;
    };
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'ecq-packs-'));
    });
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    test('imports a framework, audited with no actor; packs list then shows it as imported', async () => {
      const file = write('generated.case.json', serializeCasePackage(generateCasePackage({ ecqs: 3, subsPerEcq: 2 })));
      const result = await ecq(['packs', 'import', file]);
      expect(result.exitCode, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^imported policy pack generated-3x2x0\n/);
      expect(result.stdout).toMatch(/^ECQs: +3$/m);
      expect(result.stdout).toMatch(/^sub-competencies: +6$/m);

      expect((await listPacks()).map((p) => [p.id, p.origin])).toEqual([
        ['ecq-2006', 'built-in'],
        ['ecq-2025', 'built-in'],
        ['ecq-2025-may', 'built-in'],
        ['generated-3x2x0', 'imported'],
      ]);
      const events = await inspect(target, ({ db }) =>
        listAuditEvents(db, { action: 'policy_pack.imported', entityId: 'generated-3x2x0', limit: 10 }),
      );
      expect(events).toHaveLength(1);
      expect(events[0]?.actorUserId).toBeNull();
    });

    test('importing the same pack again exits 5, and so does an export of a built-in pack', async () => {
      const again = await ecq(['packs', 'import', join(dir, 'generated.case.json')]);
      expect(again.exitCode).toBe(5);
      expect(again.stderr).toMatch(/^ecq: id: a policy pack "generated-3x2x0" already exists/);

      const exported = await runInProcess(['export', 'case', 'ecq-2025', '--out', join(dir, 'ecq-2025.case.json')]);
      expect(exported.exitCode, exported.stderr).toBe(0);
      const builtIn = await ecq(['packs', 'import', join(dir, 'ecq-2025.case.json')]);
      expect(builtIn.exitCode).toBe(5);
      expect(builtIn.stderr).toContain('"ecq-2025" already exists');
      expect(await listPacks()).toHaveLength(4);
    });

    test('an invalid package exits 4 and lists each problem at its JSON path; --json carries them too', async () => {
      const file = write('invalid.case.json', JSON.stringify({ CFDocument: { identifier: 'x' }, CFItems: [{ identifier: 3 }] }));
      const result = await ecq(['packs', 'import', file]);
      expect(result.exitCode).toBe(4);
      expect(result.stderr).toMatch(/^ecq: file: .+invalid\.case\.json is not a valid CASE framework: \d+ problems\n/);
      expect(result.stderr).toMatch(/^ {2}\$\.CFDocument\.identifier: /m);
      expect(result.stderr).toMatch(/^ {2}\$\.CFItems\[0\]\.identifier: /m);

      const json = await ecq(['packs', 'import', file, '--json']);
      expect(json.exitCode).toBe(4);
      const reported = JSON.parse(json.stdout) as { error: { code: string; problems: { path: string }[] } };
      expect(reported.error.code).toBe('INVALID_CASE_PACKAGE');
      expect(reported.error.problems.map((p) => p.path)).toContain('$.CFItems[0].identifier');
      expect(await listPacks()).toHaveLength(4);
    });

    test('a crosswalk is not a framework (exit 4); a missing file exits 3', async () => {
      const crosswalk = await runInProcess(['export', 'case', '--crosswalk', 'ecq-2006', 'ecq-2025', '--out', join(dir, 'crosswalk.case.json')]);
      expect(crosswalk.exitCode, crosswalk.stderr).toBe(0);
      const result = await ecq(['packs', 'import', join(dir, 'crosswalk.case.json')]);
      expect(result.exitCode).toBe(4);
      expect(result.stderr).toContain('$.CFItems: this CASE package is a crosswalk');
      const missing = await ecq(['packs', 'import', join(dir, 'no-such.json')]);
      expect(missing.exitCode).toBe(3);
      expect(missing.stderr).toMatch(/^ecq: file: no such file: /);
    });
  });
});

describe('database options', () => {
  test('--data-dir and --database-url together are a usage error (exit 2)', async () => {
    const result = await runInProcess(['db', 'migrate', '--data-dir', 'x', '--database-url', 'postgres://localhost/x']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('ecq: --data-dir: give --data-dir (PGlite) or --database-url (PostgreSQL), not both\n');
  });

  test('a PostgreSQL nobody listens on is unavailable (exit 6), named without its password', async () => {
    const result = await runInProcess(['users', 'list', '--database-url', 'postgres://ecq:secret@127.0.0.1:1/ecq']);
    expect(result.exitCode).toBe(6);
    expect(result.stderr).toMatch(/^ecq: database: cannot reach postgres:\/\/ecq:\*\*\*@127\.0\.0\.1:1\/ecq: .*ECONNREFUSED/);
    expect(result.stderr).not.toContain('secret');
  });

  test('serve --port with a bad value exits 2 naming --port, before opening anything', async () => {
    const result = await runInProcess(['serve', '--port', 'http', '--data-dir', join(tmpdir(), 'ecq-never-created')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('ecq: --port must be an integer from 0 to 65535; got "http"\n');
  });

  test('db seed --password without --demo is a usage error', async () => {
    const result = await runInProcess(['db', 'seed', '--password', 'whatever it is', '--data-dir', 'x']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--password: sets the demo users\' password, so it needs --demo');
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

describe('ecq serve, spawned', () => {
  test('answers /readyz on the port given and stops on SIGTERM with exit 0', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecq-serve-'));
    const port = await freePort();
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !key.startsWith('ECQ_') && key !== 'DATABASE_URL' && key !== 'DATA_DIR'),
    );
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'apps/cli/src/main.ts', 'serve', '--port', String(port), '--data-dir', join(dir, 'data')],
      { cwd: REPO_ROOT, env: { ...env, ECQ_SEED_DEMO: 'false', LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    try {
      const deadline = Date.now() + 45_000;
      while (!stdout.includes('listening on') && child.exitCode === null && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(stdout, stderr).toContain(`ecq serve: listening on http://127.0.0.1:${port} (pglite: ${join(dir, 'data')})`);

      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ready' });

      child.kill('SIGTERM');
      expect(await exited).toEqual({ code: 0, signal: null });
      expect(stdout).toContain('ecq serve: SIGTERM received; stopped');
      expect(stdout + stderr).not.toContain(STACK_FRAME);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
