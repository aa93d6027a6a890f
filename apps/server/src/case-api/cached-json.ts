import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * A JSON body prepared once and served many times: its text, a strong ETag, and brotli and gzip encodings
 * made on first demand. Serving it costs a header comparison, not serialization or compression.
 */
export class CachedJson {
  readonly text: string;
  readonly etag: string;
  private gzipped: Buffer | undefined;
  private brotli: Buffer | undefined;

  constructor(text: string) {
    this.text = text;
    this.etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 32)}"`;
  }

  get gzip(): Buffer {
    this.gzipped ??= gzipSync(this.text, { level: 9 });
    return this.gzipped;
  }

  get br(): Buffer {
    this.brotli ??= brotliCompressSync(this.text, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } });
    return this.brotli;
  }
}

/** Whether the client accepts an encoding (and has not refused it with q=0). */
function accepts(request: FastifyRequest, encoding: 'br' | 'gzip'): boolean {
  const header = request.headers['accept-encoding'];
  if (typeof header !== 'string') return false;
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    return name === encoding && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
  });
}

/**
 * Sends a cached body: 304 when the client already holds this ETag, brotli or gzip when the client accepts it. The
 * data can change on import, so clients revalidate (`no-cache`) rather than trust a lifetime.
 */
export function sendCachedJson(request: FastifyRequest, reply: FastifyReply, body: CachedJson): void {
  void reply.header('etag', body.etag).header('cache-control', 'public, no-cache').header('vary', 'accept-encoding');
  if (request.headers['if-none-match'] === body.etag) {
    void reply.status(304).send();
    return;
  }
  void reply.type('application/json; charset=utf-8');
  if (accepts(request, 'br')) {
    void reply.header('content-encoding', 'br').send(body.br);
    return;
  }
  if (accepts(request, 'gzip')) {
    void reply.header('content-encoding', 'gzip').send(body.gzip);
    return;
  }
  void reply.send(body.text);
}
