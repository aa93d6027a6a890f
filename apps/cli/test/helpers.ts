import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { TCliIo } from '../src/cli-io';
import { runCli } from '../src/run-command';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface TCliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** A stack frame as Node prints one; no output of `ecq` may contain it unless ECQ_DEBUG=1. */
export const STACK_FRAME = '    at ';

function expectNoStackTrace(result: TCliResult): void {
  expect(result.stdout).not.toContain(STACK_FRAME);
  expect(result.stderr).not.toContain(STACK_FRAME);
}

/** The environment the CLI sees: the test's own settings only, never the developer's ECQ_* variables. */
function cleanEnv(env: Readonly<Record<string, string>>): Record<string, string | undefined> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('ECQ_')));
  return { ...base, ...env };
}

/** Runs `ecq` in this process through `runCli`, output captured; asserts no stack trace escaped. */
export async function runInProcess(
  args: readonly string[],
  options: { env?: Readonly<Record<string, string>>; cwd?: string; now?: Date } = {},
): Promise<TCliResult> {
  let stdout = '';
  let stderr = '';
  const io: TCliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env: { ...(options.env ?? {}) },
    cwd: options.cwd ?? REPO_ROOT,
    ...(options.now === undefined ? {} : { now: () => options.now ?? new Date() }),
  };
  const exitCode = await runCli(args, io);
  const result = { stdout, stderr, exitCode };
  expectNoStackTrace(result);
  return result;
}

/**
 * Runs the real command as a child process from the repository root, as `npm run ecq` does
 * (`node --import tsx apps/cli/src/main.ts`), or by executing the installed shim `apps/cli/bin/ecq.js`
 * itself (its shebang and executable bit included). Asserts no stack trace escaped.
 */
export function spawnCli(
  args: readonly string[],
  options: { env?: Readonly<Record<string, string>>; viaBin?: boolean } = {},
): Promise<TCliResult> {
  const [file, ...prefix] =
    options.viaBin === true
      ? [join(REPO_ROOT, 'apps/cli/bin/ecq.js')]
      : [process.execPath, '--import', 'tsx', 'apps/cli/src/main.ts'];
  return new Promise((resolve, reject) => {
    execFile(
      file ?? process.execPath,
      [...prefix, ...args],
      { cwd: REPO_ROOT, env: cleanEnv(options.env ?? {}), encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error !== null && typeof error.code !== 'number') {
          reject(error);
          return;
        }
        const result = { stdout, stderr, exitCode: error === null ? 0 : Number(error.code) };
        try {
          expectNoStackTrace(result);
        } catch (failure) {
          reject(failure);
          return;
        }
        resolve(result);
      },
    );
  });
}

/** Asserts the names appear in the text in this order. */
export function expectInOrder(text: string, names: readonly string[]): void {
  let from = 0;
  for (const name of names) {
    const at = text.indexOf(name, from);
    expect(at, `"${name}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + name.length;
  }
}
