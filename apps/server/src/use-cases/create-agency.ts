import { AppError } from '@ecq/core';
import { getAgencyByCode, insertAgency, recordAuditEvent, type TAgencyRow } from '@ecq/db';
import type { TUserActor } from '../auth/actor';
import type { TAppDeps } from '../deps';
import { presentAgency } from '../presenters/agency';
import { isUniqueViolation } from './write-errors';

const duplicateCode = (code: string) =>
  new AppError('CONFLICT', `code: an agency with code "${code}" already exists`, { field: 'code' });

/**
 * Creates an agency and audits it (`agency.created`) in one transaction. Codes are unique: a duplicate is a
 * 409 naming `code`, also when two requests race past the check.
 */
export async function createAgency(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly code: string; readonly name: string; readonly requestId: string },
): Promise<TAgencyRow> {
  try {
    return await deps.db.transaction(async (tx) => {
      if (await getAgencyByCode(tx, request.code)) throw duplicateCode(request.code);
      const agency = await insertAgency(tx, { code: request.code, name: request.name });
      await recordAuditEvent(tx, {
        actorUserId: request.actor.userId,
        agencyId: agency.id,
        action: 'agency.created',
        entityType: 'agency',
        entityId: agency.id,
        before: null,
        after: presentAgency(agency),
        requestId: request.requestId,
      });
      return agency;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateCode(request.code);
    throw error;
  }
}
