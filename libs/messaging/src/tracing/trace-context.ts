import { context, propagation, ROOT_CONTEXT, trace, type Context, type TextMapGetter } from '@opentelemetry/api';

export const tracer = () => trace.getTracer('@sx/messaging');

/** The active W3C trace context, to store in an envelope created now but published later by the relay. */
export function currentTraceContext(): { traceparent?: string; tracestate?: string } {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return {
    ...(carrier['traceparent'] ? { traceparent: carrier['traceparent'] } : {}),
    ...(carrier['tracestate'] ? { tracestate: carrier['tracestate'] } : {}),
  };
}

const headerGetter: TextMapGetter<Record<string, unknown>> = {
  keys: (carrier) => Object.keys(carrier),
  get: (carrier, key) => {
    const v = carrier[key];
    return typeof v === 'string' ? v : Buffer.isBuffer(v) ? v.toString('utf8') : undefined;
  },
};

/** Context from AMQP headers, or from the envelope's stored trace context when headers carry none. */
export function extractContext(
  headers: Readonly<Record<string, unknown>> | undefined,
  fallback?: { traceparent?: string | undefined; tracestate?: string | undefined },
): Context {
  const carrier: Record<string, unknown> = { ...(headers ?? {}) };
  if (carrier['traceparent'] === undefined && fallback?.traceparent) {
    carrier['traceparent'] = fallback.traceparent;
    if (fallback.tracestate) carrier['tracestate'] = fallback.tracestate;
  }
  return propagation.extract(ROOT_CONTEXT, carrier, headerGetter);
}

/** The active trace's id, when a valid one is being recorded (a step keeps it for the timeline). */
export function currentTraceId(): string | undefined {
  const ctx = trace.getSpanContext(context.active());
  return ctx && ctx.traceId !== '00000000000000000000000000000000' ? ctx.traceId : undefined;
}
