import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'ecq_session';
export const CSRF_HEADER = 'x-csrf-token';

/** A new random session token (sent only in the cookie) and CSRF token (sent in responses and headers). */
export function newSessionSecrets(): { token: string; tokenHash: string; csrfToken: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashSessionToken(token), csrfToken: randomBytes(24).toString('base64url') };
}

/** Sessions are stored by the SHA-256 of their token, so a database read leaks no usable token. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
