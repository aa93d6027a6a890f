import type { TAnyRoute } from '../http/route';
import { agencyRoutes } from './agency-routes';
import { auditRoutes } from './audit-routes';
import { authRoutes } from './auth-routes';
import { caseRoutes } from './case-routes';
import { healthRoutes } from './health-routes';
import { modelRoutes } from './model-routes';
import { hiringActionRoutes } from './hiring-action-routes';
import { narrativeRoutes } from './narrative-routes';
import { notificationRoutes } from './notification-routes';
import { qrbBoardRoutes } from './qrb-board-routes';
import { qrbCaseRoutes } from './qrb-case-routes';
import { qrbReviewRoutes } from './qrb-review-routes';
import { userRoutes } from './user-routes';

/** Every route of the API. The OpenAPI document and the authorization matrix test are generated from it. */
export const ROUTES: readonly TAnyRoute[] = [
  ...healthRoutes,
  ...authRoutes,
  ...agencyRoutes,
  ...userRoutes,
  ...auditRoutes,
  ...modelRoutes,
  ...caseRoutes,
  ...narrativeRoutes,
  ...hiringActionRoutes,
  ...qrbCaseRoutes,
  ...qrbReviewRoutes,
  ...qrbBoardRoutes,
  ...notificationRoutes,
];
