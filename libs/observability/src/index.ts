// Note: `otel.ts` is deliberately not re-exported — it starts the SDK as a side effect and must be
// loaded with `node --require` before the app, never imported from it.
export { createLogger, traceFields, REDACTED_PATHS, type Logger, type LoggerOptions } from './logger';
export { shutdownTelemetry, telemetryStarted } from './telemetry-shutdown';
export { spanRecordSchema, type SpanRecord } from './span-record.schema';
export { FileSpanExporter, toSpanRecord } from './file-span-exporter';
export { telemetrySettings, type TelemetrySettings, type TelemetryExport } from './telemetry-settings';

/** Path of the bootstrap, for `node --require` in scripts and test process helpers. */
export const OTEL_BOOTSTRAP_PATH: string = require.resolve('./otel');
