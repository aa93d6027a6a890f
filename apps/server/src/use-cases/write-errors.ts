import type { TVersionedWrite } from '@ecq/db';
import { AppError } from '@ecq/core';

/** PostgreSQL's unique_violation; PGlite reports the same code. */
const UNIQUE_VIOLATION = '23505';

/**
 * True when a write failed on a unique constraint. Drizzle wraps driver errors, so the cause chain is walked.
 * Use cases check for duplicates first; this catches the race where two requests pass that check together.
 */
export function isUniqueViolation(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    if ((current as Error & { code?: unknown }).code === UNIQUE_VIOLATION) return true;
    current = current.cause;
  }
  return false;
}

/**
 * The 409 of optimistic concurrency: the writer quoted an old version, so nothing was written; the message
 * says which version is current, so the client can reload and reapply.
 */
export function staleVersionError(entity: string, sent: number, current: number): AppError {
  return new AppError(
    'CONFLICT',
    `version: the ${entity} is at version ${current}, not ${sent}; someone changed it since you read it — reload and reapply your change`,
    { field: 'version' },
  );
}

/**
 * The row a versioned write wrote, or the API's error for why it wrote nothing: 404 naming `id` when the
 * record is gone, the 409 of optimistic concurrency when someone wrote it first.
 * @throws AppError `NOT_FOUND` / `CONFLICT`.
 */
export function requireWritten<T extends { readonly version: number }>(
  result: TVersionedWrite<T>,
  request: { readonly entity: string; readonly id: string; readonly sentVersion: number },
): { readonly row: T; readonly before: T } {
  switch (result.kind) {
    case 'not-found':
      throw new AppError('NOT_FOUND', `id: no ${request.entity} ${request.id}`, { field: 'id' });
    case 'stale':
      throw staleVersionError(request.entity, request.sentVersion, result.current.version);
    case 'ok':
      return { row: result.row, before: result.before };
  }
}
