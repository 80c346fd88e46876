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
  SX_OTEL_FILE: z.string().min(1).optional(),
  SX_OTEL_CONSOLE: flag,
});

export type TelemetryExport = 'otlp' | 'file' | 'console';

export interface TelemetrySettings {
  readonly disabled: boolean;
  readonly serviceName: string;
  /** Empty: spans are still created (ids in logs, context propagated), just never exported. */
  readonly exports: readonly TelemetryExport[];
  readonly file?: string;
}

export function telemetrySettings(env: NodeJS.ProcessEnv): TelemetrySettings {
  const parsed = telemetryEnvSchema.safeParse(env);
  if (!parsed.success) {
    // Telemetry must never stop a service from starting: a bad variable switches export off.
    const bad = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    process.stderr.write(`[otel] ignoring telemetry export, invalid: ${bad}\n`);
    return { disabled: false, serviceName: env.OTEL_SERVICE_NAME || 'unknown-service', exports: [] };
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
  };
}
