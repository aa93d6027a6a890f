import { AppError } from '@ecq/core';
import { getAgencyById, type TAgencyRow } from '@ecq/db';
import type { TAppDeps } from '../deps';

/** One agency by id. @throws AppError `NOT_FOUND` naming `id`. */
export async function getAgency(deps: TAppDeps, id: string): Promise<TAgencyRow> {
  const agency = await getAgencyById(deps.db, id);
  if (!agency) throw new AppError('NOT_FOUND', `id: no agency ${id}`, { field: 'id' });
  return agency;
}
