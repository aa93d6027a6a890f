/**
 * The id to mark read "up to" so that everything shown is read: the newest notification listed (lists come
 * newest first, a page at a time). Undefined when nothing is listed.
 */
export function newestNotificationId(pages: readonly { readonly items: readonly { readonly id: number }[] }[]): number | undefined {
  let newest: number | undefined;
  for (const page of pages) for (const item of page.items) if (newest === undefined || item.id > newest) newest = item.id;
  return newest;
}
