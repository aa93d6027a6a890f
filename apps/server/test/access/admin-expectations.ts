import { createAgency, createUser } from '@ecq/db/testing';
import { NOBODY, SIGNED_IN_USERS, type TAccessExpectations, type TAudience, type TMatrixContext, type TReach } from './types';

const OPM_ADMINS: Readonly<Record<TAudience, TReach>> = { ...NOBODY, opm_admin: 'all' };
/** OPM administrators everywhere, executive-resources staff in their own agency. */
const OPM_AND_OWN_HR: Readonly<Record<TAudience, TReach>> = { ...OPM_ADMINS, agency_hr: 'own' };

let sequence = 0;
/** Distinct per call (the matrix calls `build` once per audience and scope, on a fresh database per file). */
const uniqueSuffix = () => (++sequence).toString(36).toUpperCase().padStart(4, '0');

const agencyOf = (ctx: TMatrixContext, scope: 'own' | 'other') => (scope === 'own' ? ctx.ownAgencyId : ctx.otherAgencyId);

/** Agencies, users and the audit log (agency-routes.ts, user-routes.ts, audit-routes.ts). */
export const adminExpectations: TAccessExpectations = {
  'POST /api/agencies': {
    build: async () => ({ url: '/api/agencies', payload: { code: `MX${uniqueSuffix()}`, name: 'Matrix agency' } }),
    expect: OPM_ADMINS,
  },
  'GET /api/agencies': { build: async () => ({ url: '/api/agencies' }), expect: SIGNED_IN_USERS },
  'GET /api/agencies/:id': {
    build: async (ctx, scope) => ({ url: `/api/agencies/${agencyOf(ctx, scope)}` }),
    expect: SIGNED_IN_USERS,
  },
  'PATCH /api/agencies/:id': {
    async build(ctx) {
      const agency = await createAgency(ctx.db);
      return { url: `/api/agencies/${agency.id}`, payload: { name: 'Renamed by the matrix', version: agency.version } };
    },
    expect: OPM_ADMINS,
  },
  'POST /api/users': {
    build: async (ctx, scope) => ({
      url: '/api/users',
      payload: {
        email: `matrix-${uniqueSuffix().toLowerCase()}@test.example`,
        displayName: 'Matrix user',
        password: 'a long enough password',
        agencyId: agencyOf(ctx, scope),
        roles: ['candidate'],
      },
    }),
    expect: OPM_ADMINS,
  },
  'GET /api/users': {
    build: async (ctx, scope) => ({ url: `/api/users?agencyId=${agencyOf(ctx, scope)}` }),
    expect: OPM_AND_OWN_HR,
  },
  'GET /api/users/me': { build: async () => ({ url: '/api/users/me' }), expect: SIGNED_IN_USERS },
  'GET /api/users/:id': {
    // Someone else's record: reading one's own is allowed to everyone (agencies-users.test.ts).
    async build(ctx, scope) {
      const user = await createUser(ctx.db, { roles: ['candidate'], agencyId: agencyOf(ctx, scope) });
      return { url: `/api/users/${user.id}` };
    },
    expect: OPM_AND_OWN_HR,
  },
  'PATCH /api/users/:id': {
    async build(ctx, scope) {
      const user = await createUser(ctx.db, { roles: ['candidate'], agencyId: agencyOf(ctx, scope) });
      return { url: `/api/users/${user.id}`, payload: { displayName: 'Renamed by the matrix', version: user.version } };
    },
    expect: OPM_ADMINS,
  },
  'GET /api/audit-events': {
    build: async (ctx, scope) => ({ url: `/api/audit-events?agencyId=${agencyOf(ctx, scope)}` }),
    expect: OPM_AND_OWN_HR,
  },
};
