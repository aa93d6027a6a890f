import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import type { TCliIo, TCliRun } from './cli-io';
import { registerCheckCommand } from './commands/check';
import { registerCrosswalkCommand } from './commands/crosswalk';
import { DEMO_PASSWORD_ENV, registerDbCommand } from './commands/db';
import { registerExportCommand } from './commands/export';
import { registerExportCaseCommand } from './commands/export-case';
import { registerImportCaseCommand } from './commands/import-case';
import { registerMigrateCommand } from './commands/migrate';
import { registerModelsCommand } from './commands/models';
import { registerPacksCommand } from './commands/packs';
import { registerServeCommand } from './commands/serve';
import { registerShowCommand } from './commands/show';
import { registerUsersCommand, USER_PASSWORD_ENV } from './commands/users';
import { registerWhichCommand } from './commands/which';
import { describeExitCodes } from './exit-codes';
import { FOLLOW_ENV } from './policy-settings';

/** Environment variable that adds stack traces to error reports. */
export const DEBUG_ENV = 'ECQ_DEBUG';

function cliVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const version = typeof manifest === 'object' && manifest !== null && 'version' in manifest ? manifest.version : undefined;
  return typeof version === 'string' ? version : '0.0.0';
}

/** Commander prefixes its usage errors with `error: `; every `ecq` error starts `ecq: ` instead. */
export function formatCommanderError(text: string): string {
  return text.replace(/^error: /, 'ecq: ');
}

function formatEnvironment(variables: readonly (readonly [name: string, meaning: string])[]): string[] {
  const width = Math.max(...variables.map(([name]) => name.length));
  return variables.map(([name, meaning]) => `  ${name.padEnd(width)}  ${meaning}`);
}

function epilogue(): string {
  return [
    '',
    'Every command takes --help and --json (stable JSON, 2-space indent). With --json, an error is also',
    'printed to standard output as {"error": {...}, "exitCode": n}.',
    '',
    'Environment:',
    ...formatEnvironment([
      [FOLLOW_ENV, 'comma-separated alternative packs this deployment follows (e.g. ecq-2025-may)'],
      [DEBUG_ENV, 'set to 1 to add stack traces to error reports'],
      ['DATABASE_URL', 'PostgreSQL for serve, db, users and packs; else PGlite in DATA_DIR (./data by default)'],
      [DEMO_PASSWORD_ENV, 'the demo users\' password for db seed --demo (and serve)'],
      [USER_PASSWORD_ENV, 'the new user\'s password for users create'],
    ]),
    '  ecq serve reads the rest of the server\'s settings as `npm start` does: see ecq serve --help',
    '',
    describeExitCodes(),
  ].join('\n');
}

/**
 * The `ecq` program, with its output wired to `io` and Commander's process exits turned into thrown
 * `CommanderError`s, so it runs the same in a process and in a test. `run` learns whether the running
 * command wants JSON, for the error reporter.
 */
export function buildProgram(io: TCliIo, run: TCliRun = { wantsJson: false }): Command {
  const program = new Command('ecq')
    .description('ECQ Workbench: the Senior Executive Service\'s Executive Core Qualifications, as versioned data')
    .version(cliVersion(), '-V, --version', 'print the version')
    .helpCommand('help [command]', 'show help for a command')
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(formatCommanderError(text)),
    })
    .showHelpAfterError('(add --help for usage)')
    // Options after a subcommand belong to it: `ecq export case x --out f` is export case's --out, not export's.
    .enablePositionalOptions()
    .exitOverride()
    .addHelpText('after', epilogue());
  program.hook('preAction', (_program, actionCommand) => {
    run.wantsJson = actionCommand.opts()['json'] === true;
  });

  registerModelsCommand(program, io);
  registerShowCommand(program, io);
  registerCrosswalkCommand(program, io);
  registerWhichCommand(program, io);
  registerCheckCommand(program, io, run);
  registerMigrateCommand(program, io);
  registerExportCaseCommand(registerExportCommand(program, io), io);
  registerImportCaseCommand(program.command('import').description('read and check an interchange file'), io);
  registerServeCommand(program, io);
  registerDbCommand(program, io);
  registerUsersCommand(program, io);
  registerPacksCommand(program, io);
  return program;
}
