import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Where `npm run build:web` writes the web app (apps/web/dist), from this file's place in the repository. */
export const WEB_APP_DIST_DIR = resolve(import.meta.dirname, '../../../web/dist');

/**
 * Paths the API owns. A miss under them stays the API's JSON 404; the web app's index.html is never an
 * answer there, or a client asking for JSON would get HTML.
 */
export const API_PATH_PREFIXES = ['/api', '/ims', '/openapi.json', '/docs', '/healthz', '/readyz'] as const;

/** Vite's content-hashed output: a changed file gets a new name, so these may be cached for a year. */
const HASHED_ASSETS_DIR = 'assets';
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and unhashed files (favicon): revalidated on every use, so a new build is picked up at once. */
const REVALIDATE = 'no-cache';

export function isApiPath(pathname: string): boolean {
  return API_PATH_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

function pathnameOf(request: FastifyRequest): string {
  return request.url.split('?')[0] ?? '/';
}

/**
 * Serves the built web app at `/`: files from `distDir` (hashed assets cached for a year, precompressed
 * brotli/gzip variants when the build made them), and index.html for every other GET outside the API's
 * paths, so that a reload on `/models/ecq-2025` reaches the app's router. When the app has not been built
 * the server still starts and serves the API only, with a note in the log.
 */
export async function serveWebApp(app: FastifyInstance, options: { readonly distDir: string }): Promise<void> {
  const { distDir } = options;
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.warn({ distDir }, 'web app not built (no index.html); serving the API only — run `npm run build:web`');
    return;
  }
  const assetsDir = join(distDir, HASHED_ASSETS_DIR) + sep;
  await app.register(fastifyStatic, {
    root: distDir,
    prefix: '/',
    // One route per built file, registered now; the catch-all below owns every other path.
    wildcard: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders(res, path) {
      res.setHeader('cache-control', path.startsWith(assetsDir) ? IMMUTABLE : REVALIDATE);
      res.setHeader('vary', 'accept-encoding');
    },
  });

  const sendIndex = (reply: FastifyReply) => reply.header('cache-control', REVALIDATE).sendFile('index.html');
  app.route({
    method: ['GET', 'HEAD'],
    url: '/*',
    handler(request, reply) {
      const pathname = pathnameOf(request);
      // A missing hashed asset is a 404, not the app: a browser would try to run HTML as a script.
      if (isApiPath(pathname) || pathname.startsWith(`/${HASHED_ASSETS_DIR}/`)) return reply.callNotFound();
      return sendIndex(reply);
    },
  });
  app.route({ method: ['GET', 'HEAD'], url: '/', handler: (_request, reply) => sendIndex(reply) });
}
