import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import type { TDatabase } from '@ecq/db';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { TServerConfig } from './config';
import type { TAppDeps } from './deps';
import { installErrorHandler } from './http/errors';
import { computeSecurityHeaders } from './http/security-headers';
import { registerRoutes, type TAnyRoute } from './http/route';
import { buildOpenApiDocument } from './openapi';
import { createPackRegistry } from './packs/pack-registry';
import { ROUTES } from './routes';
import { serveWebApp, WEB_APP_DIST_DIR } from './static/serve-web-app';

/** Default largest JSON body; routes that take files raise their own limit. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;
export const API_VERSION = '0.1.0';

export interface BuildAppOptions {
  readonly db: TDatabase;
  readonly config: TServerConfig;
  readonly logger?: FastifyServerOptions['logger'];
  readonly now?: () => Date;
  readonly routes?: readonly TAnyRoute[];
  /** The built web app to serve at `/` (default apps/web/dist; null serves the API only). */
  readonly webAppDir?: string | null;
}

/**
 * Builds the HTTP application: security headers, cookies, one error model, request ids, the route table,
 * and the OpenAPI document generated from it. Stateless: everything lives in the database.
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: DEFAULT_BODY_LIMIT,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[A-Za-z0-9._-]{1,100}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    trustProxy: true,
  });
  const packs = createPackRegistry({
    db: options.db,
    config: options.config,
    onRefreshError: (error) => app.log.error({ err: error }, 'policy packs: refresh failed; serving the packs loaded before'),
  });
  const deps: TAppDeps = { db: options.db, config: options.config, now: options.now ?? (() => new Date()), packs, log: app.log };
  const routes = options.routes ?? ROUTES;

  await app.register(fastifyCookie);
  const securityHeaders = computeSecurityHeaders();
  app.addHook('onRequest', (request, reply, done) => {
    void reply.headers(securityHeaders).header('x-request-id', request.id);
    done();
  });
  installErrorHandler(app);
  registerRoutes(app, routes, deps);
  // Load the packs before serving, so that a bad ECQ_FOLLOW stops start-up with its message.
  app.addHook('onReady', async () => {
    await packs.current();
  });

  const openApi = buildOpenApiDocument(routes, { version: API_VERSION });
  app.get('/openapi.json', async () => openApi);
  app.get('/docs', async (_request, reply) => reply.type('text/html').send(renderDocsPage(routes)));
  const webAppDir = options.webAppDir === undefined ? WEB_APP_DIST_DIR : options.webAppDir;
  if (webAppDir !== null) await serveWebApp(app, { distDir: webAppDir });
  return app;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A plain, accessible HTML index of the API; the machine-readable document is /openapi.json. */
function renderDocsPage(routes: readonly TAnyRoute[]): string {
  const rows = routes
    .map((r) => {
      const access = r.access.kind === 'roles' ? r.access.roles.join(', ') : r.access.kind;
      return `<tr><td><code>${r.method}</code></td><td><code>${escapeHtml(r.url)}</code></td><td>${escapeHtml(r.summary)}</td><td>${escapeHtml(access)}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ECQ Workbench API</title></head>
<body><main><h1>ECQ Workbench API</h1>
<p>The OpenAPI 3.1 document is at <a href="/openapi.json">/openapi.json</a>.</p>
<table><caption>Routes</caption><thead><tr><th scope="col">Method</th><th scope="col">Path</th><th scope="col">What it does</th><th scope="col">Who may call it</th></tr></thead>
<tbody>${rows}</tbody></table></main></body></html>`;
}
