import { createTestDatabase, createUser, TEST_PASSWORD } from '@ecq/db/testing';
import type { DatabaseHandle, TRole, TUserWithRoles } from '@ecq/db';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app';
import { loadConfig, type TServerConfig } from '../src/config';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly handle: DatabaseHandle;
  readonly config: TServerConfig;
  close(): Promise<void>;
}

/**
 * The real app, in-process, on a fresh migrated database (PostgreSQL when TEST_DATABASE_URL is set); `now`
 * replaces the clock, for tests about dates and deadlines.
 */
export async function createTestApp(overrides: Partial<TServerConfig> = {}, options: { readonly now?: () => Date } = {}): Promise<TestApp> {
  const handle = await createTestDatabase();
  const config = { ...loadConfig({}), ...overrides };
  const app = await buildApp({ db: handle.db, config, ...(options.now === undefined ? {} : { now: options.now }) });
  await app.ready();
  return {
    app,
    handle,
    config,
    async close() {
      await app.close();
      await handle.close();
    },
  };
}

export interface TSignedIn {
  readonly user: TUserWithRoles;
  readonly cookie: string;
  readonly csrfToken: string;
  /** Headers for a cookie-authenticated write. */
  readonly headers: Record<string, string>;
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'ecq_session');
  if (!cookie) throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return `ecq_session=${cookie.value}`;
}

/** Signs a user in through the API and returns what later requests need. */
export async function signInAs(app: FastifyInstance, user: TUserWithRoles): Promise<TSignedIn> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: TEST_PASSWORD } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = sessionCookieOf(response);
  const { csrfToken } = response.json<{ csrfToken: string }>();
  return { user, cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

/** Creates a user with roles (and an agency unless given) and signs them in. */
export async function signedInUser(
  testApp: TestApp,
  options: { roles: readonly TRole[]; agencyId?: string | null },
): Promise<TSignedIn> {
  const user = await createUser(testApp.handle.db, options);
  return signInAs(testApp.app, user);
}
