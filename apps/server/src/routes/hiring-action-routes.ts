import { ZCreateHiringActionRequest, type TPolicyPack } from '@ecq/core';
import { z } from 'zod';
import type { TAppDeps } from '../deps';
import { defineRoute, rolesOnly } from '../http/route';
import { requireSignedIn } from '../policies';
import { presentHiringAction, ZHiringActionResponse } from '../presenters/hiring-action';
import { createHiringAction } from '../use-cases/hiring-actions/create-hiring-action';
import { listHiringActions } from '../use-cases/hiring-actions/list-hiring-actions';
import { loadHiringAction } from '../use-cases/hiring-actions/load-hiring-action';
import { ZIdParams, ZPage, ZPageLimit } from './common-schemas';

export const ZListHiringActionsQuery = z.strictObject({
  agencyId: z.uuid().optional().describe('OPM administrators: one agency\'s actions'),
  limit: ZPageLimit,
  after: z.string().max(100).optional(),
});

const TAGS = ['hiring actions'];

/** The frozen pack of an action, when this deployment still serves it. */
async function packOf(deps: TAppDeps, packId: string): Promise<TPolicyPack | undefined> {
  return (await deps.packs.current()).packs.find((p) => p.id === packId);
}

export const hiringActionRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/hiring-actions',
    summary: "Create a hiring action for your agency: the governing model is frozen from its initiation date, with its reason",
    tags: TAGS,
    access: rolesOnly('agency_hr'),
    body: ZCreateHiringActionRequest,
    response: ZHiringActionResponse,
    successStatus: 201,
    async handler({ actor, body, deps, request }) {
      const action = await createHiringAction(deps, { actor: requireSignedIn(actor), ...body, requestId: request.id });
      return presentHiringAction(action, await packOf(deps, action.packId));
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/hiring-actions',
    summary: "Hiring actions newest first (`?limit=&after=<nextCursor>`): your agency's; OPM administrators every agency's",
    tags: TAGS,
    access: rolesOnly('agency_hr', 'opm_admin'),
    query: ZListHiringActionsQuery,
    response: ZPage(ZHiringActionResponse),
    async handler({ actor, query, deps }) {
      const page = await listHiringActions(deps, { actor: requireSignedIn(actor), ...query });
      const { packs } = await deps.packs.current();
      return { items: page.items.map((a) => presentHiringAction(a, packs.find((p) => p.id === a.packId))), nextCursor: page.nextCursor };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/hiring-actions/:id',
    summary: 'One hiring action with its frozen model, limits and QRB due date',
    tags: TAGS,
    access: rolesOnly('agency_hr', 'opm_admin'),
    params: ZIdParams,
    response: ZHiringActionResponse,
    async handler({ actor, params, deps }) {
      const action = await loadHiringAction(deps.db, { actor: requireSignedIn(actor), id: params.id });
      return presentHiringAction(action, await packOf(deps, action.packId));
    },
  }),
];
