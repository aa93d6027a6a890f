import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { AppError, type TProblem } from '@ecq/core';
import {
  getAgencyByCode,
  listAgencies,
  listUsers,
  ROLES,
  type TAgencyRow,
  type TDatabase,
  type TUserWithRoles,
} from '@ecq/db';
import { createUser, ZCreateUserRequest } from '@ecq/server';
import type { TCliIo } from '../cli-io';
import { addDatabaseOptions, DATABASE_HELP, loadCliConfig, withDatabase, type TDatabaseOptions } from '../database-options';
import { formatJson } from '../output/json';
import { formatTable } from '../output/table';
import { countOf } from '../output/text';

/** Environment variable holding the new user's password, so it need not appear in the shell's history. */
export const USER_PASSWORD_ENV = 'ECQ_USER_PASSWORD';

/** Keyset page size when reading every user or agency. */
const PAGE_SIZE = 500;

interface TCreateOptions extends TDatabaseOptions {
  readonly email: string;
  readonly name: string;
  readonly role?: readonly string[];
  readonly agency?: string;
  readonly password?: string;
  readonly json?: boolean;
}

interface TListOptions extends TDatabaseOptions {
  readonly agency?: string;
  readonly json?: boolean;
}

/** The request fields of `ZCreateUserRequest` and of the use case, by the flag that sets them. */
const FLAG_OF_FIELD: Readonly<Record<string, string>> = {
  email: '--email',
  displayName: '--name',
  password: '--password',
  agencyId: '--agency',
  roles: '--role',
};

function flagOf(path: readonly PropertyKey[], passwordSource: string): string {
  const field = String(path[0] ?? 'input');
  return field === 'password' ? passwordSource : (FLAG_OF_FIELD[field] ?? field);
}

/**
 * Rewrites the field names of the API's messages as this command's flags: the `email: …` prefix becomes
 * `--email: …`, and a camel-cased field named in the text (`give agencyId`) becomes its flag too.
 */
function withFlagNames(error: unknown): unknown {
  if (!(error instanceof AppError) || error.field === undefined) return error;
  const flag = FLAG_OF_FIELD[error.field];
  if (flag === undefined) return error;
  let message = error.message.startsWith(`${error.field}:`) ? `${flag}${error.message.slice(error.field.length)}` : error.message;
  for (const [field, fieldFlag] of Object.entries(FLAG_OF_FIELD)) {
    if (/[A-Z]/.test(field)) message = message.replace(new RegExp(`\\b${field}\\b`, 'g'), fieldFlag);
  }
  return new AppError(error.code, message, { field: flag, problems: error.problems, cause: error });
}

/**
 * Checks the flags with the API's own request schema (`ZCreateUserRequest`), so the command and the API
 * accept exactly the same users. The agency is checked separately: the command names it by code.
 * `passwordSource` names where the password came from (`--password` or ECQ_USER_PASSWORD) for its errors.
 * @throws AppError `VALIDATION_FAILED` naming the first bad flag, every problem listed.
 */
function parseCreateRequest(options: TCreateOptions, password: string, passwordSource: string) {
  const result = ZCreateUserRequest.safeParse({
    email: options.email,
    displayName: options.name,
    password,
    agencyId: null,
    roles: options.role ?? [],
  });
  if (result.success) return result.data;
  const problems: TProblem[] = result.error.issues.map((issue) => {
    const flag = flagOf(issue.path, passwordSource);
    const index = issue.path[1];
    const value = flag === '--role' && typeof index === 'number' ? `"${options.role?.[index] ?? ''}": ` : '';
    return { path: flag, message: `${value}${issue.message}` };
  });
  const first = problems[0]!;
  const more = problems.length > 1 ? ` (and ${countOf(problems.length - 1, 'more problem')})` : '';
  // One problem is the message itself; several are listed under it, each after its flag.
  throw new AppError('VALIDATION_FAILED', `${first.path}: ${first.message}${more}`, {
    field: first.path,
    problems: problems.length > 1 ? problems : [],
  });
}

/** @throws AppError `NOT_FOUND` naming `--agency` when no agency has the code. */
async function requireAgency(db: TDatabase, code: string): Promise<TAgencyRow> {
  const agency = await getAgencyByCode(db, code);
  if (!agency) throw new AppError('NOT_FOUND', `--agency: no agency with code "${code}"`, { field: '--agency' });
  return agency;
}

async function agencyCodes(db: TDatabase): Promise<Map<string, string>> {
  const codes = new Map<string, string>();
  for (let afterCode: string | undefined; ; ) {
    const page = await listAgencies(db, { afterCode, limit: PAGE_SIZE });
    for (const agency of page) codes.set(agency.id, agency.code);
    if (page.length < PAGE_SIZE) return codes;
    afterCode = page.at(-1)?.code;
  }
}

/** A user as the command prints it: the agency by code, never the password hash. */
export function presentCliUser(user: TUserWithRoles, agencyCode: string | null) {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    agency: agencyCode,
    roles: [...user.roles],
    isActive: user.isActive,
    createdAt: user.createdAt.toISOString(),
  };
}

function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

function registerCreateCommand(users: Command, io: TCliIo): void {
  const command = users
    .command('create')
    .description('create a user with a password and roles, directly in the database (audited as user.created)')
    .requiredOption('--email <email>', 'the user\'s email, used to sign in (stored lower-cased)')
    .requiredOption('--name <name>', 'the name shown for the user')
    .option(
      '--role <role>',
      `a role, repeatable: ${ROLES.join(', ')}`,
      (value: string, previous: readonly string[] | undefined) => [...(previous ?? []), value],
    )
    .option('--agency <code>', 'the agency\'s code, e.g. DOE (needed for every role but opm_admin)')
    .option('--password <password>', `the password (overrides ${USER_PASSWORD_ENV}; generated and printed once when neither is given)`);
  addDatabaseOptions(command)
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      `\nThe rules are the API's (POST /api/users): a valid email not yet taken, at least one known role, a\n` +
        'password of at least 12 characters, and an agency for every role but opm_admin. The audit event has no\n' +
        `actor: it was the command line.\n${DATABASE_HELP}\n\nExamples:\n` +
        '  ecq users create --email pat@doe.gov --name "Pat Lee" --role agency_hr --agency DOE\n' +
        `  ${USER_PASSWORD_ENV}=… ecq users create --email admin@opm.gov --name "OPM Admin" --role opm_admin`,
    )
    .action(async (options: TCreateOptions) => {
      const givenPassword = options.password ?? (io.env[USER_PASSWORD_ENV] || undefined);
      const password = givenPassword ?? generatePassword();
      const passwordSource = options.password === undefined ? USER_PASSWORD_ENV : '--password';
      const request = parseCreateRequest(options, password, passwordSource);
      const config = loadCliConfig(io, options);
      await withDatabase(config, {}, async (handle) => {
        const agency = options.agency === undefined ? null : await requireAgency(handle.db, options.agency);
        let user: TUserWithRoles;
        try {
          user = await createUser({ db: handle.db }, { ...request, agencyId: agency?.id ?? null, actor: null, requestId: null });
        } catch (error) {
          throw withFlagNames(error);
        }
        const generatedPassword = givenPassword === undefined ? password : null;
        if (options.json === true) {
          io.stdout(formatJson({ user: presentCliUser(user, agency?.code ?? null), password: generatedPassword }));
          return;
        }
        io.stdout(
          `created user ${user.email} (${user.id}) with ${countOf(user.roles.length, 'role')} ` +
            `(${user.roles.join(', ')}) ${agency === null ? 'in no agency' : `in ${agency.code}`}\n`,
        );
        if (generatedPassword !== null) io.stdout(`password (shown once): ${generatedPassword}\n`);
      });
    });
}

function registerListCommand(users: Command, io: TCliIo): void {
  const command = users
    .command('list')
    .description('list the users, by email')
    .option('--agency <code>', 'only the users of this agency, e.g. DOE');
  addDatabaseOptions(command)
    .option('--json', 'print JSON')
    .addHelpText('after', `${DATABASE_HELP}\n\nExamples:\n  ecq users list\n  ecq users list --agency DOE --json`)
    .action(async (options: TListOptions) => {
      const config = loadCliConfig(io, options);
      await withDatabase(config, {}, async ({ db }) => {
        const agency = options.agency === undefined ? null : await requireAgency(db, options.agency);
        const codes = await agencyCodes(db);
        const all: TUserWithRoles[] = [];
        for (let afterEmail: string | undefined; ; ) {
          const page = await listUsers(db, { agencyId: agency?.id, afterEmail, limit: PAGE_SIZE });
          all.push(...page);
          if (page.length < PAGE_SIZE) break;
          afterEmail = page.at(-1)?.email;
        }
        const listed = all.map((user) => presentCliUser(user, user.agencyId === null ? null : (codes.get(user.agencyId) ?? null)));
        if (options.json === true) {
          io.stdout(formatJson({ agency: agency?.code ?? null, users: listed }));
          return;
        }
        if (listed.length === 0) {
          io.stdout(agency === null ? 'no users\n' : `no users in ${agency.code}\n`);
          return;
        }
        io.stdout(
          formatTable(
            [{ header: 'EMAIL' }, { header: 'NAME' }, { header: 'AGENCY' }, { header: 'ROLES' }, { header: 'ACTIVE' }],
            listed.map((u) => [u.email, u.displayName, u.agency ?? '-', u.roles.join(', '), u.isActive ? 'yes' : 'no']),
          ),
        );
        io.stdout(`\n${countOf(listed.length, 'user')}${agency === null ? '' : ` in ${agency.code}`}\n`);
      });
    });
}

export function registerUsersCommand(program: Command, io: TCliIo): void {
  const users = program.command('users').description('create and list users, directly in the database');
  registerCreateCommand(users, io);
  registerListCommand(users, io);
}
