import { AppError } from '@ecq/core';
import { recordAuditEvent, updateAgency as updateAgencyRow, type TAgencyRow } from '@ecq/db';
import type { TUserActor } from '../auth/actor';
import type { TAppDeps } from '../deps';
import { presentAgency } from '../presenters/agency';
import { staleVersionError } from './write-errors';

/**
 * Renames an agency if it is still at the version the writer read (optimistic concurrency), auditing
 * `agency.updated` with before and after in the same transaction. A stale version is a 409, never a silent
 * overwrite.
 */
export async function updateAgency(
  deps: TAppDeps,
  request: {
    readonly actor: TUserActor;
    readonly id: string;
    readonly name: string;
    readonly version: number;
    readonly requestId: string;
  },
): Promise<TAgencyRow> {
  return deps.db.transaction(async (tx) => {
    const result = await updateAgencyRow(tx, { id: request.id, expectedVersion: request.version, patch: { name: request.name } });
    switch (result.kind) {
      case 'not-found':
        throw new AppError('NOT_FOUND', `id: no agency ${request.id}`, { field: 'id' });
      case 'stale':
        throw staleVersionError('agency', request.version, result.current.version);
      case 'ok':
        await recordAuditEvent(tx, {
          actorUserId: request.actor.userId,
          agencyId: result.row.id,
          action: 'agency.updated',
          entityType: 'agency',
          entityId: result.row.id,
          before: presentAgency(result.before),
          after: presentAgency(result.row),
          requestId: request.requestId,
        });
        return result.row;
    }
  });
}
