import { z } from 'zod';

// One line of the file exporter. Tests in other processes read it back, so the shape is a contract
// between the exporter and `@sx/testing`'s `readSpans`; zod keeps a torn or foreign line from
// passing silently.
const attributeValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])),
  z.null(),
]);

export const spanRecordSchema = z.object({
  traceId: z.string().regex(/^[0-9a-f]{32}$/),
  spanId: z.string().regex(/^[0-9a-f]{16}$/),
  parentSpanId: z.string().regex(/^[0-9a-f]{16}$/).optional(),
  name: z.string(),
  kind: z.enum(['internal', 'server', 'client', 'producer', 'consumer']),
  service: z.string(),
  scope: z.string(),
  startTimeMs: z.number(),
  durationMs: z.number(),
  status: z.enum(['unset', 'ok', 'error']),
  attributes: z.record(z.string(), attributeValue),
});

export type SpanRecord = z.infer<typeof spanRecordSchema>;
