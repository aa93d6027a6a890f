import { and, eq, gt, lt, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** The keyset cursor of a list newest first: the last row's creation time, ties broken by id. */
export interface TCreatedCursor {
  readonly createdAt: Date;
  readonly id: string;
}

/** Rows after `cursor` in a list ordered by (`key` desc, `id` desc): strictly older, or as old with a smaller id. */
export function olderThan<T>(key: PgColumn, id: PgColumn, cursor: { readonly key: T; readonly id: string }): SQL {
  return or(lt(key, cursor.key), and(eq(key, cursor.key), lt(id, cursor.id)))!;
}

/** Rows after `cursor` in a list ordered by (`key` asc, `id` asc). */
export function laterThan<T>(key: PgColumn, id: PgColumn, cursor: { readonly key: T; readonly id: string }): SQL {
  return or(gt(key, cursor.key), and(eq(key, cursor.key), gt(id, cursor.id)))!;
}
