import { ROLES } from '@ecq/db';
import { z } from 'zod';
import { defineRoute, rolesOnly, SIGNED_IN } from '../http/route';
import { authorize, canCreateUsers, canUpdateUsers, requireSignedIn } from '../policies';
import { presentUser, ZUserResponse } from '../presenters/user';
import { createUser } from '../use-cases/create-user';
import { getUser } from '../use-cases/get-user';
import { listUsers } from '../use-cases/list-users';
import { updateUser } from '../use-cases/update-user';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from './auth-routes';
import { ZIdParams, ZPage, ZPageLimit, ZRecordVersion } from './common-schemas';

export const PASSWORD_MIN_LENGTH = 12;
export const DISPLAY_NAME_MAX_LENGTH = 200;

const ZDisplayName = z.string().trim().min(1).max(DISPLAY_NAME_MAX_LENGTH);
/** A non-empty set of roles: each known, none twice. */
const ZRoles = z
  .array(z.enum(ROLES))
  .min(1, 'give at least one role')
  .refine((roles) => new Set(roles).size === roles.length, 'name each role once');

export const ZCreateUserRequest = z.strictObject({
  email: z.email().max(EMAIL_MAX_LENGTH),
  displayName: ZDisplayName,
  password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
  agencyId: z.uuid().nullable(),
  roles: ZRoles,
});

export const ZUpdateUserRequest = z
  .strictObject({
    displayName: ZDisplayName.optional(),
    isActive: z.boolean().optional(),
    roles: ZRoles.optional(),
    version: ZRecordVersion,
  })
  .refine((patch) => patch.displayName !== undefined || patch.isActive !== undefined || patch.roles !== undefined, {
    message: 'change at least one of displayName, isActive, roles',
    path: ['displayName'],
  });

export const ZListUsersQuery = z.strictObject({
  agencyId: z.uuid().optional(),
  role: z.enum(ROLES).optional().describe('only users holding this role'),
  limit: ZPageLimit,
  after: z.string().max(EMAIL_MAX_LENGTH).optional(),
});

const ADMIN_REFUSAL = { field: 'role', message: 'only OPM administrators manage users' } as const;

export const userRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/users',
    summary: 'Create a user with a password and roles (OPM administrators)',
    tags: ['users'],
    access: rolesOnly('opm_admin'),
    body: ZCreateUserRequest,
    response: ZUserResponse,
    successStatus: 201,
    async handler({ actor, body, deps, request }) {
      const user = requireSignedIn(actor);
      authorize(canCreateUsers(user), ADMIN_REFUSAL);
      return presentUser(await createUser(deps, { actor: user, ...body, requestId: request.id }));
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/users',
    summary: "Users by email, keyset-paginated; agency staff see only their own agency's",
    tags: ['users'],
    access: rolesOnly('opm_admin', 'agency_hr'),
    query: ZListUsersQuery,
    response: ZPage(ZUserResponse),
    async handler({ actor, query, deps }) {
      const page = await listUsers(deps, { actor: requireSignedIn(actor), ...query });
      return { items: page.items.map(presentUser), nextCursor: page.nextCursor };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/users/me',
    summary: 'The signed-in user',
    tags: ['users'],
    access: SIGNED_IN,
    response: ZUserResponse,
    async handler({ actor }) {
      return presentUser(requireSignedIn(actor).record);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/users/:id',
    summary: "One user: oneself, any for OPM administrators, one's own agency's for agency staff",
    tags: ['users'],
    access: SIGNED_IN,
    params: ZIdParams,
    response: ZUserResponse,
    async handler({ actor, params, deps }) {
      return presentUser(await getUser(deps, { actor: requireSignedIn(actor), id: params.id }));
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/users/:id',
    summary: 'Change a user’s name, activation or roles (OPM administrators), quoting the version read',
    tags: ['users'],
    access: rolesOnly('opm_admin'),
    params: ZIdParams,
    body: ZUpdateUserRequest,
    response: ZUserResponse,
    async handler({ actor, params, body, deps, request }) {
      const user = requireSignedIn(actor);
      authorize(canUpdateUsers(user), ADMIN_REFUSAL);
      const { version, ...patch } = body;
      return presentUser(await updateUser(deps, { actor: user, id: params.id, version, patch, requestId: request.id }));
    },
  }),
];
