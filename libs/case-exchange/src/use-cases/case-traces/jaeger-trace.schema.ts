import { z } from 'zod';

// Jaeger v1 query API (`GET /api/traces/{id}`): only the fields the console draws.
const JaegerTagSchema = z.object({ key: z.string(), value: z.unknown() });
const JaegerSpanSchema = z.object({
  traceID: z.string(),
  spanID: z.string(),
  operationName: z.string(),
  references: z.array(z.object({ refType: z.string(), traceID: z.string(), spanID: z.string() })).default([]),
  startTime: z.number(),
  duration: z.number(),
  tags: z.array(JaegerTagSchema).default([]),
  processID: z.string(),
});
export const JaegerTracesSchema = z.object({
  data: z.array(z.object({ traceID: z.string(), spans: z.array(JaegerSpanSchema), processes: z.record(z.string(), z.object({ serviceName: z.string() })) })).nullable(),
});
export type JaegerTraces = z.infer<typeof JaegerTracesSchema>;

/** One span as the console's waterfall draws it (times in microseconds since the epoch). */
export const TraceSpanSchema = z.object({
  traceId: z.string().describe('The W3C trace id the span belongs to.'),
  spanId: z.string().describe('The span’s id.'),
  parentSpanId: z.string().optional().describe('The span it is a child of in the same trace; absent for a trace’s root.'),
  /** Spans of other traces this one follows (the sweeper's link to the case's last step). */
  links: z
    .array(z.object({ traceId: z.string().describe('The linked span’s trace.'), spanId: z.string().describe('The linked span.') }))
    .describe('Spans of other traces this one follows, e.g. the deadline sweeper’s link to the case’s last step.'),
  name: z.string().describe('The operation, e.g. an HTTP route, an AMQP publish or a database command.'),
  service: z.string().describe('The service that recorded the span.'),
  kind: z.string().optional().describe('The OpenTelemetry span kind: server, client, producer, consumer or internal.'),
  startUs: z.number().describe('Start, in microseconds since the Unix epoch.'),
  durationUs: z.number().describe('Duration in microseconds.'),
  error: z.boolean().describe('Whether the span ended in an error.'),
});
export type TraceSpan = z.infer<typeof TraceSpanSchema>;

export const CaseTracesSchema = z.object({
  caseId: z.string().describe('The case whose traces these are.'),
  /** Every trace the case's timeline entries were written under, in the order they first appear. */
  traceIds: z.array(z.string()).describe('Every trace the case’s timeline entries were written under, in the order they first appear.'),
  spans: z.array(TraceSpanSchema).describe('The spans of those traces, from every service that took part.'),
  /** Trace ids Jaeger does not (or no longer) hold: in-memory storage forgets on restart. */
  missing: z.array(z.string()).describe('Trace ids the trace store does not (or no longer) hold; an in-memory Jaeger forgets them on restart.'),
});
export type CaseTraces = z.infer<typeof CaseTracesSchema>;

const tag = (tags: readonly z.infer<typeof JaegerTagSchema>[], key: string): unknown => tags.find((t) => t.key === key)?.value;

export function toTraceSpans(traces: JaegerTraces): TraceSpan[] {
  return (traces.data ?? []).flatMap((t) =>
    t.spans.map((s) => {
      const parent = s.references.find((r) => r.refType === 'CHILD_OF' && r.traceID === s.traceID);
      const kind = tag(s.tags, 'span.kind');
      return {
        traceId: s.traceID,
        spanId: s.spanID,
        ...(parent ? { parentSpanId: parent.spanID } : {}),
        links: s.references.filter((r) => r !== parent).map((r) => ({ traceId: r.traceID, spanId: r.spanID })),
        name: s.operationName,
        service: t.processes[s.processID]?.serviceName ?? 'unknown',
        ...(typeof kind === 'string' ? { kind } : {}),
        startUs: s.startTime,
        durationUs: s.duration,
        error: tag(s.tags, 'error') === true || tag(s.tags, 'otel.status_code') === 'ERROR',
      };
    }),
  );
}
