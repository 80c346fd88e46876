import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import {
  BatchSpanProcessor,
  ConsoleSpanExporter,
  NoopSpanProcessor,
  SimpleSpanProcessor,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { FileSpanExporter } from './file-span-exporter';
import type { TelemetrySettings } from './telemetry-settings';

export function spanProcessors(settings: TelemetrySettings): SpanProcessor[] {
  const processors = settings.exports.map((kind): SpanProcessor => {
    switch (kind) {
      case 'otlp':
        // The exporter reads OTEL_EXPORTER_OTLP_* (endpoint, headers, timeout) itself.
        return new BatchSpanProcessor(new OTLPTraceExporter());
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
