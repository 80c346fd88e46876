import { trace } from '@opentelemetry/api';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * An API that answers JSON to agency systems: nothing may be framed, sniffed or scripted. Swagger
 * UI (`/docs`) gets its own, looser policy (`openapi/docs-router.ts`).
 */
const jsonApiHeaders: RequestHandler = helmet({
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  crossOriginResourcePolicy: { policy: 'same-origin' },
});

/** The officials' console (`/console/`): its own scripts, styles and images, and calls to its own origin only. */
const consoleHeaders: RequestHandler = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'], objectSrc: ["'none'"], baseUri: ["'self'"], formAction: ["'self'"], frameAncestors: ["'none'"] },
  },
  crossOriginResourcePolicy: { policy: 'same-origin' },
});

export const apiHeaders: RequestHandler = (req, res, next) => (req.path === '/console' || req.path.startsWith('/console/') ? consoleHeaders : jsonApiHeaders)(req, res, next);

/**
 * Case data is personal data: no cache (browser, proxy or gateway) may keep a copy. The trace id
 * goes back to the caller beside X-Request-Id, so an agency's support ticket leads to the trace.
 */
export const noStoreAndTraceId: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  const span = trace.getActiveSpan()?.spanContext();
  if (span && trace.isSpanContextValid(span)) res.set('X-Trace-Id', span.traceId);
  next();
};
