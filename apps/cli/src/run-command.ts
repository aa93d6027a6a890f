import { CommanderError } from 'commander';
import { AppError } from '@ecq/core';
import type { TCliIo, TCliRun } from './cli-io';
import { APP_ERROR_EXIT_CODE, EXIT_CODES, type TExitCode } from './exit-codes';
import { formatJson } from './output/json';
import { buildProgram, DEBUG_ENV } from './program';

/** Lines that look like stack frames never reach the user unless ECQ_DEBUG=1. */
const STACK_FRAME = /^\s+at\s/;

function withoutStackFrames(message: string): string {
  return message
    .split('\n')
    .filter((line) => !STACK_FRAME.test(line))
    .join('\n');
}

/**
 * The one place that turns a failure into output and an exit code: an `AppError` becomes `ecq: <message>`
 * (plus its problems) and the exit code of {@link APP_ERROR_EXIT_CODE}; Commander's usage errors, already
 * printed by Commander, exit 2; anything else is an internal error, exit 1, without a stack trace unless
 * ECQ_DEBUG=1.
 */
export function reportError(error: unknown, io: TCliIo, run: TCliRun): TExitCode {
  if (error instanceof CommanderError) {
    // Help and --version also arrive here, with exit code 0.
    return error.exitCode === 0 ? EXIT_CODES.OK : EXIT_CODES.USAGE;
  }
  const isDebug = io.env[DEBUG_ENV] === '1';
  let exitCode: TExitCode;
  let json: { code: string; message: string; field?: string; problems?: readonly { path: string; message: string }[] };
  if (error instanceof AppError) {
    exitCode = APP_ERROR_EXIT_CODE[error.code];
    json = error.toJSON();
    io.stderr(`ecq: ${error.message}\n`);
    for (const problem of error.problems) io.stderr(`  ${problem.path}: ${problem.message}\n`);
  } else {
    exitCode = EXIT_CODES.INTERNAL;
    const message = withoutStackFrames(error instanceof Error ? error.message : String(error));
    json = { code: 'INTERNAL', message: `internal error: ${message}` };
    io.stderr(`ecq: internal error: ${message}\n`);
  }
  if (isDebug && error instanceof Error && error.stack !== undefined) io.stderr(`${error.stack}\n`);
  if (run.wantsJson) io.stdout(formatJson({ error: json, exitCode }));
  return exitCode;
}

/** Runs `ecq` with the arguments after the program name; resolves to the exit code, never rejects. */
export async function runCli(args: readonly string[], io: TCliIo): Promise<number> {
  const run: TCliRun = { wantsJson: false };
  try {
    await buildProgram(io, run).parseAsync([...args], { from: 'user' });
    return run.exitCode ?? EXIT_CODES.OK;
  } catch (error) {
    return reportError(error, io, run);
  }
}
