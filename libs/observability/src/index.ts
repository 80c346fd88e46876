// Note: `otel.ts` is deliberately not re-exported — it starts the SDK as a side effect and must be
// loaded with `node --require` before the app, never imported from it.
import { join } from 'node:path';

export { createLogger, traceFields, REDACTED_PATHS, type Logger, type LoggerOptions } from './logger';
export { shutdownTelemetry, telemetryStarted } from './telemetry-shutdown';
export { spanRecordSchema, type SpanRecord } from './span-record.schema';
export { FileSpanExporter, toSpanRecord } from './file-span-exporter';
export { telemetrySettings, type TelemetrySettings, type TelemetryExport } from './telemetry-settings';

/**
 * Path of the bootstrap's source, for `node --require` (after tsx/cjs) in test process helpers.
 * Built services preload its bundle, dist/libs/observability/otel.js, instead. Not require.resolve:
 * that would run at load time inside each service's bundle, where no ./otel file sits beside it.
 */
export const OTEL_BOOTSTRAP_PATH: string = join(__dirname, 'otel.ts');
export { errorInfo, silentLogger, type LogSink } from './log-sink';
export { startPeriodicPass, type PeriodicPass } from './periodic-pass';
export { DelayedBatch } from './delayed-batch';
export {
  alarmRaised,
  caseLogAppended,
  databaseCommand,
  deadLettered,
  observeGauge,
  receiptsOutstanding,
  stepReceived,
  stepTaken,
  type GaugeReading,
} from './metrics/exchange-metrics';
export { isOperator, operatorToken } from './metrics/operator-token';
export { mapStackTraces } from './stack-traces';
