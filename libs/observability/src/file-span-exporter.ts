import { appendFileSync } from 'node:fs';
import type { HrTime } from '@opentelemetry/api';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { SpanRecord } from './span-record.schema';

// `@opentelemetry/core` is only a transitive dependency, so its two helpers are restated here:
// ExportResultCode.SUCCESS = 0 / FAILED = 1, and HrTime is [seconds, nanoseconds].
type ExportDone = Parameters<SpanExporter['export']>[1];
const SUCCESS = 0;
const FAILED = 1;
const toMs = ([seconds, nanos]: HrTime): number => seconds * 1000 + nanos / 1e6;

const KINDS: readonly SpanRecord['kind'][] = ['internal', 'server', 'client', 'producer', 'consumer'];
const STATUSES: readonly SpanRecord['status'][] = ['unset', 'ok', 'error'];

export function toSpanRecord(span: ReadableSpan): SpanRecord {
  const context = span.spanContext();
  const parent = span.parentSpanContext?.spanId;
  return {
    traceId: context.traceId,
    spanId: context.spanId,
    ...(parent ? { parentSpanId: parent } : {}),
    name: span.name,
    kind: KINDS[span.kind] ?? 'internal',
    service: String(span.resource.attributes['service.name'] ?? 'unknown'),
    scope: span.instrumentationScope.name,
    startTimeMs: toMs(span.startTime),
    durationMs: toMs(span.duration),
    status: STATUSES[span.status.code] ?? 'unset',
    attributes: JSON.parse(JSON.stringify(span.attributes)) as SpanRecord['attributes'],
  };
}

/**
 * Appends one JSON line per span. Several service processes of an e2e test may share the file:
 * each write is a single `appendFileSync` of whole lines, which O_APPEND keeps from interleaving.
 * Synchronous on purpose — a test asserts right after the request, and spans of a process killed
 * on timeout must already be on disk.
 */
export class FileSpanExporter implements SpanExporter {
  constructor(private readonly file: string) {}

  export(spans: ReadableSpan[], done: ExportDone): void {
    try {
      const lines = spans.map((s) => JSON.stringify(toSpanRecord(s)) + '\n').join('');
      appendFileSync(this.file, lines);
      done({ code: SUCCESS });
    } catch (error) {
      done({ code: FAILED, error: error as Error });
    }
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
