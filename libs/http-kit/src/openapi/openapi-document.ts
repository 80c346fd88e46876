import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { errorBodySchema } from '../errors/error-body.schema';
import { IDEMPOTENCY_KEY_HEADER, REPLAYED_HEADER, takesIdempotencyKey } from '../idempotency/idempotent-reply';
import { binaryBody } from '../routes/binary-body';
import { strict } from '../routes/request-validation';
import type { Route } from '../routes/route-definition';

export interface OpenApiInfo {
  readonly title: string;
  readonly version: string;
  readonly description?: string;
}

export type OpenApiDocument = ReturnType<OpenApiGeneratorV31['generateDocument']>;

const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No content',
  400: 'Invalid request (code REQUEST.INVALID; zod issues in details)',
  401: 'Missing or unknown API key (AUTH.UNAUTHENTICATED)',
  403: 'The calling agency may not do this (AUTH.FORBIDDEN), or acts through another service (AUTH.WRONG_SERVICE)',
  304: 'Not modified (If-None-Match matched the ETag)',
  404: 'Not found', 409: 'Conflicts with the current state of the case, or a request with the same Idempotency-Key is still running (IDEMPOTENCY.IN_PROGRESS)',
  412: 'The case changed since the version named in If-Match (CASE.STALE_VERSION; the current seq in details)', 413: 'Body too large (the limit is in the message)',
  429: 'Too many requests (RATE.LIMITED; wait Retry-After seconds)',
  422: 'The law does not allow it: every violation with its citation; or the Idempotency-Key was used with another request (IDEMPOTENCY.KEY_REUSED)',
  500: 'Internal error (INTERNAL)',
};

const BINARY = { type: 'string', format: 'binary' } as const;

const SECURITY: Record<string, string[]>[] = [{ bearerApiKey: [] }, { apiKeyHeader: [] }];

const toOpenApiPath = (path: string): string => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

const IDEMPOTENCY_HEADERS = z.object({
  [IDEMPOTENCY_KEY_HEADER]: z.string().regex(/^[\x21-\x7e]{1,255}$/).optional().meta({
    description: 'Makes a retry safe: the same key with the same request within 24 h replays the first response (marked Idempotent-Replayed: true); with another request 422 IDEMPOTENCY.KEY_REUSED; while the first still runs 409 IDEMPOTENCY.IN_PROGRESS. Kept per agency.',
    example: '5f0c7a0e-4b8e-4a53-9a43-7d6c2b1f9e10',
  }),
});

const REPLAYED = z.object({
  [REPLAYED_HEADER]: z.literal('true').optional().meta({ description: '`true` when this is the first response to the same Idempotency-Key, sent again' }),
});

function responses(route: Route): RouteConfig['responses'] {
  const out: RouteConfig['responses'] = {};
  const keyed = takesIdempotencyKey(route);
  for (const [status, schema] of Object.entries(route.responses)) {
    const description = STATUS_TEXT[Number(status)] ?? `HTTP ${status}`;
    const headers = keyed ? REPLAYED.extend(route.responseHeaders?.shape ?? {}) : route.responseHeaders;
    const withHeaders = headers && Number(status) < 300 ? { headers } : {};
    if (schema === binaryBody) out[status] = { description, ...withHeaders, content: { 'application/octet-stream': { schema: BINARY } } };
    else out[status] = schema ? { description, ...withHeaders, content: { 'application/json': { schema } } } : { description, ...withHeaders };
  }
  const errors = [route.request ? 400 : undefined, route.auth ? 401 : undefined, route.auth ? 403 : undefined, route.auth ? 429 : undefined, ...(keyed ? [409, 422] : []), ...(route.errors ?? []), 500];
  for (const status of errors) {
    if (status !== undefined && !out[status]) {
      out[status] = { description: STATUS_TEXT[status] ?? '', content: { 'application/json': { schema: errorBodySchema } } };
    }
  }
  return out;
}

function routeConfig(route: Route): RouteConfig {
  const { params, query, headers, body, raw } = route.request ?? {};
  const content = {
    ...(body ? { 'application/json': { schema: strict(body) } } : {}),
    ...(raw ? { 'application/octet-stream': { schema: BINARY } } : {}),
  };
  return {
    method: route.method,
    path: toOpenApiPath(route.path),
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    ...(route.operationId ? { operationId: route.operationId } : {}),
    ...(route.tags ? { tags: [...route.tags] } : {}),
    ...(route.auth ? { security: SECURITY } : {}),
    request: {
      ...(params ? { params: params.strict() } : {}),
      ...(query ? { query: query.strict() } : {}),
      ...(headers || takesIdempotencyKey(route) ? { headers: takesIdempotencyKey(route) ? IDEMPOTENCY_HEADERS.extend(headers?.shape ?? {}) : headers } : {}),
      ...(body || raw ? { body: { required: true, content } } : {}),
    },
    responses: responses(route),
  };
}

/** The OpenAPI 3.1 document of a service, generated from the same definitions that serve requests. */
export function openApiDocument(info: OpenApiInfo, routes: readonly Route[]): OpenApiDocument {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearerApiKey', { type: 'http', scheme: 'bearer', description: 'Authorization: Bearer <API key>' });
  registry.registerComponent('securitySchemes', 'apiKeyHeader', { type: 'apiKey', in: 'header', name: 'X-Api-Key' });
  for (const route of routes) registry.registerPath(routeConfig(route));
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: info.title, version: info.version, ...(info.description ? { description: info.description } : {}) },
  });
}
