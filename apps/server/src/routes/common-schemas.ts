import { z } from 'zod';

/** Page sizes of every keyset-paginated list (`?limit=`). */
export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 200;

/** `?limit=` of a list: 1–{@link PAGE_LIMIT_MAX}, {@link PAGE_LIMIT_DEFAULT} when absent. */
export const ZPageLimit = z.coerce.number().int().min(1).max(PAGE_LIMIT_MAX).default(PAGE_LIMIT_DEFAULT);

/** A page of a keyset-paginated list; `nextCursor` is null on the last page. */
export function ZPage<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** The version a writer last read, quoted back for optimistic concurrency. */
export const ZRecordVersion = z.number().int().min(1);

/** `/:id` of a record keyed by UUID. */
export const ZIdParams = z.strictObject({ id: z.uuid() });
