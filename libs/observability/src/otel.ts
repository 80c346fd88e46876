/**
 * OpenTelemetry bootstrap. Load it before any app module so the instrumentations can patch
 * http, express, amqplib and mongoose as they are first required:
 *
 *   node --require tsx/cjs --require ./libs/observability/src/otel.ts --import tsx apps/<name>/src/main.ts
 *   node --enable-source-maps --require ./dist/apps/<name>/otel.js dist/apps/<name>/main.js   (built)
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
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
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
  // Traces only, wired by hand: NodeSDK would also load every metric and log exporter (gRPC, proto,
  // Prometheus, Zipkin), which tripled a service's start-up time for nothing it uses.
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: settings.serviceName }),
    spanProcessors: spanProcessors(settings),
  });
  // AsyncLocalStorage context and W3C trace-context propagation, as the SDK sets them by default.
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
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
  registerTelemetry(provider);
}

start();
