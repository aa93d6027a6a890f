import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ECQ_2025_PACK, exportPackToCase, serializeCasePackage } from '@ecq/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeSecurityHeaders } from '../src/http/security-headers';
import { createTestApp, type TestApp } from './harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const PACKAGE_URL = `/ims/case/v1p1/CFPackages/${ECQ_2025_PACK.model.uuid}`;

describe('[HTTP] cached CASE bodies and security headers', () => {
  it('serves the same bytes plain, gzip and brotli, with an ETag that answers 304', async () => {
    const expected = serializeCasePackage(exportPackToCase(ECQ_2025_PACK));
    const plain = await t.app.inject({ method: 'GET', url: PACKAGE_URL });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(expected);
    expect(plain.headers.vary).toBe('accept-encoding');

    const gzip = await t.app.inject({ method: 'GET', url: PACKAGE_URL, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString('utf8')).toBe(expected);

    const br = await t.app.inject({ method: 'GET', url: PACKAGE_URL, headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(expected);
    expect(br.rawPayload.length).toBeLessThan(expected.length / 5);

    const refused = await t.app.inject({ method: 'GET', url: PACKAGE_URL, headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } });
    expect(refused.headers['content-encoding']).toBeUndefined();

    const etag = plain.headers.etag;
    expect(typeof etag).toBe('string');
    expect(gzip.headers.etag).toBe(etag);
    const revalidated = await t.app.inject({ method: 'GET', url: PACKAGE_URL, headers: { 'if-none-match': String(etag) } });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.body).toBe('');
    const stale = await t.app.inject({ method: 'GET', url: PACKAGE_URL, headers: { 'if-none-match': '"something-else"' } });
    expect(stale.statusCode).toBe(200);
  });

  it('sends helmet\'s security headers on every response, errors included', async () => {
    const expected = computeSecurityHeaders();
    expect(expected['content-security-policy']).toContain("default-src 'self'");
    expect(expected['strict-transport-security']).toMatch(/max-age=\d+/);
    for (const url of ['/healthz', PACKAGE_URL, '/api/users/me', '/no/such/route']) {
      const response = await t.app.inject({ method: 'GET', url });
      for (const [name, value] of Object.entries(expected)) expect(response.headers[name], `${url} ${name}`).toBe(value);
      expect(response.headers['x-powered-by']).toBeUndefined();
      expect(response.headers['x-request-id']).toBeTruthy();
    }
  });
});
