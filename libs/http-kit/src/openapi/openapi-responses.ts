import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { ErrorBodySchema } from '@sx/contracts';
import { IDEMPOTENCY_KEY_HEADER, REPLAYED_HEADER, takesIdempotencyKey } from '../idempotency/idempotent-reply';
import { binaryBody } from '../routes/binary-body';
import type { Route } from '../routes/route-definition';

const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No content',
  400: 'Invalid request (code REQUEST.INVALID; zod issues in details)',
  401: 'Missing or unknown API key (AUTH.UNAUTHENTICATED)',
  403: 'The calling agency may not act in this role here (AUTH.ROLE_NOT_HELD), or acts through another service (AUTH.WRONG_SERVICE)',
  304: 'Not modified (If-None-Match matched the ETag)',
  404: 'Not found', 409: 'Conflicts with the current state of the case, or a request with the same Idempotency-Key is still running (IDEMPOTENCY.IN_PROGRESS)',
  412: 'The case changed since the version named in If-Match (CASE.STALE_VERSION; the current seq in details)', 413: 'Body too large (the limit is in the message)',
  429: 'Too many requests (RATE.LIMITED; wait Retry-After seconds)',
  422: 'The law does not allow it: every violation with its citation; or the Idempotency-Key was used with another request (IDEMPOTENCY.KEY_REUSED)',
  500: 'Internal error (INTERNAL)',
  503: 'A dependency of this operation is unavailable',
};

export const BINARY = { type: 'string', format: 'binary' } as const;

export const IDEMPOTENCY_HEADERS = z.object({
  [IDEMPOTENCY_KEY_HEADER]: z.string().regex(/^[\x21-\x7e]{1,255}$/).optional().meta({
    description: 'Makes a retry safe: the same key with the same request within 24 h replays the first response (marked Idempotent-Replayed: true); with another request 422 IDEMPOTENCY.KEY_REUSED; while the first still runs 409 IDEMPOTENCY.IN_PROGRESS. Kept per agency.',
    example: '5f0c7a0e-4b8e-4a53-9a43-7d6c2b1f9e10',
  }),
});

const REPLAYED = z.object({
  [REPLAYED_HEADER]: z.literal('true').optional().meta({ description: '`true` when this is the first response to the same Idempotency-Key, sent again' }),
});

/** The route's declared responses, plus the error statuses every route of its kind can answer. */
export function openApiResponses(route: Route): RouteConfig['responses'] {
  const out: RouteConfig['responses'] = {};
  const keyed = takesIdempotencyKey(route);
  for (const [status, schema] of Object.entries(route.responses)) {
    const description = STATUS_TEXT[Number(status)] ?? `HTTP ${status}`;
    const headers = keyed ? REPLAYED.extend(route.responseHeaders?.shape ?? {}) : route.responseHeaders;
    const withHeaders = headers && Number(status) < 300 ? { headers } : {};
    if (schema === binaryBody) out[status] = { description, ...withHeaders, content: { 'application/octet-stream': { schema: BINARY } } };
    else out[status] = schema ? { description, ...withHeaders, content: { 'application/json': { schema } } } : { description, ...withHeaders };
  }
  // Every operation refuses bad input (a route that declares no query takes none), so each documents 400.
  const errors = [400, route.auth ? 401 : undefined, route.auth ? 403 : undefined, route.auth ? 429 : undefined, ...(keyed ? [409, 422] : []), ...(route.errors ?? []), 500];
  for (const status of errors) {
    if (status !== undefined && !out[status]) {
      out[status] = { description: STATUS_TEXT[status] ?? `HTTP ${status}`, content: { 'application/json': { schema: ErrorBodySchema } } };
    }
  }
  return out;
}
