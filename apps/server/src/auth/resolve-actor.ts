import { findLiveSessionUser, type TDatabase } from '@ecq/db';
import type { FastifyRequest } from 'fastify';
import { ANONYMOUS, type TActor } from './actor';
import { hashSessionToken, SESSION_COOKIE } from './session-tokens';

/**
 * The actor behind a request's session cookie: anonymous without a cookie, or when the session is unknown,
 * expired, or its user deactivated.
 */
export async function resolveActor(request: FastifyRequest, db: TDatabase, now: Date): Promise<TActor> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return ANONYMOUS;
  const tokenHash = hashSessionToken(token);
  const found = await findLiveSessionUser(db, tokenHash, now);
  if (!found || !found.user.isActive) return ANONYMOUS;
  const { session, user } = found;
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    agencyId: user.agencyId,
    roles: user.roles,
    session: { tokenHash, csrfToken: session.csrfToken, expiresAt: session.expiresAt },
    record: user,
  };
}
