import { AppError } from '@ecq/core';
import {
  countRecentAuditEvents,
  decoyPasswordHash,
  deleteExpiredSessions,
  getUserByEmail,
  insertSession,
  recordAuditEvent,
  verifyPassword,
  type TUserWithRoles,
} from '@ecq/db';
import { newSessionSecrets } from '../auth/session-tokens';
import type { TAppDeps } from '../deps';

export const SIGN_IN_FAILED = 'auth.sign_in_failed';

export interface TSignInResult {
  readonly user: TUserWithRoles;
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

/**
 * Signs a user in with email and password (argon2id). Failures are audited with the email as subject, and
 * too many within the window answer 429 before any password is checked, on every instance alike because
 * the count lives in the database. The same message covers an unknown email and a wrong password.
 */
export async function signIn(
  deps: TAppDeps,
  request: { readonly email: string; readonly password: string; readonly requestId: string },
): Promise<TSignInResult> {
  const email = request.email.toLowerCase();
  const subjectKey = `email:${email}`;
  const now = deps.now();
  const failures = await countRecentAuditEvents(deps.db, {
    action: SIGN_IN_FAILED,
    subjectKey,
    since: new Date(now.getTime() - deps.config.signInWindowMs),
  });
  if (failures >= deps.config.signInMaxFailures) {
    throw new AppError('RATE_LIMITED', 'email: too many failed sign-ins; wait a few minutes and try again', { field: 'email' });
  }
  const user = await getUserByEmail(deps.db, email);
  const isValid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), request.password);
  if (!user || !isValid || !user.isActive) {
    await recordAuditEvent(deps.db, {
      actorUserId: null,
      agencyId: user?.agencyId ?? null,
      action: SIGN_IN_FAILED,
      entityType: 'session',
      entityId: null,
      requestId: request.requestId,
      subjectKey,
    });
    throw new AppError('UNAUTHENTICATED', 'email or password is wrong, or the account is inactive', { field: 'email' });
  }
  const secrets = newSessionSecrets();
  const expiresAt = new Date(now.getTime() + deps.config.sessionTtlMs);
  await deps.db.transaction(async (tx) => {
    // Sweeping here keeps the table small without a background job; expired rows are never honoured anyway.
    await deleteExpiredSessions(tx, now);
    await insertSession(tx, { tokenHash: secrets.tokenHash, userId: user.id, csrfToken: secrets.csrfToken, expiresAt });
    await recordAuditEvent(tx, {
      actorUserId: user.id,
      agencyId: user.agencyId,
      action: 'auth.signed_in',
      entityType: 'session',
      entityId: user.id,
      requestId: request.requestId,
    });
  });
  return { user, token: secrets.token, csrfToken: secrets.csrfToken, expiresAt };
}
