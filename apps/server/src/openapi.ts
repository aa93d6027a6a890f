import { z } from 'zod';
import type { TAnyRoute } from './http/route';

type TJsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): TJsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as TJsonSchema;
  return rest;
}

const ERROR_SCHEMA: TJsonSchema = {
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string' },
    message: { type: 'string' },
    field: { type: 'string' },
    problems: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
    requestId: { type: 'string' },
  },
};

function parametersOf(route: TAnyRoute): TJsonSchema[] {
  const parameters: TJsonSchema[] = [];
  for (const [where, schema] of [['path', route.params], ['query', route.query]] as const) {
    if (!schema) continue;
    const json = schemaOf(schema, 'input');
    const properties = (json.properties ?? {}) as Record<string, TJsonSchema>;
    const required = new Set((json.required ?? []) as string[]);
    for (const [name, property] of Object.entries(properties)) {
      parameters.push({ name, in: where, required: where === 'path' || required.has(name), schema: property });
    }
  }
  return parameters;
}

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests and responses, so
 * the documentation cannot drift from the behaviour.
 */
export function buildOpenApiDocument(routes: readonly TAnyRoute[], info: { version: string }): TJsonSchema {
  const paths: Record<string, Record<string, TJsonSchema>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const responses: Record<string, TJsonSchema> = {
      [String(route.successStatus ?? 200)]: {
        description: 'Success',
        content:
          route.responseMediaTypes === undefined
            ? { 'application/json': { schema: schemaOf(route.response, 'output') } }
            : Object.fromEntries(route.responseMediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
        ...(route.responseHeaders
          ? { headers: Object.fromEntries(Object.entries(route.responseHeaders).map(([h, d]) => [h, { description: d, schema: { type: 'string' } }])) }
          : {}),
      },
      default: { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    };
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      summary: route.summary,
      tags: [...route.tags],
      parameters: parametersOf(route),
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(route.body, 'input') } } } } : {}),
      responses,
      ...(route.access.kind === 'public' ? { security: [] } : {}),
      'x-access': route.access.kind === 'roles' ? route.access.roles : route.access.kind,
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'ECQ Workbench API', version: info.version },
    components: {
      schemas: { Error: ERROR_SCHEMA },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ecq_session' } },
    },
    security: [{ session: [] }],
    paths,
  };
}
