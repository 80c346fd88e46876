import { trace } from '@opentelemetry/api';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * An API that answers JSON to agency systems: nothing may be framed, sniffed or scripted. Swagger
 * UI (`/docs`) gets its own, looser policy from `docsHeaders`.
 */
export const apiHeaders: RequestHandler = helmet({
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  crossOriginResourcePolicy: { policy: 'same-origin' },
});

export const docsHeaders: RequestHandler = helmet({
  contentSecurityPolicy: {
    directives: { defaultSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'], frameAncestors: ["'none'"] },
  },
});

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
