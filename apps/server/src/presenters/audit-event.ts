import type { TAuditEventRow } from '@ecq/db';
import { z } from 'zod';

export const ZAuditEventResponse = z.object({
  id: z.number().int(),
  occurredAt: z.iso.datetime(),
  actorUserId: z.uuid().nullable(),
  agencyId: z.uuid().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  /** The record before and after the change, as its presenter showed it (never secrets). */
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});
export type TAuditEventResponse = z.infer<typeof ZAuditEventResponse>;

/**
 * The wire shape of an audit event. The subject key (the email a failed sign-in named, for the rate limit)
 * stays in the database.
 */
export function presentAuditEvent(event: TAuditEventRow): TAuditEventResponse {
  return {
    id: event.id,
    occurredAt: event.occurredAt.toISOString(),
    actorUserId: event.actorUserId,
    agencyId: event.agencyId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    before: event.before ?? null,
    after: event.after ?? null,
    requestId: event.requestId,
  };
}
