/** One page of a keyset-paginated list, with the cursor of the next page (null when this is the last). */
export interface TKeysetPage<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

/**
 * Cuts a page from rows fetched with `limit + 1`: the extra row only tells that another page exists, so the
 * last page never ends with an empty follow-up.
 */
export function keysetPage<T>(rows: readonly T[], limit: number, cursorOf: (row: T) => string): TKeysetPage<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? cursorOf(last) : null };
}
