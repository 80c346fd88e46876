import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import type { Request, Response } from 'express';
import { traceparentHeader } from './traceparent-header';

context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
propagation.setGlobalPropagator(new W3CTraceContextPropagator());
trace.setGlobalTracerProvider(new BasicTracerProvider());

function respond(): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = { setHeader: (k: string, v: string) => void (headers[k] = v) } as unknown as Response;
  traceparentHeader({} as Request, res, () => undefined);
  return headers;
}

describe('traceparentHeader', () => {
  it('answers with the traceparent of the request’s server span', () => {
    trace.getTracer('t').startActiveSpan('POST /cases', (span) => {
      const { traceId, spanId } = span.spanContext();
      expect(respond()).toEqual({ traceparent: `00-${traceId}-${spanId}-01` });
      span.end();
    });
  });

  it('adds nothing outside a trace', () => {
    expect(respond()).toEqual({});
  });
});
