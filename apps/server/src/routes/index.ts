import type { TAnyRoute } from '../http/route';
import { authRoutes } from './auth-routes';
import { healthRoutes } from './health-routes';

/** Every route of the API. The OpenAPI document and the authorization matrix test are generated from it. */
export const ROUTES: readonly TAnyRoute[] = [...healthRoutes, ...authRoutes];
