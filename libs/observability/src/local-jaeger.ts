import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Written by deploy/scripts/jaeger-up.sh while a local Jaeger runs; removed by infra-down. */
export const LOCAL_JAEGER_FILE = resolve(__dirname, '../../../.run/jaeger.otlp');

/**
 * The OTLP endpoint to default to: the local Jaeger's, when infra-up started one and no endpoint is
 * configured. Local runs and tests then show their traces without anyone setting a variable;
 * `SX_OTEL_LOCAL_JAEGER=0` opts out, and an explicit endpoint always wins.
 */
export function localJaegerEndpoint(env: NodeJS.ProcessEnv, file = LOCAL_JAEGER_FILE): string | undefined {
  if (env['OTEL_EXPORTER_OTLP_ENDPOINT'] || env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'] || env['SX_OTEL_LOCAL_JAEGER'] === '0') return undefined;
  if (!existsSync(file)) return undefined;
  const endpoint = readFileSync(file, 'utf8').trim();
  return /^https?:\/\/[^\s]+$/.test(endpoint) ? endpoint : undefined;
}
