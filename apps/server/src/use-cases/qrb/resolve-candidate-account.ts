import { AppError } from '@ecq/core';
import { getUserByEmail, type TDatabase, type TUserWithRoles } from '@ecq/db';

/**
 * The account of the candidate a case names, by email: an active user who writes ECQ narratives (a
 * candidate or an executive), so that they can share their package with the case.
 * @throws AppError `NOT_FOUND` naming `candidateEmail`.
 */
export async function resolveCandidateAccount(db: TDatabase, email: string): Promise<TUserWithRoles> {
  const user = await getUserByEmail(db, email);
  if (!user || !user.isActive || !user.roles.some((role) => role === 'candidate' || role === 'executive')) {
    throw new AppError('NOT_FOUND', `candidateEmail: no active candidate account with the email ${email}; leave it out to build the case without one`, {
      field: 'candidateEmail',
    });
  }
  return user;
}
