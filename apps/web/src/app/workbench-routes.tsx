import type { RouteObject } from 'react-router';

/**
 * [WORKBENCH] The candidate's narrative workbench (built on the /api/narratives routes) mounts its pages
 * here, each behind `RequirePermission`, and adds its entry to PRIMARY_NAV in navigation.ts. Empty until
 * those pages exist: no route or link leads anywhere unbuilt.
 */
export const WORKBENCH_ROUTES: RouteObject[] = [];
