import { z } from 'zod';
import { defineRoute, rolesOnly, SIGNED_IN } from '../http/route';
import { authorize, canListAgencies, canManageAgencies, requireSignedIn } from '../policies';
import { presentAgency, ZAgencyResponse } from '../presenters/agency';
import { createAgency } from '../use-cases/create-agency';
import { getAgency } from '../use-cases/get-agency';
import { listAgencies } from '../use-cases/list-agencies';
import { updateAgency } from '../use-cases/update-agency';
import { ZIdParams, ZPage, ZPageLimit, ZRecordVersion } from './common-schemas';

export const AGENCY_CODE_PATTERN = /^[A-Z0-9]{2,12}$/;
export const AGENCY_NAME_MAX_LENGTH = 200;

const ZAgencyCode = z.string().regex(AGENCY_CODE_PATTERN, 'use 2–12 upper-case letters or digits');
const ZAgencyName = z.string().trim().min(1).max(AGENCY_NAME_MAX_LENGTH);

export const ZCreateAgencyRequest = z.strictObject({ code: ZAgencyCode, name: ZAgencyName });
export const ZUpdateAgencyRequest = z.strictObject({ name: ZAgencyName, version: ZRecordVersion });
export const ZListAgenciesQuery = z.strictObject({ limit: ZPageLimit, after: ZAgencyCode.optional() });

const MANAGE_REFUSAL = { field: 'role', message: 'only OPM administrators manage agencies' } as const;
const READ_REFUSAL = { field: 'session', message: 'sign in to read agencies' } as const;

export const agencyRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/agencies',
    summary: 'Create an agency (OPM administrators); its code is unique',
    tags: ['agencies'],
    access: rolesOnly('opm_admin'),
    body: ZCreateAgencyRequest,
    response: ZAgencyResponse,
    successStatus: 201,
    async handler({ actor, body, deps, request }) {
      const user = requireSignedIn(actor);
      authorize(canManageAgencies(user), MANAGE_REFUSAL);
      return presentAgency(await createAgency(deps, { actor: user, ...body, requestId: request.id }));
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/agencies',
    summary: 'Agencies by code, keyset-paginated (`?limit=&after=<nextCursor>`)',
    tags: ['agencies'],
    access: SIGNED_IN,
    query: ZListAgenciesQuery,
    response: ZPage(ZAgencyResponse),
    async handler({ actor, query, deps }) {
      authorize(canListAgencies(actor), READ_REFUSAL);
      const page = await listAgencies(deps, query);
      return { items: page.items.map(presentAgency), nextCursor: page.nextCursor };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/agencies/:id',
    summary: 'One agency',
    tags: ['agencies'],
    access: SIGNED_IN,
    params: ZIdParams,
    response: ZAgencyResponse,
    async handler({ actor, params, deps }) {
      authorize(canListAgencies(actor), READ_REFUSAL);
      return presentAgency(await getAgency(deps, params.id));
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/agencies/:id',
    summary: 'Rename an agency (OPM administrators), quoting the version read; a stale version is a 409',
    tags: ['agencies'],
    access: rolesOnly('opm_admin'),
    params: ZIdParams,
    body: ZUpdateAgencyRequest,
    response: ZAgencyResponse,
    async handler({ actor, params, body, deps, request }) {
      const user = requireSignedIn(actor);
      authorize(canManageAgencies(user), MANAGE_REFUSAL);
      return presentAgency(await updateAgency(deps, { actor: user, id: params.id, ...body, requestId: request.id }));
    },
  }),
];
