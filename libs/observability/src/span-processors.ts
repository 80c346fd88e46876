import {
  BatchSpanProcessor,
  ConsoleSpanExporter,
  NoopSpanProcessor,
  SimpleSpanProcessor,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { FileSpanExporter } from './file-span-exporter';
import type { DeferrablePackage } from './lazy-modules';
import type { TelemetrySettings } from './telemetry-settings';

export const packagesForSpans = (settings: TelemetrySettings): DeferrablePackage[] =>
  settings.exports.includes('otlp') ? ['@opentelemetry/exporter-trace-otlp-http'] : [];

export function spanProcessors(settings: TelemetrySettings): SpanProcessor[] {
  const processors = settings.exports.map((kind): SpanProcessor => {
    switch (kind) {
      case 'otlp': {
        // Required here, not imported: it is loaded only when configured (lazy-modules.ts).
        const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
        // The exporter reads OTEL_EXPORTER_OTLP_* (endpoint, headers, timeout) itself.
        return new BatchSpanProcessor(new OTLPTraceExporter());
      }
      case 'file':
        // Simple (synchronous) so a test sees the span as soon as the response arrives.
        return new SimpleSpanProcessor(new FileSpanExporter(settings.file ?? 'spans.jsonl'));
      case 'console':
        return new SimpleSpanProcessor(new ConsoleSpanExporter());
    }
  });
  // Without any processor the SDK registers no tracer provider at all, and then no span ids exist
  // for logs and no server span becomes the parent of outgoing AMQP headers. A no-op keeps both.
  return processors.length > 0 ? processors : [new NoopSpanProcessor()];
}
