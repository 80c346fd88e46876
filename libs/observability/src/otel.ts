/**
 * OpenTelemetry bootstrap. Load it before any app module so the instrumentations can patch
 * http, express, amqplib and mongoose as they are first required:
 *
 *   node --require tsx/cjs --require ./libs/observability/src/otel.ts --import tsx apps/<name>/src/main.ts
 *
 * Environment: OTEL_SERVICE_NAME; OTEL_EXPORTER_OTLP_ENDPOINT (OTLP/HTTP export when set; defaults to
 * the local Jaeger that deploy/scripts/jaeger-up.sh started, unless SX_OTEL_LOCAL_JAEGER=0);
 * OTEL_SDK_DISABLED=true (off); SX_OTEL_FILE=/path (JSON lines, one span each); SX_OTEL_CONSOLE=1.
 */
import { AmqplibInstrumentation } from '@opentelemetry/instrumentation-amqplib';
import { ExpressInstrumentation, ExpressLayerType } from '@opentelemetry/instrumentation-express';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { MongooseInstrumentation } from '@opentelemetry/instrumentation-mongoose';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { localJaegerEndpoint } from './local-jaeger';
import { spanProcessors } from './span-processors';
import { registerTelemetry, telemetryStarted } from './telemetry-shutdown';
import { telemetrySettings } from './telemetry-settings';

// Probes are polled every few seconds; their spans would bury the traces of real cases.
const PROBE_PATHS = new Set(['/health', '/ready']);

function start(): void {
  // Set in the environment because the OTLP exporter reads its endpoint from there itself.
  const jaeger = localJaegerEndpoint(process.env);
  if (jaeger) process.env['OTEL_EXPORTER_OTLP_ENDPOINT'] = jaeger;
  const settings = telemetrySettings(process.env);
  if (settings.disabled || telemetryStarted()) return;
  const sdk = new NodeSDK({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: settings.serviceName }),
    spanProcessors: spanProcessors(settings),
    // Explicitly empty: otherwise the SDK builds OTLP metric and log exporters from defaults and
    // retries localhost:4318 forever when no collector exists.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => PROBE_PATHS.has((req.url ?? '').split('?')[0] ?? ''),
      }),
      // Middleware layers (json parser, logging, auth) and routers (probes, docs, console) add a span
      // each and say nothing about a case.
      new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.MIDDLEWARE, ExpressLayerType.ROUTER] }),
      new AmqplibInstrumentation(),
      new MongooseInstrumentation(),
    ],
  });
  sdk.start();
  registerTelemetry(sdk);
}

start();
