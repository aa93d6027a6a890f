import { createUser, TEST_PASSWORD } from '@ecq/db/testing';
import { EVERYONE, SIGNED_IN_USERS, type TAccessExpectations } from './types';

/** Health, sign-in/out/session, and the API documentation the app serves beside the route table. */
export const authExpectations: TAccessExpectations = {
  'GET /healthz': { build: async () => ({ url: '/healthz' }), expect: EVERYONE },
  'GET /readyz': { build: async () => ({ url: '/readyz' }), expect: EVERYONE },
  'GET /openapi.json': { build: async () => ({ url: '/openapi.json' }), expect: EVERYONE },
  'GET /docs': { build: async () => ({ url: '/docs' }), expect: EVERYONE },
  'POST /api/auth/sign-in': {
    // A real account, so "allowed" is a 200 and not the 401 of wrong credentials.
    async build(ctx) {
      const user = await createUser(ctx.db, { roles: ['candidate'], agencyId: ctx.ownAgencyId });
      return { url: '/api/auth/sign-in', payload: { email: user.email, password: TEST_PASSWORD } };
    },
    expect: EVERYONE,
  },
  'POST /api/auth/sign-out': { build: async () => ({ url: '/api/auth/sign-out' }), expect: SIGNED_IN_USERS },
  'GET /api/auth/session': { build: async () => ({ url: '/api/auth/session' }), expect: SIGNED_IN_USERS },
};
