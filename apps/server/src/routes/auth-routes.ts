import { AppError } from '@ecq/core';
import { z } from 'zod';
import { SESSION_COOKIE } from '../auth/session-tokens';
import { defineRoute, PUBLIC, SIGNED_IN } from '../http/route';
import { isSignedIn } from '../policies';
import { presentUser, ZUserResponse } from '../presenters/user';
import { signIn } from '../use-cases/sign-in';
import { signOut } from '../use-cases/sign-out';

export const EMAIL_MAX_LENGTH = 254;
export const PASSWORD_MAX_LENGTH = 256;

export const ZSignInRequest = z.strictObject({
  email: z.email().max(EMAIL_MAX_LENGTH),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const ZSessionResponse = z.object({
  user: ZUserResponse,
  csrfToken: z.string(),
  expiresAt: z.iso.datetime(),
});

export const authRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/auth/sign-in',
    summary: 'Sign in with email and password; sets the session cookie and returns the CSRF token',
    tags: ['auth'],
    access: PUBLIC,
    body: ZSignInRequest,
    response: ZSessionResponse,
    async handler({ body, deps, request, reply }) {
      const result = await signIn(deps, { ...body, requestId: request.id });
      void reply.setCookie(SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.config.cookieSecure || request.protocol === 'https',
        path: '/',
        expires: result.expiresAt,
      });
      return { user: presentUser(result.user), csrfToken: result.csrfToken, expiresAt: result.expiresAt.toISOString() };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/sign-out',
    summary: 'Sign out: the session ends at once',
    tags: ['auth'],
    access: SIGNED_IN,
    response: z.object({ signedOut: z.literal(true) }),
    async handler({ actor, deps, request, reply }) {
      if (!isSignedIn(actor)) throw new AppError('UNAUTHENTICATED', 'session: sign in first', { field: 'session' });
      await signOut(deps, actor, request.id);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { signedOut: true as const };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/auth/session',
    summary: 'The signed-in user, their roles and agency, and the CSRF token for writes',
    tags: ['auth'],
    access: SIGNED_IN,
    response: ZSessionResponse,
    async handler({ actor }) {
      if (!isSignedIn(actor)) throw new AppError('UNAUTHENTICATED', 'session: sign in first', { field: 'session' });
      return { user: presentUser(actor.record), csrfToken: actor.session.csrfToken, expiresAt: actor.session.expiresAt.toISOString() };
    },
  }),
];
