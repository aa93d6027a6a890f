import { request, type APIRequestContext, type BrowserContext } from 'playwright-core';
import { expect } from 'vitest';
import { E2E_PASSWORD } from './e2e-app';

type TMethod = 'POST' | 'PATCH' | 'PUT';

/** A small client for the API, signed in as one user, with the CSRF header on writes; each call must answer as expected. */
export interface TApi {
  get<T>(path: string): Promise<T>;
  /** A write that must answer `expectedStatus` (200 unless told); returns the JSON body. */
  send<T>(method: TMethod, path: string, body: unknown, expectedStatus?: number): Promise<T>;
  /** A download's bytes, as text. */
  download(path: string): Promise<string>;
}

/** Signs in through the API (POST /api/auth/sign-in) in these requests' cookie jar; returns the session's CSRF token. */
async function signIn(requests: APIRequestContext, email: string): Promise<string> {
  const response = await requests.post('/api/auth/sign-in', { data: { email, password: E2E_PASSWORD } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

function clientOf(requests: APIRequestContext, csrfToken: string): TApi {
  const headers = { 'x-csrf-token': csrfToken };
  return {
    async get<T>(path: string): Promise<T> {
      const response = await requests.get(path);
      expect(response.status(), `GET ${path}: ${await response.text()}`).toBe(200);
      return (await response.json()) as T;
    },
    async send<T>(method: TMethod, path: string, body: unknown, expectedStatus = 200): Promise<T> {
      const response = await requests.fetch(path, { method, data: body, headers });
      expect(response.status(), `${method} ${path}: ${await response.text()}`).toBe(expectedStatus);
      return (await response.json()) as T;
    },
    async download(path: string): Promise<string> {
      const response = await requests.get(path);
      expect(response.status(), `GET ${path}`).toBe(200);
      return response.text();
    },
  };
}

/**
 * Signs a browser context in through the API (so that its pages open signed in, the session restored from the
 * cookie) and returns the API as that user, for seeding and for checking what a page did.
 */
export async function signInContext(context: BrowserContext, email: string): Promise<TApi> {
  return clientOf(context.request, await signIn(context.request, email));
}

/** The API as a user, in a cookie jar of its own (so that no browser page's session is touched); dispose it after. */
export async function apiAs(baseURL: string, email: string): Promise<TApi & { dispose(): Promise<void> }> {
  const requests = await request.newContext({ baseURL });
  const client = clientOf(requests, await signIn(requests, email));
  return { ...client, dispose: () => requests.dispose() };
}
