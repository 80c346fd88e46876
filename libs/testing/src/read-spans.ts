import { existsSync, readFileSync } from 'node:fs';
import { spanRecordSchema, type SpanRecord } from '@sx/observability';

export type { SpanRecord } from '@sx/observability';

/** Spans written by the file exporter (SX_OTEL_FILE); a missing file is no spans yet. */
export function readSpans(file: string): SpanRecord[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  // A line being appended by a live process may be incomplete: only newline-terminated ones count.
  return text
    .slice(0, text.lastIndexOf('\n') + 1)
    .split('\n')
    .filter(Boolean)
    .map((line) => spanRecordSchema.parse(JSON.parse(line)));
}

export const spansOfTrace = (spans: readonly SpanRecord[], traceId: string): SpanRecord[] =>
  spans.filter((s) => s.traceId === traceId);

/** The chain from a span up to its root, e.g. mongoose ← consumer ← producer ← http server. */
export function ancestry(spans: readonly SpanRecord[], span: SpanRecord): SpanRecord[] {
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  const chain = [span];
  let current = span;
  while (current.parentSpanId) {
    const parent = byId.get(current.parentSpanId);
    if (!parent || chain.includes(parent)) break;
    chain.push(parent);
    current = parent;
  }
  return chain;
}
