import { context, propagation } from '@opentelemetry/api';
import type { RequestHandler } from 'express';

/**
 * Answers every request with the W3C `traceparent` of its server span, so a caller (an agency's
 * system, the console) can find the request's trace, the one every message of the step joins.
 */
export const traceparentHeader: RequestHandler = (_req, res, next) => {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  if (carrier['traceparent']) res.setHeader('traceparent', carrier['traceparent']);
  next();
};
