import { AppError } from '@ecq/core';
import type { TCreatedCursor } from '@ecq/db';

const CURSOR_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([0-9a-f-]{36})$/;

/** The cursor of a list newest first: the last row's creation time (to the millisecond) and id. */
export function formatCreatedCursor(row: { readonly createdAt: Date; readonly id: string }): string {
  return `${row.createdAt.toISOString()}_${row.id}`;
}

/**
 * Reads a cursor {@link formatCreatedCursor} wrote.
 * @throws AppError `VALIDATION_FAILED` naming `field` for anything else.
 */
export function parseCreatedCursor(cursor: string, field: string): TCreatedCursor {
  const match = CURSOR_PATTERN.exec(cursor);
  const createdAt = match ? new Date(match[1]!) : undefined;
  if (!match || createdAt === undefined || Number.isNaN(createdAt.getTime())) {
    throw new AppError('VALIDATION_FAILED', `${field}: not a cursor this list returned (use nextCursor as given)`, { field });
  }
  return { createdAt, id: match[2]! };
}
