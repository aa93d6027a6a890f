import { countUnreadNotifications, listNotifications as listNotificationRows, markNotificationsRead as markRead, type TNotificationRow } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { keysetPage, type TKeysetPage } from '../keyset-page';

/** The signed-in user's notifications, newest first, with how many are unread: everyone reads only their own. */
export async function listNotifications(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly isUnreadOnly?: boolean | undefined; readonly before?: number | undefined; readonly limit: number },
): Promise<TKeysetPage<TNotificationRow> & { readonly unreadCount: number }> {
  const { actor } = request;
  const [rows, unreadCount] = await Promise.all([
    listNotificationRows(deps.db, { userId: actor.userId, isUnreadOnly: request.isUnreadOnly, beforeId: request.before, limit: request.limit + 1 }),
    countUnreadNotifications(deps.db, actor.userId),
  ]);
  return { ...keysetPage(rows, request.limit, (n) => String(n.id)), unreadCount };
}

/** Marks the signed-in user's notifications up to an id as read; returns how many changed and how many stay unread. */
export async function markNotificationsRead(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly upToId: number },
): Promise<{ readonly marked: number; readonly unreadCount: number }> {
  const marked = await markRead(deps.db, { userId: request.actor.userId, upToId: request.upToId, at: deps.now() });
  return { marked, unreadCount: await countUnreadNotifications(deps.db, request.actor.userId) };
}
