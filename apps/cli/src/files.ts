import { readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AppError } from '@ecq/core';

/** The largest file `ecq import` reads: a full CASE package of a competency model is a few hundred KB. */
export const MAX_INPUT_FILE_BYTES = 50 * 1024 * 1024;

function errnoOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** Turns a file-system failure into an AppError naming the argument; anything unexpected is rethrown. */
function fileError(error: unknown, field: string, path: string, action: 'read' | 'write'): AppError {
  const cause = { cause: error, field };
  switch (errnoOf(error)) {
    case 'ENOENT':
      return action === 'read'
        ? new AppError('NOT_FOUND', `${field}: no such file: ${path}`, cause)
        : new AppError('NOT_FOUND', `${field}: no such directory for ${path}`, cause);
    case 'ENOTDIR':
      return new AppError('NOT_FOUND', `${field}: a parent of ${path} is not a directory`, cause);
    case 'EISDIR':
      return new AppError('BAD_REQUEST', `${field}: ${path} is a directory, not a file`, cause);
    case 'EACCES':
    case 'EPERM':
      return new AppError('FORBIDDEN', `${field}: permission denied: cannot ${action} ${path}`, cause);
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return new AppError('INTERNAL', `${field}: cannot ${action} ${path}: ${message}`, cause);
    }
  }
}

/** Checks a file named on the command line exists, is a file and is within `maxBytes`, before reading it. */
async function statInputFile(input: { readonly path: string; readonly cwd: string; readonly field: string; readonly maxBytes: number }): Promise<string> {
  const { field } = input;
  const path = resolve(input.cwd, input.path);
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new AppError('BAD_REQUEST', `${field}: ${input.path} is a directory, not a file`, { field });
    size = info.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw fileError(error, field, input.path, 'read');
  }
  if (size > input.maxBytes) {
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `${field}: ${input.path} is larger than the ${input.maxBytes / 1024 / 1024} MB limit (${size} bytes)`,
      { field },
    );
  }
  return path;
}

/**
 * Reads a text file named on the command line, relative to `cwd`, refusing directories and files over
 * {@link MAX_INPUT_FILE_BYTES} before reading them. A leading byte-order mark is dropped.
 * @throws AppError `NOT_FOUND`, `BAD_REQUEST` (a directory), `FORBIDDEN` (unreadable), `PAYLOAD_TOO_LARGE`.
 */
export async function readInputFile(input: { readonly path: string; readonly cwd: string; readonly field?: string }): Promise<string> {
  const field = input.field ?? 'file';
  const path = await statInputFile({ ...input, field, maxBytes: MAX_INPUT_FILE_BYTES });
  try {
    const text = await readFile(path, 'utf8');
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  } catch (error) {
    throw fileError(error, field, input.path, 'read');
  }
}

/**
 * Reads a file named on the command line as bytes (a .docx or .pdf), relative to `cwd`, refusing
 * directories and files over `maxBytes` before reading them.
 * @throws AppError `NOT_FOUND`, `BAD_REQUEST` (a directory), `FORBIDDEN` (unreadable), `PAYLOAD_TOO_LARGE`.
 */
export async function readInputBytes(input: {
  readonly path: string;
  readonly cwd: string;
  readonly maxBytes: number;
  readonly field?: string;
}): Promise<Uint8Array> {
  const field = input.field ?? 'file';
  const path = await statInputFile({ ...input, field });
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw fileError(error, field, input.path, 'read');
  }
}

/**
 * Writes a text file named on the command line, relative to `cwd`. Returns the absolute path and size.
 * @throws AppError `NOT_FOUND` (no such directory), `BAD_REQUEST` (a directory), `FORBIDDEN`.
 */
export async function writeOutputFile(input: {
  readonly path: string;
  readonly cwd: string;
  readonly text: string;
  readonly field?: string;
}): Promise<{ path: string; bytes: number }> {
  const field = input.field ?? '--out';
  const path = resolve(input.cwd, input.path);
  try {
    await writeFile(path, input.text, 'utf8');
  } catch (error) {
    throw fileError(error, field, input.path, 'write');
  }
  return { path, bytes: Buffer.byteLength(input.text, 'utf8') };
}

/**
 * Writes a binary file (a .pdf or .docx) named on the command line, relative to `cwd`.
 * @throws AppError `NOT_FOUND` (no such directory), `BAD_REQUEST` (a directory), `FORBIDDEN`.
 */
export async function writeOutputBytes(input: {
  readonly path: string;
  readonly cwd: string;
  readonly bytes: Uint8Array;
  readonly field?: string;
}): Promise<{ path: string; bytes: number }> {
  const field = input.field ?? '--out';
  const path = resolve(input.cwd, input.path);
  try {
    await writeFile(path, input.bytes);
  } catch (error) {
    throw fileError(error, field, input.path, 'write');
  }
  return { path, bytes: input.bytes.byteLength };
}
