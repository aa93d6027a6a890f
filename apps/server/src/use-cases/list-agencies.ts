import { listAgencies as listAgencyRows, type TAgencyRow } from '@ecq/db';
import type { TAppDeps } from '../deps';
import { keysetPage, type TKeysetPage } from './keyset-page';

/** Agencies by code, one keyset page at a time; the cursor is the last code of the page. */
export async function listAgencies(
  deps: TAppDeps,
  page: { readonly after?: string | undefined; readonly limit: number },
): Promise<TKeysetPage<TAgencyRow>> {
  const rows = await listAgencyRows(deps.db, { afterCode: page.after, limit: page.limit + 1 });
  return keysetPage(rows, page.limit, (agency) => agency.code);
}
