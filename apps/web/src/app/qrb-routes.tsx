import type { RouteObject } from 'react-router';
import type { TSession } from '../api/wire-types';
import {
  canAdministerQrb,
  canManageHiringActions,
  canReadHiringActions,
  canReadNotifications,
  canReadQrbCases,
  canReviewQrbCases,
} from '../auth/permissions';
import { SplitPage, splitPage, type TSplitPage } from './split-page';

const HIRING_ACTIONS = splitPage(async () => (await import('../qrb/hiring-actions-page')).HiringActionsPage);
const CREATE_HIRING_ACTION = splitPage(async () => (await import('../qrb/create-hiring-action-page')).CreateHiringActionPage);
const HIRING_ACTION = splitPage(async () => (await import('../qrb/hiring-action-page')).HiringActionPage);
const CREATE_CASE = splitPage(async () => (await import('../qrb/create-qrb-case-page')).CreateQrbCasePage);
const CASES = splitPage(async () => (await import('../qrb/qrb-cases-page')).QrbCasesPage);
const CASE = splitPage(async () => (await import('../qrb/qrb-case-page')).QrbCasePage);
const REVIEW = splitPage(async () => (await import('../qrb/qrb-review-page')).QrbReviewPage);
const MY_REVIEWS = splitPage(async () => (await import('../qrb/my-reviews-page')).MyReviewsPage);
const QUEUE = splitPage(async () => (await import('../qrb/qrb-queue-page')).QrbQueuePage);
const ADMIN = splitPage(async () => (await import('../qrb/qrb-admin-page')).QrbAdminPage);
const ROSTER = splitPage(async () => (await import('../qrb/qrb-roster-page')).QrbRosterPage);
const BOARDS = splitPage(async () => (await import('../qrb/qrb-boards-page')).QrbBoardsPage);
const ASSEMBLE_BOARD = splitPage(async () => (await import('../qrb/assemble-board-page')).AssembleBoardPage);
const TRANSITIONS = splitPage(async () => (await import('../qrb/agency-head-transitions-page')).AgencyHeadTransitionsPage);
const SETTINGS = splitPage(async () => (await import('../qrb/qrb-settings-page')).QrbSettingsPage);
const NOTIFICATIONS = splitPage(async () => (await import('../notifications/notifications-page')).NotificationsPage);

const ALL_PAGES: readonly TSplitPage[] = [
  HIRING_ACTIONS,
  CREATE_HIRING_ACTION,
  HIRING_ACTION,
  CREATE_CASE,
  CASES,
  CASE,
  REVIEW,
  MY_REVIEWS,
  QUEUE,
  ADMIN,
  ROSTER,
  BOARDS,
  ASSEMBLE_BOARD,
  TRANSITIONS,
  SETTINGS,
  NOTIFICATIONS,
];

/** A page of the hiring-action and QRB part of the app, split off and shown to the roles `isAllowed` admits. */
function QrbPage(props: { readonly split: TSplitPage; readonly isAllowed: (session: TSession) => boolean }) {
  return <SplitPage split={props.split} group={ALL_PAGES} isAllowed={props.isAllowed} loadingWhat="the page" />;
}

/**
 * The hiring-action, QRB and notification routes, mounted by routes.tsx (navigation.ts leads here). Each has
 * its own key, so one page's state never carries into the next.
 */
export const QRB_ROUTES: RouteObject[] = [
  { path: 'hiring-actions', element: <QrbPage key="hiring-actions" split={HIRING_ACTIONS} isAllowed={canReadHiringActions} /> },
  { path: 'hiring-actions/new', element: <QrbPage key="hiring-action-new" split={CREATE_HIRING_ACTION} isAllowed={canManageHiringActions} /> },
  { path: 'hiring-actions/:id', element: <QrbPage key="hiring-action" split={HIRING_ACTION} isAllowed={canReadHiringActions} /> },
  { path: 'qrb/cases', element: <QrbPage key="cases" split={CASES} isAllowed={canReadQrbCases} /> },
  { path: 'qrb/cases/new', element: <QrbPage key="case-new" split={CREATE_CASE} isAllowed={canManageHiringActions} /> },
  { path: 'qrb/cases/:id', element: <QrbPage key="case" split={CASE} isAllowed={canReadQrbCases} /> },
  { path: 'qrb/cases/:id/review', element: <QrbPage key="review" split={REVIEW} isAllowed={(s) => canReviewQrbCases(s) || canAdministerQrb(s)} /> },
  { path: 'qrb/reviews', element: <QrbPage key="reviews" split={MY_REVIEWS} isAllowed={canReviewQrbCases} /> },
  { path: 'qrb/queue', element: <QrbPage key="queue" split={QUEUE} isAllowed={canAdministerQrb} /> },
  { path: 'qrb/admin', element: <QrbPage key="admin" split={ADMIN} isAllowed={canAdministerQrb} /> },
  { path: 'qrb/roster', element: <QrbPage key="roster" split={ROSTER} isAllowed={canAdministerQrb} /> },
  { path: 'qrb/boards', element: <QrbPage key="boards" split={BOARDS} isAllowed={(s) => canAdministerQrb(s) || canReviewQrbCases(s)} /> },
  { path: 'qrb/boards/new', element: <QrbPage key="board-new" split={ASSEMBLE_BOARD} isAllowed={canAdministerQrb} /> },
  { path: 'qrb/transitions', element: <QrbPage key="transitions" split={TRANSITIONS} isAllowed={canAdministerQrb} /> },
  { path: 'qrb/settings', element: <QrbPage key="settings" split={SETTINGS} isAllowed={canAdministerQrb} /> },
  { path: 'notifications', element: <QrbPage key="notifications" split={NOTIFICATIONS} isAllowed={canReadNotifications} /> },
];
