import type { TAppErrorCode, TProblem } from '@ecq/core';
import type { TApiErrorBody } from './wire-types';

/** Codes the app adds for failures that never reached the API's error model. */
export type TClientErrorCode = 'NETWORK' | 'BAD_RESPONSE';

/**
 * A failed API call, carrying the API's `{ code, message, field, problems }` so that pages can say what
 * went wrong and mark the field it concerns.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  readonly code: TAppErrorCode | TClientErrorCode;
  readonly field: string | undefined;
  readonly problems: readonly TProblem[];
  readonly requestId: string | undefined;

  constructor(options: {
    readonly status: number;
    readonly code: TAppErrorCode | TClientErrorCode;
    readonly message: string;
    readonly field?: string | undefined;
    readonly problems?: readonly TProblem[] | undefined;
    readonly requestId?: string | undefined;
  }) {
    super(options.message);
    this.status = options.status;
    this.code = options.code;
    this.field = options.field;
    this.problems = options.problems ?? [];
    this.requestId = options.requestId;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** The CSRF header the API requires on every cookie-authenticated write (apps/server/src/auth/session-tokens.ts). */
export const CSRF_HEADER = 'x-csrf-token';

export type TWriteMethod = 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface TApiClient {
  /** GET a JSON resource; `query` values that are undefined are left out. */
  get<T>(path: string, options?: { readonly query?: Readonly<Record<string, string | undefined>>; readonly signal?: AbortSignal }): Promise<T>;
  /** A write, with the session's CSRF token when there is one. */
  send<T>(method: TWriteMethod, path: string, body?: unknown): Promise<T>;
  /** The CSRF token of the current session (from sign-in or GET /api/auth/session); undefined when signed out. */
  setCsrfToken(token: string | undefined): void;
}

function isErrorBody(value: unknown): value is TApiErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string' && typeof (value as { message?: unknown }).message === 'string';
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * A small JSON client for the API: same-origin cookies, the CSRF header on writes, and every failure turned
 * into an {@link ApiError} (the API's own error body when there is one).
 */
export function createApiClient(options: { readonly fetch: typeof fetch; readonly baseUrl?: string }): TApiClient {
  let csrfToken: string | undefined;
  const baseUrl = options.baseUrl ?? '';

  async function request<T>(method: 'GET' | TWriteMethod, path: string, init: { body?: unknown; signal?: AbortSignal | undefined }): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && csrfToken !== undefined) headers[CSRF_HEADER] = csrfToken;
    let response: Response;
    try {
      response = await options.fetch(`${baseUrl}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
        ...(init.signal === undefined ? {} : { signal: init.signal }),
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError({
        status: 0,
        code: 'NETWORK',
        message: 'The ECQ Workbench server could not be reached. Check your connection and try again.',
      });
    }
    const body = await readJson(response);
    if (response.ok) return body as T;
    if (isErrorBody(body)) {
      throw new ApiError({
        status: response.status,
        code: body.code,
        message: body.message,
        field: body.field,
        problems: body.problems,
        requestId: body.requestId,
      });
    }
    throw new ApiError({
      status: response.status,
      code: 'BAD_RESPONSE',
      message: `The server answered ${response.status} ${response.statusText} without an explanation. Try again in a moment.`,
    });
  }

  return {
    get(path, getOptions = {}) {
      const entries = Object.entries(getOptions.query ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined);
      const search = entries.length === 0 ? '' : `?${new URLSearchParams(entries).toString()}`;
      return request('GET', `${path}${search}`, { signal: getOptions.signal });
    },
    send(method, path, body) {
      return request(method, path, { body });
    },
    setCsrfToken(token) {
      csrfToken = token;
    },
  };
}

/** The app's client for its own origin. */
export const api: TApiClient = createApiClient({ fetch: (input, init) => globalThis.fetch(input, init) });
