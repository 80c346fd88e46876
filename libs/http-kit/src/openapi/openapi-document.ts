import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { z } from 'zod';
import { strict } from '../routes/request-validation';
import type { Route } from '../routes/route-definition';
import { takesIdempotencyKey } from '../idempotency/idempotent-reply';
import { BINARY, IDEMPOTENCY_HEADERS, openApiResponses } from './openapi-responses';
import { shareErrorResponses } from './shared-error-responses';

export interface OpenApiInfo {
  readonly title: string;
  readonly version: string;
  readonly description?: string;
  /** Where the API answers; the first is the default a generated client uses. */
  readonly servers?: readonly { readonly url: string; readonly description: string }[];
  /** Every tag the routes use, with what its operations are for. */
  readonly tags?: readonly { readonly name: string; readonly description: string }[];
}

export type OpenApiDocument = ReturnType<OpenApiGeneratorV31['generateDocument']>;

const SECURITY: Record<string, string[]>[] = [{ bearerApiKey: [] }, { apiKeyHeader: [] }];
const LICENSE = { name: 'Proprietary (Government of the Republic of Kazakhstan)', url: 'https://adilet.zan.kz/rus/docs/P2300000755' };

const toOpenApiPath = (path: string): string => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
const label = (route: Route): string => `${route.method.toUpperCase()} ${route.path}`;

/** Undefined when a refinement throws: that says nothing about the example. */
function safeParseOrSkip(schema: z.ZodType, value: unknown): z.ZodSafeParseResult<unknown> | undefined {
  try {
    return schema.safeParse(value);
  } catch {
    return undefined;
  }
}

/** A route the document cannot describe fully fails the build, not the integrator's client generator. */
function checkDocumentable(route: Route, seen: Set<string>): void {
  if (!route.operationId) throw new Error(`OpenAPI: ${label(route)} has no operationId (name it after its use case, e.g. openCase)`);
  if (seen.has(route.operationId)) throw new Error(`OpenAPI: operationId ${route.operationId} is used twice (${label(route)})`);
  seen.add(route.operationId);
  const body = route.request?.body;
  if (body && route.bodyExample === undefined) throw new Error(`OpenAPI: ${label(route)} (${route.operationId}) has a request body but no bodyExample`);
  if (body) {
    const parsed = safeParseOrSkip(body, route.bodyExample);
    if (parsed && !parsed.success) throw new Error(`OpenAPI: the bodyExample of ${route.operationId} does not match its schema: ${parsed.error.message}`);
  }
}

function routeConfig(route: Route): RouteConfig {
  const { params, query, headers, body, raw } = route.request ?? {};
  const keyed = takesIdempotencyKey(route);
  const content = {
    ...(body ? { 'application/json': { schema: strict(body), example: route.bodyExample } } : {}),
    ...(raw ? { 'application/octet-stream': { schema: BINARY } } : {}),
  };
  return {
    method: route.method,
    path: toOpenApiPath(route.path),
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    operationId: route.operationId,
    ...(route.tags ? { tags: [...route.tags] } : {}),
    // Public operations say so explicitly: no inherited requirement can creep in.
    security: route.auth ? SECURITY : [],
    request: {
      ...(params ? { params: params.strict() } : {}),
      ...(query ? { query: query.strict() } : {}),
      ...(headers || keyed ? { headers: keyed ? IDEMPOTENCY_HEADERS.extend(headers?.shape ?? {}) : headers } : {}),
      ...(body || raw ? { body: { required: true, content } } : {}),
    },
    responses: openApiResponses(route),
  };
}

/** The OpenAPI 3.1 document of a service, generated from the same definitions that serve requests. */
export function openApiDocument(info: OpenApiInfo, routes: readonly Route[]): OpenApiDocument {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearerApiKey', { type: 'http', scheme: 'bearer', description: 'Authorization: Bearer <API key>' });
  registry.registerComponent('securitySchemes', 'apiKeyHeader', { type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'The same API key in a header of its own' });
  const seen = new Set<string>();
  for (const route of routes) {
    checkDocumentable(route, seen);
    registry.registerPath(routeConfig(route));
  }
  return shareErrorResponses(new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: info.title, version: info.version, license: LICENSE, ...(info.description ? { description: info.description } : {}) },
    ...(info.servers ? { servers: info.servers.map((s) => ({ ...s })) } : {}),
    ...(info.tags ? { tags: info.tags.map((t) => ({ ...t })) } : {}),
  }));
}
