import type { MetricReader } from '@opentelemetry/sdk-metrics';
import type { DeferrablePackage } from './lazy-modules';
import type { TelemetrySettings } from './telemetry-settings';

const PACKAGE = {
  otlp: '@opentelemetry/exporter-metrics-otlp-http',
  prometheus: '@opentelemetry/exporter-prometheus',
} as const satisfies Record<TelemetrySettings['metrics'][number], DeferrablePackage>;

export const packagesForMetrics = (settings: TelemetrySettings): DeferrablePackage[] => settings.metrics.map((m) => PACKAGE[m]);

/** One reader per configured export; none (and so no meter provider) when metrics are off. */
export function metricReaders(settings: TelemetrySettings): MetricReader[] {
  return settings.metrics.map((kind): MetricReader => {
    switch (kind) {
      case 'otlp': {
        // Required here, not imported: each exporter is loaded only when configured (lazy-modules.ts).
        const { PeriodicExportingMetricReader } = require('@opentelemetry/sdk-metrics') as typeof import('@opentelemetry/sdk-metrics');
        const { OTLPMetricExporter } = require(PACKAGE.otlp) as typeof import('@opentelemetry/exporter-metrics-otlp-http');
        // The exporter reads OTEL_EXPORTER_OTLP_* itself; the interval OTEL_METRIC_EXPORT_INTERVAL.
        return new PeriodicExportingMetricReader({ exporter: new OTLPMetricExporter() });
      }
      case 'prometheus': {
        const { PrometheusExporter } = require(PACKAGE.prometheus) as typeof import('@opentelemetry/exporter-prometheus');
        return new PrometheusExporter({ host: settings.prometheus.host, port: settings.prometheus.port });
      }
    }
  });
}
