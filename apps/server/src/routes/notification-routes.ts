import { ZMarkNotificationsReadRequest } from '@ecq/core';
import { z } from 'zod';
import { defineRoute, SIGNED_IN } from '../http/route';
import { requireSignedIn } from '../policies';
import { presentNotification, ZNotificationResponse } from '../presenters/qrb-admin';
import { listNotifications, markNotificationsRead } from '../use-cases/notifications/notifications';
import { ZPageLimit } from './common-schemas';

export const ZListNotificationsQuery = z.strictObject({
  unread: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('only the unread ones'),
  limit: ZPageLimit,
  before: z.coerce.number().int().positive().optional(),
});

const TAGS = ['notifications'];

export const notificationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/notifications',
    summary: 'Your notifications, newest first (`?unread=true&limit=&before=<nextCursor>`), with how many are unread',
    tags: TAGS,
    access: SIGNED_IN,
    query: ZListNotificationsQuery,
    response: z.object({ items: z.array(ZNotificationResponse), nextCursor: z.string().nullable(), unreadCount: z.number().int().min(0) }),
    async handler({ actor, query, deps }) {
      const page = await listNotifications(deps, { actor: requireSignedIn(actor), isUnreadOnly: query.unread, before: query.before, limit: query.limit });
      return { items: page.items.map(presentNotification), nextCursor: page.nextCursor, unreadCount: page.unreadCount };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/notifications/read',
    summary: 'Mark your notifications up to an id as read',
    tags: TAGS,
    access: SIGNED_IN,
    body: ZMarkNotificationsReadRequest,
    response: z.object({ marked: z.number().int().min(0), unreadCount: z.number().int().min(0) }),
    async handler({ actor, body, deps }) {
      return markNotificationsRead(deps, { actor: requireSignedIn(actor), upToId: body.upToId });
    },
  }),
];
