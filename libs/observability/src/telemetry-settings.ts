import { z } from 'zod';

// The bootstrap reads only these variables. OTEL_* keep their standard meaning so that operators'
// usual knobs work; SX_OTEL_* are ours, for tests and local debugging.
const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

export const telemetryEnvSchema = z.object({
  OTEL_SDK_DISABLED: flag,
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.url().optional(),
  /** Spans appended to this file, one JSON line each (tests); empty: none. */
  SX_OTEL_FILE: z.string().optional(),
  SX_OTEL_CONSOLE: flag,
  // The standard variable: a comma list of otlp, prometheus, none. Metrics are off when unset (the SDK's
  // own default, otlp, would post to the local Jaeger, which takes no metrics).
  OTEL_METRICS_EXPORTER: z.string().optional(),
  OTEL_EXPORTER_PROMETHEUS_HOST: z.string().min(1).optional(),
  OTEL_EXPORTER_PROMETHEUS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
});

export type MetricsExport = 'otlp' | 'prometheus';

export type TelemetryExport = 'otlp' | 'file' | 'console';

export interface TelemetrySettings {
  readonly disabled: boolean;
  readonly serviceName: string;
  /** Empty: spans are still created (ids in logs, context propagated), just never exported. */
  readonly exports: readonly TelemetryExport[];
  readonly file?: string;
  readonly metrics: readonly MetricsExport[];
  /** The Prometheus listener: its own port, never the API's (the manifests expose only the API). */
  readonly prometheus: { readonly host: string; readonly port: number };
}

// Loopback unless the operator opens it: the scrape listener has no credential of its own, so it is
// reachable only where the network lets the monitoring system in (deploy/k8s NetworkPolicy).
const PROMETHEUS_DEFAULTS = { host: '127.0.0.1', port: 9464 } as const;

export function telemetrySettings(env: NodeJS.ProcessEnv): TelemetrySettings {
  const parsed = telemetryEnvSchema.safeParse(env);
  if (!parsed.success) {
    // Telemetry must never stop a service from starting: a bad variable switches export off.
    const bad = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    process.stderr.write(`[otel] ignoring telemetry export, invalid: ${bad}\n`);
    return { disabled: false, serviceName: env.OTEL_SERVICE_NAME || 'unknown-service', exports: [], metrics: [], prometheus: PROMETHEUS_DEFAULTS };
  }
  const e = parsed.data;
  const exports: TelemetryExport[] = [];
  if (e.OTEL_EXPORTER_OTLP_ENDPOINT || e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) exports.push('otlp');
  if (e.SX_OTEL_FILE) exports.push('file');
  if (e.SX_OTEL_CONSOLE) exports.push('console');
  return {
    disabled: e.OTEL_SDK_DISABLED,
    serviceName: e.OTEL_SERVICE_NAME ?? 'unknown-service',
    exports,
    ...(e.SX_OTEL_FILE ? { file: e.SX_OTEL_FILE } : {}),
    metrics: metricsExports(e.OTEL_METRICS_EXPORTER),
    prometheus: {
      host: e.OTEL_EXPORTER_PROMETHEUS_HOST ?? PROMETHEUS_DEFAULTS.host,
      port: e.OTEL_EXPORTER_PROMETHEUS_PORT ?? PROMETHEUS_DEFAULTS.port,
    },
  };
}

function metricsExports(list: string | undefined): MetricsExport[] {
  const names = new Set((list ?? '').split(',').map((n) => n.trim()).filter(Boolean));
  if (names.has('none')) return [];
  return (['otlp', 'prometheus'] as const).filter((n) => names.has(n));
}
