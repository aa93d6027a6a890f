import type { RouteObject } from 'react-router';
import { canImportModels } from '../auth/permissions';
import { RequirePermission } from '../auth/require-permission';
import { CrosswalkPage } from '../pages/crosswalk-page';
import { CrosswalksPage } from '../pages/crosswalks-page';
import { ErrorPage } from '../pages/error-page';
import { HomePage } from '../pages/home-page';
import { ImportModelPage } from '../pages/import-model-page';
import { ModelPage } from '../pages/model-page';
import { ModelsPage } from '../pages/models-page';
import { NotFoundPage } from '../pages/not-found-page';
import { SignInPage } from '../pages/sign-in-page';
import { WhichModelPage } from '../pages/which-model-page';
import { QRB_ROUTES } from './qrb-routes';
import { WORKBENCH_ROUTES } from './workbench-routes';
import { AppLayout } from './app-layout';

/**
 * The route table. Every page renders inside the layout; a page that throws shows the error page in its
 * place, and an unknown address the 404 page. Navigation entries live in navigation.ts.
 */
export const ROUTES: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <ErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'models', element: <ModelsPage /> },
          { path: 'models/:id', element: <ModelPage /> },
          { path: 'crosswalks', element: <CrosswalksPage /> },
          { path: 'crosswalks/:from/:to', element: <CrosswalkPage /> },
          { path: 'which-model', element: <WhichModelPage /> },
          {
            path: 'import-model',
            element: (
              <RequirePermission isAllowed={canImportModels}>
                <ImportModelPage />
              </RequirePermission>
            ),
          },
          ...WORKBENCH_ROUTES,
          ...QRB_ROUTES,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
