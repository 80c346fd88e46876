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
  traceId: z.string(),
  spanId: z.string(),
  parentSpanId: z.string().optional(),
  /** Spans of other traces this one follows (the sweeper's link to the case's last step). */
  links: z.array(z.object({ traceId: z.string(), spanId: z.string() })),
  name: z.string(),
  service: z.string(),
  kind: z.string().optional(),
  startUs: z.number(),
  durationUs: z.number(),
  error: z.boolean(),
});
export type TraceSpan = z.infer<typeof TraceSpanSchema>;

export const CaseTracesSchema = z.object({
  caseId: z.string(),
  /** Every trace the case's timeline entries were written under, in the order they first appear. */
  traceIds: z.array(z.string()),
  spans: z.array(TraceSpanSchema),
  /** Trace ids Jaeger does not (or no longer) hold: in-memory storage forgets on restart. */
  missing: z.array(z.string()),
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
