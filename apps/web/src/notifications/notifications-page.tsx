import { useEffect, useRef, useState } from 'react';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/api-client';
import { NOTIFICATIONS_KEY, notificationListQuery } from '../api/qrb-queries';
import type { TNotification } from '../api/qrb-wire-types';
import { ErrorAlert, Loading } from '../components/alert';
import { Page } from '../components/page';
import { ShowMore } from '../components/show-more';
import { CheckboxField } from '../qrb/shared/form-fields';
import { formatDateTime, plural } from '../workbench/workbench-labels';
import { newestNotificationId } from './newest-notification';

/**
 * The signed-in user's notifications (/notifications), newest first, unread ones said so in words; each leads
 * to what it is about. "Mark all as read" marks every one up to the newest (POST /api/notifications/read), and
 * the header's count follows.
 */
export function NotificationsPage() {
  const [params, setParams] = useSearchParams();
  const isUnreadOnly = params.get('unread') === 'true';
  const list = useInfiniteQuery(notificationListQuery({ isUnreadOnly }));
  const queryClient = useQueryClient();
  const [result, setResult] = useState<string | undefined>();
  const resultRef = useRef<HTMLParagraphElement>(null);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const unreadCount = list.data?.pages[0]?.unreadCount ?? 0;
  const newestId = newestNotificationId(list.data?.pages ?? []);
  const markRead = useMutation({
    mutationFn: (upToId: number) => api.send<{ marked: number; unreadCount: number }>('POST', '/api/notifications/read', { upToId }),
    async onSuccess(answer) {
      await queryClient.invalidateQueries({ queryKey: [NOTIFICATIONS_KEY] });
      setResult(`${plural(answer.marked, 'notification')} marked as read; ${answer.unreadCount === 0 ? 'none is' : `${answer.unreadCount} still`} unread.`);
    },
  });

  useEffect(() => {
    if (result !== undefined) resultRef.current?.focus();
  }, [result]);

  return (
    <Page title="Notifications">
      <p className="usa-intro">What has happened to the cases and packages you follow, newest first.</p>
      <CheckboxField
        className="margin-bottom-2"
        id="unread-only"
        label="Show unread notifications only"
        checked={isUnreadOnly}
        onChange={(checked) => {
          setResult(undefined);
          setParams(checked ? { unread: 'true' } : {}, { replace: true });
        }}
      />
      {list.isPending ? (
        <Loading label="Loading your notifications" />
      ) : list.data === undefined ? (
        <ErrorAlert error={list.error} heading="Your notifications could not be loaded" />
      ) : (
        <>
          <div className="display-flex flex-row flex-wrap flex-align-center margin-y-2">
            <p className="margin-y-0 margin-right-2" data-testid="unread-count">
              {unreadCount === 0 ? 'All read.' : `${plural(unreadCount, 'notification')} unread.`}
            </p>
            <button
              type="button"
              className="usa-button usa-button--outline"
              disabled={unreadCount === 0 || newestId === undefined || markRead.isPending}
              onClick={() => newestId !== undefined && markRead.mutate(newestId)}
            >
              {markRead.isPending ? 'Marking as read…' : 'Mark all as read'}
            </button>
          </div>
          <p role="status" tabIndex={-1} ref={resultRef} className="text-bold" data-testid="mark-read-result">
            {result}
          </p>
          {markRead.isError ? <ErrorAlert error={markRead.error} heading="Your notifications were not marked as read" /> : null}
          {items.length === 0 ? (
            <p data-testid="notifications-empty">{isUnreadOnly ? 'No unread notifications.' : 'You have no notifications yet.'}</p>
          ) : (
            <ol className="usa-list usa-list--unstyled" data-testid="notifications" aria-label="Notifications, newest first">
              {items.map((item) => (
                <NotificationItem key={item.id} item={item} />
              ))}
            </ol>
          )}
          <ShowMore what="notifications" list={list} />
        </>
      )}
    </Page>
  );
}

function NotificationItem({ item }: { readonly item: TNotification }) {
  const isUnread = item.readAt === null;
  return (
    <li
      className={`padding-y-2 padding-left-2 margin-bottom-1 border-left-05 ${isUnread ? 'border-primary bg-primary-lighter' : 'border-base-lighter'}`}
      data-testid="notification"
    >
      <span className={isUnread ? 'usa-tag bg-primary-dark margin-right-1' : 'text-base-dark margin-right-1'}>{isUnread ? 'Unread' : 'Read'}</span>
      {item.link !== null && item.link.startsWith('/') ? <Link to={item.link}>{item.message}</Link> : item.message}
      <time className="display-block font-body-2xs text-base-dark margin-top-05" dateTime={item.createdAt}>
        {formatDateTime(item.createdAt)}
      </time>
    </li>
  );
}
