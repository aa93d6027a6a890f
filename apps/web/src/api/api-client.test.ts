import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient, CSRF_HEADER } from './api-client';
import { describeApiError, fieldErrorsOf } from './describe-api-error';

interface TCall {
  readonly url: string;
  readonly init: RequestInit | undefined;
}

function fakeFetch(respond: (call: TCall) => Response | Promise<Response>) {
  const calls: TCall[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: String(input), init };
    calls.push(call);
    return respond(call);
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the API client', () => {
  it('sends the CSRF token on writes only, once it has one', async () => {
    const { calls, fetch } = fakeFetch(() => json(200, { ok: true }));
    const api = createApiClient({ fetch });
    await api.send('POST', '/api/auth/sign-in', { email: 'a@b.c', password: 'x' });
    api.setCsrfToken('token-1');
    await api.get('/api/models', { query: { on: '2025-07-01', process: undefined } });
    await api.send('POST', '/api/auth/sign-out');
    const headers = calls.map((call) => new Headers(call.init?.headers).get(CSRF_HEADER));
    expect(headers).toEqual([null, null, 'token-1']);
    expect(calls[1]?.url).toBe('/api/models?on=2025-07-01');
    expect(calls[0]?.init?.body).toBe('{"email":"a@b.c","password":"x"}');
    expect(calls[0]?.init?.credentials).toBe('same-origin');
  });

  it('turns the API error body into an ApiError with its code, field and problems', async () => {
    const { fetch } = fakeFetch(() =>
      json(400, {
        code: 'VALIDATION_FAILED',
        message: 'body is invalid: email: Invalid email address (and 1 more)',
        field: 'email',
        problems: [
          { path: 'email', message: 'email: Invalid email address' },
          { path: 'password', message: 'password: Too small' },
        ],
        requestId: 'req-1',
      }),
    );
    const error = await createApiClient({ fetch }).send('POST', '/api/auth/sign-in', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect([apiError.status, apiError.code, apiError.field, apiError.requestId]).toEqual([400, 'VALIDATION_FAILED', 'email', 'req-1']);
    expect([...fieldErrorsOf(apiError)]).toEqual([
      ['email', 'Invalid email address.'],
      ['password', 'Too small.'],
    ]);
  });

  it('says plainly when the server cannot be reached or answers without an error body', async () => {
    const offline = createApiClient({
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    const unreachable = (await offline.get('/api/models').catch((e: unknown) => e)) as ApiError;
    expect([unreachable.status, unreachable.code]).toEqual([0, 'NETWORK']);
    expect(describeApiError(unreachable)).toMatch(/could not be reached/);

    const { fetch } = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const proxyError = (await createApiClient({ fetch }).get('/api/models').catch((e: unknown) => e)) as ApiError;
    expect([proxyError.status, proxyError.code]).toEqual([502, 'BAD_RESPONSE']);
  });

  it('describes an error by its field-free message, as a sentence', () => {
    const error = new ApiError({ status: 429, code: 'RATE_LIMITED', message: 'email: too many failed sign-ins; wait a few minutes and try again', field: 'email' });
    expect(describeApiError(error)).toBe('Too many failed sign-ins; wait a few minutes and try again.');
    expect(fieldErrorsOf(error).get('email')).toBe('Too many failed sign-ins; wait a few minutes and try again.');
    expect(describeApiError(new ApiError({ status: 500, code: 'INTERNAL', message: 'internal error' }))).toMatch(/help desk/);
  });

  it('reads a domain rule\'s JSON path ($.announcementClosesOn) as the field it names', () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'announcementClosesOn: the announcement cannot close (2026-10-01) before it opens (2026-10-15)',
      field: 'announcementClosesOn',
      problems: [{ path: '$.announcementClosesOn', message: 'announcementClosesOn: the announcement cannot close (2026-10-01) before it opens (2026-10-15)' }],
    });
    expect([...fieldErrorsOf(error)]).toEqual([['announcementClosesOn', 'The announcement cannot close (2026-10-01) before it opens (2026-10-15).']]);
  });
});
