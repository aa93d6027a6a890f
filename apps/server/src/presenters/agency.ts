import type { TAgencyRow } from '@ecq/db';
import { z } from 'zod';

export const ZAgencyResponse = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TAgencyResponse = z.infer<typeof ZAgencyResponse>;

/** The wire shape of an agency, also its snapshot in audit events. */
export function presentAgency(agency: TAgencyRow): TAgencyResponse {
  return {
    id: agency.id,
    code: agency.code,
    name: agency.name,
    version: agency.version,
    createdAt: agency.createdAt.toISOString(),
    updatedAt: agency.updatedAt.toISOString(),
  };
}
