/**
 * OpenTelemetry bootstrap: `@opentelemetry/sdk-node`'s NodeSDK, with traces and metrics. Load it
 * before any app module so the instrumentations can patch http, express, amqplib, mongoose and the
 * mongodb driver as they are first required:
 *
 *   node --require tsx/cjs --require ./libs/observability/src/otel.ts --import tsx apps/<name>/src/main.ts
 *   node --max-semi-space-size=4 --require ./dist/apps/<name>/otel.js dist/apps/<name>/main.js   (built)
 *
 * Environment (see telemetry-settings.ts): OTEL_SERVICE_NAME; OTEL_EXPORTER_OTLP_ENDPOINT (traces
 * over OTLP/HTTP; defaults to the local Jaeger that deploy/scripts/jaeger-up.sh started, unless
 * SX_OTEL_LOCAL_JAEGER=0); OTEL_METRICS_EXPORTER=otlp,prometheus (metrics; none by default) with
 * OTEL_EXPORTER_PROMETHEUS_HOST/PORT; OTEL_SDK_DISABLED=true (off); SX_OTEL_FILE=/path (JSON lines,
 * one span each); SX_OTEL_CONSOLE=1. Only the exporters configured are loaded (lazy-modules.ts).
 */
import { AmqplibInstrumentation } from '@opentelemetry/instrumentation-amqplib';
import { ExpressInstrumentation, ExpressLayerType } from '@opentelemetry/instrumentation-express';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { MongoDBInstrumentation } from '@opentelemetry/instrumentation-mongodb';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { commandShape } from './command-shape';
import { deferUnusedPackages } from './lazy-modules';
import { localJaegerEndpoint } from './local-jaeger';
import { metricReaders, packagesForMetrics } from './metric-readers';
import { packagesForSpans, spanProcessors } from './span-processors';
import { registerTelemetry, telemetryStarted } from './telemetry-shutdown';
import { telemetrySettings } from './telemetry-settings';

// Probes are polled every few seconds; their spans would bury the traces of real cases.
const PROBE_PATHS = new Set(['/health', '/ready']);

/**
 * TEST BUILDS ONLY (never read when NODE_ENV=production), to show the tests that would catch their
 * loss fire: SX_TEST_MUTANT_EAGER_EXPORTERS=1 loads every exporter (libs/observability bootstrap
 * test); SX_TEST_MUTANT_NO_DRIVER_SPANS=1 leaves the mongodb driver uninstrumented (trace-chain e2e).
 */
const testMutant = (name: 'EAGER_EXPORTERS' | 'NO_DRIVER_SPANS'): boolean =>
  process.env['NODE_ENV'] !== 'production' && process.env[`SX_TEST_MUTANT_${name}`] === '1';

function start(): void {
  // Set in the environment because the OTLP exporter reads its endpoint from there itself.
  const jaeger = localJaegerEndpoint(process.env);
  if (jaeger) process.env['OTEL_EXPORTER_OTLP_ENDPOINT'] = jaeger;
  const settings = telemetrySettings(process.env);
  if (settings.disabled || telemetryStarted()) return;
  if (!testMutant('EAGER_EXPORTERS')) deferUnusedPackages(require.resolve('@opentelemetry/sdk-node'), new Set([...packagesForSpans(settings), ...packagesForMetrics(settings)]));
  // Required only now, after the unused exporters were deferred (a top-level import would load them all).
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const sdk = new NodeSDK({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: settings.serviceName }),
    // The host and process detectors run commands and read files at start for attributes no one reads.
    autoDetectResources: false,
    spanProcessors: spanProcessors(settings),
    metricReaders: metricReaders(settings),
    // Logs go to stdout as JSON lines with trace ids (logger.ts); no OTLP log export.
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => PROBE_PATHS.has((req.url ?? '').split('?')[0] ?? ''),
      }),
      // Middleware layers (json parser, logging, auth) and routers (probes, docs, console) add a span
      // each and say nothing about a case.
      new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.MIDDLEWARE, ExpressLayerType.ROUTER] }),
      new AmqplibInstrumentation(),
      // Every database operation, mongoose's included, goes through the driver: one span each (a
      // mongoose instrumentation beside it doubled them). The case log is appended through the driver
      // itself: without this the write that matters most is missing from a step's trace.
      ...(testMutant('NO_DRIVER_SPANS') ? [] : [new MongoDBInstrumentation({ dbStatementSerializer: commandShape })]),
    ],
  });
  sdk.start();
  registerTelemetry(sdk);
}

start();
