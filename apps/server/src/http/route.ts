import { AppError } from '@ecq/core';
import type { TRole } from '@ecq/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ANONYMOUS, type TActor } from '../auth/actor';
import { resolveActor } from '../auth/resolve-actor';
import { CSRF_HEADER, safeEqual } from '../auth/session-tokens';
import { hasAnyRole, isSignedIn } from '../policies';
import type { TAppDeps } from '../deps';
import { parseRequestPart } from './validate';

/**
 * Who may reach a route at all. Record-level rules (own agency, own record) are checked inside the use
 * case with the policy predicates; this is the gate the authorization matrix test reads.
 */
export type TAccess =
  | { readonly kind: 'public' }
  | { readonly kind: 'signed-in' }
  | { readonly kind: 'roles'; readonly roles: readonly TRole[] };

export const PUBLIC: TAccess = { kind: 'public' };
export const SIGNED_IN: TAccess = { kind: 'signed-in' };
export const rolesOnly = (...roles: TRole[]): TAccess => ({ kind: 'roles', roles });

/** Returned by handlers that have already sent their reply (e.g. a cached, pre-serialized body). */
export const REPLY_SENT = Symbol('reply-sent');

export type THttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface TRouteContext<TParams, TQuery, TBody> {
  readonly actor: TActor;
  readonly params: TParams;
  readonly query: TQuery;
  readonly body: TBody;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
  readonly deps: TAppDeps;
}

export interface TRouteDefinition<
  TParams extends z.ZodType = z.ZodType<undefined>,
  TQuery extends z.ZodType = z.ZodType<undefined>,
  TBody extends z.ZodType = z.ZodType<undefined>,
  TResponse extends z.ZodType = z.ZodType,
> {
  readonly method: THttpMethod;
  readonly url: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly access: TAccess;
  readonly params?: TParams;
  readonly query?: TQuery;
  readonly body?: TBody;
  readonly response: TResponse;
  readonly successStatus?: number;
  /** Largest accepted body in bytes (default: the server's 1 MiB). */
  readonly bodyLimit?: number;
  /** Extra OpenAPI response headers, e.g. paging headers. */
  readonly responseHeaders?: Readonly<Record<string, string>>;
  /** Media types of a route that sends a file instead of JSON (it replies itself and returns REPLY_SENT). */
  readonly responseMediaTypes?: readonly string[];
  handler(
    ctx: TRouteContext<z.output<TParams>, z.output<TQuery>, z.output<TBody>>,
  ): Promise<z.input<TResponse> | typeof REPLY_SENT>;
}

/** A route with its types erased, as the route table holds it. */
export interface TAnyRoute {
  readonly method: THttpMethod;
  readonly url: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly access: TAccess;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  readonly response: z.ZodType;
  readonly successStatus?: number;
  readonly bodyLimit?: number;
  readonly responseHeaders?: Readonly<Record<string, string>>;
  readonly responseMediaTypes?: readonly string[];
  handler(ctx: TRouteContext<never, never, never>): Promise<unknown>;
}

export function defineRoute<
  TParams extends z.ZodType = z.ZodType<undefined>,
  TQuery extends z.ZodType = z.ZodType<undefined>,
  TBody extends z.ZodType = z.ZodType<undefined>,
  TResponse extends z.ZodType = z.ZodType,
>(route: TRouteDefinition<TParams, TQuery, TBody, TResponse>): TAnyRoute {
  return route as unknown as TAnyRoute;
}

const WRITE_METHODS = new Set<THttpMethod>(['POST', 'PATCH', 'PUT', 'DELETE']);

/** 401 when nobody is signed in, 403 when the signed-in user's roles do not reach the route. */
export function enforceAccess(access: TAccess, actor: TActor): void {
  if (access.kind === 'public') return;
  if (!isSignedIn(actor)) throw new AppError('UNAUTHENTICATED', 'session: sign in first (no valid session)', { field: 'session' });
  if (access.kind === 'roles' && !hasAnyRole(actor, access.roles)) {
    throw new AppError('FORBIDDEN', `role: this needs one of ${access.roles.join(', ')}`, { field: 'role' });
  }
}

/** Cookie-authenticated writes must echo the session's CSRF token in a header. */
function enforceCsrf(method: THttpMethod, actor: TActor, request: FastifyRequest): void {
  if (!WRITE_METHODS.has(method) || actor.kind !== 'user') return;
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !safeEqual(sent, actor.session.csrfToken)) {
    throw new AppError('FORBIDDEN', `${CSRF_HEADER}: missing or wrong CSRF token for this session`, { field: CSRF_HEADER });
  }
}

/**
 * Registers the route table: authenticate → gate → CSRF → validate params, query, body → handler →
 * validate the response against its schema → send.
 */
export function registerRoutes(app: FastifyInstance, routes: readonly TAnyRoute[], deps: TAppDeps): void {
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      ...(route.bodyLimit === undefined ? {} : { bodyLimit: route.bodyLimit }),
      handler: async (request, reply) => {
        const actor =
          route.access.kind === 'public' && !WRITE_METHODS.has(route.method)
            ? ANONYMOUS
            : await resolveActor(request, deps.db, deps.now());
        enforceAccess(route.access, actor);
        enforceCsrf(route.method, actor, request);
        const params = route.params ? parseRequestPart(route.params, request.params, 'params') : undefined;
        const query = route.query ? parseRequestPart(route.query, request.query, 'query') : undefined;
        const body = route.body ? parseRequestPart(route.body, request.body, 'body') : undefined;
        const result = await route.handler({
          actor,
          params: params as never,
          query: query as never,
          body: body as never,
          request,
          reply,
          deps,
        });
        if (result === REPLY_SENT) return reply;
        const checked = route.response.safeParse(result);
        if (!checked.success) {
          throw new AppError('INTERNAL', `response of ${route.method} ${route.url} does not match its schema`, {
            cause: checked.error,
          });
        }
        return reply.status(route.successStatus ?? 200).send(checked.data);
      },
    });
  }
}
