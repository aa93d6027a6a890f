import { CommanderError } from 'commander';
import { APP_ERROR_CODES, AppError } from '@ecq/core';
import { describe, expect, test } from 'vitest';
import type { TCliIo } from '../src/cli-io';
import { APP_ERROR_EXIT_CODE, EXIT_CODE_MEANINGS, EXIT_CODES } from '../src/exit-codes';
import { reportError } from '../src/run-command';
import { runInProcess } from './helpers';

function capture(env: Record<string, string> = {}): { io: TCliIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: (text) => {
        out += text;
      },
      stderr: (text) => {
        err += text;
      },
      env,
      cwd: '/',
    },
    out: () => out,
    err: () => err,
  };
}

describe('exit codes', () => {
  test('the table gives every AppError code an exit code that ecq --help explains', async () => {
    const { stdout, exitCode } = await runInProcess(['--help']);
    expect(exitCode).toBe(0);
    for (const code of APP_ERROR_CODES) {
      const exit = APP_ERROR_EXIT_CODE[code];
      expect(Object.keys(EXIT_CODE_MEANINGS)).toContain(String(exit));
      expect(stdout).toContain(code);
    }
    for (const [exit, meaning] of Object.entries(EXIT_CODE_MEANINGS)) expect(stdout).toContain(`  ${exit}  ${meaning}`);
  });

  test('usage and validation exit 2, not found 3, invalid input file 4, internal 1', () => {
    expect(APP_ERROR_EXIT_CODE.INVALID_DATE).toBe(2);
    expect(APP_ERROR_EXIT_CODE.UNKNOWN_PROCESS).toBe(2);
    expect(APP_ERROR_EXIT_CODE.UNKNOWN_MODEL).toBe(3);
    expect(APP_ERROR_EXIT_CODE.NOT_FOUND).toBe(3);
    expect(APP_ERROR_EXIT_CODE.INVALID_CASE_PACKAGE).toBe(4);
    expect(APP_ERROR_EXIT_CODE.PAYLOAD_TOO_LARGE).toBe(4);
    expect(APP_ERROR_EXIT_CODE.INTERNAL).toBe(1);
  });
});

describe('reportError', () => {
  test('an AppError is one line plus its problems, with its mapped exit code', () => {
    const { io, out, err } = capture();
    const error = new AppError('INVALID_CASE_PACKAGE', 'invalid CASE package: 2 problems', {
      problems: [
        { path: '$.CFDocument.identifier', message: 'required' },
        { path: '$.CFItems[0].uri', message: 'not a URI' },
      ],
    });
    expect(reportError(error, io, { wantsJson: false })).toBe(EXIT_CODES.INVALID_INPUT);
    expect(err()).toBe(
      'ecq: invalid CASE package: 2 problems\n  $.CFDocument.identifier: required\n  $.CFItems[0].uri: not a URI\n',
    );
    expect(out()).toBe('');
  });

  test('an unknown error is an internal error, exit 1, with no stack trace', () => {
    const { io, err } = capture();
    expect(reportError(new TypeError('boom'), io, { wantsJson: false })).toBe(1);
    expect(err()).toBe('ecq: internal error: boom\n');
  });

  test('stack frames inside a message are dropped too, and a thrown non-Error is reported', () => {
    const { io, err } = capture();
    reportError(new Error('bad thing\n    at somewhere (file.ts:1:1)'), io, { wantsJson: false });
    reportError('a string', io, { wantsJson: false });
    expect(err()).toBe('ecq: internal error: bad thing\necq: internal error: a string\n');
  });

  test('ECQ_DEBUG=1 adds the stack', () => {
    const { io, err } = capture({ ECQ_DEBUG: '1' });
    reportError(new Error('boom'), io, { wantsJson: false });
    expect(err()).toContain('ecq: internal error: boom\n');
    expect(err()).toContain('    at ');
  });

  test('with --json the error is also printed to standard output as JSON', () => {
    const { io, out } = capture();
    const exitCode = reportError(new AppError('UNKNOWN_MODEL', 'model: no model "x"', { field: 'model' }), io, { wantsJson: true });
    expect(JSON.parse(out())).toEqual({
      error: { code: 'UNKNOWN_MODEL', message: 'model: no model "x"', field: 'model' },
      exitCode,
    });
  });

  test('Commander errors were printed by Commander: help exits 0, usage errors exit 2', () => {
    const { io, err } = capture();
    expect(reportError(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'), io, { wantsJson: false })).toBe(0);
    expect(reportError(new CommanderError(1, 'commander.unknownOption', "error: unknown option '--x'"), io, { wantsJson: false })).toBe(2);
    expect(err()).toBe('');
  });
});

describe('usage errors in-process', () => {
  test.each([
    [['show'], "missing required argument 'model-id'"],
    [['show', 'ecq-2025', 'extra'], 'too many arguments'],
    [['which', 'hiring'], "missing required argument 'date'"],
    [['models', '--on'], "option '--on <date>' argument missing"],
    [['crosswalk', 'ecq-2006', 'ecq-2025', '--kind', 'bogus'], 'Allowed choices are same, renamed, moved, new, removed, related'],
    [['export'], 'Usage: ecq export'],
    [[], 'Usage: ecq'],
  ])('ecq %j exits 2: %s', async (args, message) => {
    const { stdout, stderr, exitCode } = await runInProcess(args);
    expect(exitCode).toBe(2);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
  });

  test('every command and subcommand has --help and --json', async () => {
    for (const path of [['models'], ['show'], ['crosswalk'], ['which'], ['export', 'case'], ['import', 'case']]) {
      const { stdout, exitCode } = await runInProcess([...path, '--help']);
      expect(exitCode, path.join(' ')).toBe(0);
      expect(stdout).toContain(`Usage: ecq ${path.join(' ')}`);
      expect(stdout, path.join(' ')).toContain('--json');
    }
  });

  test('--version prints the package version', async () => {
    const { stdout, exitCode } = await runInProcess(['--version']);
    expect(exitCode).toBe(0);
    expect(stdout).toBe('0.1.0\n');
  });
});
