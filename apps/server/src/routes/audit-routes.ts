import { z } from 'zod';
import { defineRoute, rolesOnly } from '../http/route';
import { requireSignedIn } from '../policies';
import { presentAuditEvent, ZAuditEventResponse } from '../presenters/audit-event';
import { listAuditEvents } from '../use-cases/list-audit-events';
import { ZPage, ZPageLimit } from './common-schemas';

export const AUDIT_FILTER_MAX_LENGTH = 200;

const ZFilterText = z.string().min(1).max(AUDIT_FILTER_MAX_LENGTH);

export const ZListAuditEventsQuery = z.strictObject({
  agencyId: z.uuid().optional(),
  action: ZFilterText.optional(),
  entityType: ZFilterText.optional(),
  entityId: ZFilterText.optional(),
  actorUserId: z.uuid().optional(),
  since: z.iso
    .datetime({ offset: true })
    .transform((value) => new Date(value))
    .optional(),
  limit: ZPageLimit,
  before: z.coerce.number().int().positive().optional(),
});

export const auditRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/audit-events',
    summary: "The audit log, newest first (`?limit=&before=<nextCursor>`); agency staff read their own agency's",
    tags: ['audit'],
    access: rolesOnly('opm_admin', 'agency_hr'),
    query: ZListAuditEventsQuery,
    response: ZPage(ZAuditEventResponse),
    async handler({ actor, query, deps }) {
      const page = await listAuditEvents(deps, { actor: requireSignedIn(actor), ...query });
      return { items: page.items.map(presentAuditEvent), nextCursor: page.nextCursor };
    },
  }),
];
