import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { errorBodySchema } from '../errors/error-body.schema';
import { binaryBody } from '../routes/binary-body';
import type { Route } from '../routes/route-definition';

const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No content',
  400: 'Invalid request (code REQUEST.INVALID; zod issues in details)',
  401: 'Missing or unknown API key (AUTH.UNAUTHENTICATED)',
  403: 'The calling agency may not do this (AUTH.FORBIDDEN), or acts through another service (AUTH.WRONG_SERVICE)',
  304: 'Not modified (If-None-Match matched the ETag)',
  404: 'Not found', 409: 'Conflicts with the current state of the case', 413: 'Body too large (the limit is in the message)',
  429: 'Too many requests (RATE.LIMITED; wait Retry-After seconds)',
  422: 'The law does not allow it: every violation with its citation',
  500: 'Internal error (INTERNAL)',
  503: 'A dependency of this operation is unavailable',
};

export const BINARY = { type: 'string', format: 'binary' } as const;

/** The route's declared responses, plus the error statuses every route of its kind can answer. */
export function openApiResponses(route: Route): RouteConfig['responses'] {
  const out: RouteConfig['responses'] = {};
  for (const [status, schema] of Object.entries(route.responses)) {
    const description = STATUS_TEXT[Number(status)] ?? `HTTP ${status}`;
    if (schema === binaryBody) out[status] = { description, content: { 'application/octet-stream': { schema: BINARY } } };
    else out[status] = schema ? { description, content: { 'application/json': { schema } } } : { description };
  }
  // Every operation refuses bad input (a route that declares no query takes none), so each documents 400.
  const errors = [400, route.auth ? 401 : undefined, route.auth ? 403 : undefined, route.auth ? 429 : undefined, ...(route.errors ?? []), 500];
  for (const status of errors) {
    if (status !== undefined && !out[status]) {
      out[status] = { description: STATUS_TEXT[status] ?? `HTTP ${status}`, content: { 'application/json': { schema: errorBodySchema } } };
    }
  }
  return out;
}
