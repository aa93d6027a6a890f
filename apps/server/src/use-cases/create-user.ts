import { AppError } from '@ecq/core';
import {
  getAgencyById,
  getUserByEmail,
  hashPassword,
  insertUser,
  recordAuditEvent,
  type TRole,
  type TUserWithRoles,
} from '@ecq/db';
import type { TUserActor } from '../auth/actor';
import type { TAppDeps } from '../deps';
import { isAgencyScopedRole } from '../policies';
import { presentUser } from '../presenters/user';
import { isUniqueViolation } from './write-errors';

const duplicateEmail = (email: string) =>
  new AppError('CONFLICT', `email: a user with email "${email}" already exists`, { field: 'email' });

export interface TCreateUserRequest {
  /** Who creates the user; null for the command line (`ecq users create`), audited with no actor. */
  readonly actor: TUserActor | null;
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
  readonly agencyId: string | null;
  readonly roles: readonly TRole[];
  /** The HTTP request's id; null outside a request. */
  readonly requestId: string | null;
}

/**
 * Creates a user with an argon2id password hash and their roles, auditing `user.created` (without the hash)
 * in the same transaction. Agency-scoped roles need an existing agency; emails are unique regardless of case.
 */
export async function createUser(deps: Pick<TAppDeps, 'db'>, request: TCreateUserRequest): Promise<TUserWithRoles> {
  const email = request.email.toLowerCase();
  if (request.agencyId === null && request.roles.some(isAgencyScopedRole)) {
    throw new AppError('VALIDATION_FAILED', 'agencyId: every role but opm_admin belongs to an agency; give agencyId', {
      field: 'agencyId',
    });
  }
  // Hashing is deliberately slow, so it happens before the transaction opens.
  const passwordHash = await hashPassword(request.password);
  try {
    return await deps.db.transaction(async (tx) => {
      if (request.agencyId !== null && !(await getAgencyById(tx, request.agencyId))) {
        throw new AppError('NOT_FOUND', `agencyId: no agency ${request.agencyId}`, { field: 'agencyId' });
      }
      if (await getUserByEmail(tx, email)) throw duplicateEmail(email);
      const user = await insertUser(tx, {
        email,
        displayName: request.displayName,
        passwordHash,
        agencyId: request.agencyId,
        roles: request.roles,
      });
      await recordAuditEvent(tx, {
        actorUserId: request.actor?.userId ?? null,
        agencyId: user.agencyId,
        action: 'user.created',
        entityType: 'user',
        entityId: user.id,
        before: null,
        after: presentUser(user),
        requestId: request.requestId,
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateEmail(email);
    throw error;
  }
}
