import type { Command } from 'commander';
import { AppError } from '@ecq/core';
import {
  generateDemoPassword,
  getMigrationStatus,
  seedBuiltInPacks,
  seedDemo,
  type DatabaseHandle,
  type DemoUser,
} from '@ecq/db';
import type { TCliIo } from '../cli-io';
import { addDatabaseOptions, DATABASE_HELP, describeDatabase, loadCliConfig, withDatabase, type TDatabaseOptions } from '../database-options';
import { formatJson } from '../output/json';
import { formatTable } from '../output/table';
import { countOf } from '../output/text';

/** Environment variable holding the demo users' password, as for the server. */
export const DEMO_PASSWORD_ENV = 'ECQ_DEMO_PASSWORD';

interface TMigrateOptions extends TDatabaseOptions {
  readonly json?: boolean;
}

interface TSeedOptions extends TDatabaseOptions {
  readonly demo?: boolean;
  readonly password?: string;
  readonly json?: boolean;
}

/** What a migration run did: the migrations it applied now, and how many the database has in all. */
interface TMigrationReport {
  readonly applied: readonly string[];
  readonly total: number;
}

/** Applies the pending migrations and reports them by name. */
async function migrate(handle: DatabaseHandle): Promise<TMigrationReport> {
  const before = await getMigrationStatus(handle.db);
  await handle.migrate();
  const after = await getMigrationStatus(handle.db);
  const appliedNow = new Set(before.pending.map((m) => m.tag));
  return { applied: after.applied.filter((m) => appliedNow.has(m.tag)).map((m) => m.tag), total: after.applied.length };
}

function formatMigrationReport(handle: DatabaseHandle, report: TMigrationReport): string {
  const where = `${handle.kind} database ${handle.location}`;
  if (report.applied.length === 0) {
    return `${where} is up to date (${countOf(report.total, 'migration')}, none pending)\n`;
  }
  return `applied ${countOf(report.applied.length, 'migration')} to ${where}:\n${report.applied.map((tag) => `  ${tag}\n`).join('')}`;
}

function presentDemoUser(user: DemoUser) {
  return { email: user.email, role: user.role, agency: user.agencyCode };
}

function registerMigrateCommand(db: Command, io: TCliIo): void {
  const command = db.command('migrate').description('apply the database migrations that are not applied yet, and say which');
  addDatabaseOptions(command)
    .option('--json', 'print JSON')
    .addHelpText('after', `${DATABASE_HELP}\n\nExamples:\n  ecq db migrate\n  ecq db migrate --database-url postgres://ecq@db/ecq`)
    .action(async (options: TMigrateOptions) => {
      const config = loadCliConfig(io, options);
      await withDatabase(config, { isMigrating: true }, async (handle) => {
        const report = await migrate(handle);
        io.stdout(
          options.json === true
            ? formatJson({ database: describeDatabase(handle), migrations: report })
            : formatMigrationReport(handle, report),
        );
      });
    });
}

function registerSeedCommand(db: Command, io: TCliIo): void {
  const command = db
    .command('seed')
    .description('migrate, install the built-in policy packs and, with --demo, the demo agencies, users and QRB roster');
  addDatabaseOptions(command)
    .option('--demo', 'also create the demo agencies (OPM, DOE, DOI) and one user per role')
    .option('--password <password>', `the demo users' password (overrides ${DEMO_PASSWORD_ENV}; generated when neither is given)`)
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nIdempotent: what exists is left alone, so a second run changes nothing and keeps every password. A\n' +
        'generated password is printed once, when it is given to newly created users.\n' +
        `${DATABASE_HELP}\n\nExamples:\n  ecq db seed\n  ecq db seed --demo\n  ecq db seed --demo --password 'correct horse battery staple'`,
    )
    .action(async (options: TSeedOptions) => {
      if (options.password !== undefined && options.demo !== true) {
        throw new AppError('BAD_REQUEST', '--password: sets the demo users\' password, so it needs --demo', { field: '--password' });
      }
      const config = loadCliConfig(io, options);
      const givenPassword = options.password ?? (io.env[DEMO_PASSWORD_ENV] || undefined);
      await withDatabase(config, { isMigrating: true }, async (handle) => {
        const migrations = await migrate(handle);
        const packs = await seedBuiltInPacks(handle.db);
        let demo: { created: number; users: readonly DemoUser[]; generatedPassword: string | null } | null = null;
        if (options.demo === true) {
          const password = givenPassword ?? generateDemoPassword();
          const seeded = await seedDemo(handle.db, { password });
          // A generated password matters only if someone was given it.
          const generatedPassword = givenPassword === undefined && seeded.created > 0 ? password : null;
          demo = { created: seeded.created, users: seeded.users, generatedPassword };
        }
        if (options.json === true) {
          io.stdout(
            formatJson({
              database: describeDatabase(handle),
              migrations,
              builtInPacks: { changed: packs.changed },
              demo: demo === null ? null : { created: demo.created, password: demo.generatedPassword, users: demo.users.map(presentDemoUser) },
            }),
          );
          return;
        }
        io.stdout(formatMigrationReport(handle, migrations));
        io.stdout(
          packs.changed === 0
            ? 'built-in policy packs: already installed\n'
            : `built-in policy packs: installed or refreshed ${countOf(packs.changed, 'pack')}\n`,
        );
        if (demo === null) return;
        io.stdout(
          demo.created === 0
            ? '\ndemo: every agency and user already existed; nothing changed, passwords kept\n'
            : `\ndemo: created ${countOf(demo.created, 'agency, user or roster member', 'agencies, users and roster members')}\n`,
        );
        io.stdout(formatTable([{ header: 'EMAIL' }, { header: 'ROLE' }, { header: 'AGENCY' }], demo.users.map((u) => [u.email, u.role, u.agencyCode])));
        if (demo.generatedPassword !== null) {
          io.stdout(`\nthe new demo users' password (shown once): ${demo.generatedPassword}\n`);
        } else if (demo.created > 0) {
          io.stdout(`\nthe new demo users' password is the one given (--password or ${DEMO_PASSWORD_ENV})\n`);
        }
      });
    });
}

export function registerDbCommand(program: Command, io: TCliIo): void {
  const db = program.command('db').description('set up the database: migrations, built-in packs, demo data');
  registerMigrateCommand(db, io);
  registerSeedCommand(db, io);
}
