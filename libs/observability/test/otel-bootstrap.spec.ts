import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { MongoClient } from 'mongodb';
import { spanRecordSchema, type SpanRecord } from '../src/span-record.schema';

// The check that unconfigured exporters stay unloaded (`unusedExportersLoaded: false`) is shown to fire with
// SX_TEST_MUTANT_EAGER_EXPORTERS=1 npx jest libs/observability/test/otel-bootstrap.spec.ts (two tests fail).
// Auto-instrumentation does not patch modules under Jest's loader, so the bootstrap is proven the
// way services run: a real `node --require` process.
const root = resolve(__dirname, '../../..');
const fixture = join(__dirname, 'fixtures/instrumented-app.ts');
const bootstrap = resolve(__dirname, '../src/otel.ts');

interface Started {
  child: ChildProcess;
  port: number;
  wrapped: Record<string, boolean>;
  output: () => string;
}

function startFixture(env: Record<string, string>): Promise<Started> {
  const child = spawn(
    process.execPath,
    ['--require', 'tsx/cjs', '--require', bootstrap, '--import', 'tsx', fixture],
    // No local Jaeger: each test says which exports it wants.
    { cwd: root, env: { ...process.env, SX_OTEL_LOCAL_JAEGER: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`fixture did not start:\n${out}`)), 15_000);
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      const first = out.split('\n').find((l) => l.startsWith('{"ready"'));
      if (!first) return;
      clearTimeout(timer);
      const { port, wrapped } = JSON.parse(first) as { port: number; wrapped: Record<string, boolean> };
      ok({ child, port, wrapped, output: () => out });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => fail(new Error(`fixture exited ${code}:\n${out}`)));
  });
}

async function stop(started: Started): Promise<void> {
  if (started.child.exitCode !== null) return;
  await new Promise<void>((done) => {
    started.child.once('exit', () => done());
    started.child.kill('SIGTERM');
  });
}

const MONGO_URL = process.env['MONGO_URL'] ?? 'mongodb://127.0.0.1:27017';
const isDriverInsert = (s: SpanRecord): boolean => s.scope === '@opentelemetry/instrumentation-mongodb' && s.name.includes('insert');

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => ok(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

const readSpans = (file: string): SpanRecord[] =>
  existsSync(file)
    ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => spanRecordSchema.parse(JSON.parse(l)))
    : [];

describe('otel bootstrap loaded with node --require', () => {
  jest.setTimeout(30_000);
  const dir = mkdtempSync(join(tmpdir(), 'sx-otel-'));

  it('patches http, express and amqplib and writes spans of one trace to SX_OTEL_FILE (the driver, under mongoose too: next test)', async () => {
    const file = join(dir, 'spans.jsonl');
    const app = await startFixture({ OTEL_SERVICE_NAME: 'fixture-svc', SX_OTEL_FILE: file });
    try {
      const response = await fetch(`http://127.0.0.1:${app.port}/ping`);
      expect(response.status).toBe(200);
      await fetch(`http://127.0.0.1:${app.port}/health`); // a probe path: not traced
    } finally {
      await stop(app);
    }
    const spans = readSpans(file);
    const server = spans.find((s) => s.kind === 'server' && s.attributes['url.path'] === '/ping');
    expect(server).toMatchObject({ service: 'fixture-svc', scope: '@opentelemetry/instrumentation-http' });
    const inTrace = spans.filter((s) => s.traceId === server?.traceId);
    expect(inTrace.map((s) => s.scope)).toEqual(
      expect.arrayContaining(['@opentelemetry/instrumentation-express']),
    );
    expect(spans.some((s) => s.attributes['url.path'] === '/health')).toBe(false);
    expect(app.wrapped).toEqual({ amqplibPublish: true, amqplibConsume: true, unusedExportersLoaded: false });

    const log = app.output().split('\n').find((l) => l.includes('"msg":"pinged"'));
    expect(JSON.parse(log ?? '{}')).toMatchObject({ trace_id: server?.traceId });
  });

  it('puts a write through the mongodb driver itself into the request’s trace', async () => {
    const file = join(dir, 'driver.jsonl');
    const db = `sx_otel_fixture_${process.pid}`;
    const app = await startFixture({ OTEL_SERVICE_NAME: 'fixture-svc', SX_OTEL_FILE: file, FIXTURE_MONGO_URL: `${MONGO_URL}/${db}` });
    try {
      await waitFor(async () => (await fetch(`http://127.0.0.1:${app.port}/ping`)).ok && readSpans(file).some(isDriverInsert));
    } finally {
      await stop(app);
      const client = await MongoClient.connect(MONGO_URL);
      await client.db(db).dropDatabase().finally(() => client.close());
    }
    const spans = readSpans(file);
    const insert = spans.find(isDriverInsert);
    const server = spans.find((s) => s.kind === 'server' && s.traceId === insert?.traceId);
    expect(server?.attributes['url.path']).toBe('/ping');
    // A mongoose query is a driver span of the same trace (no mongoose instrumentation doubles it).
    expect(spans.filter((s) => s.traceId === insert?.traceId).map((s) => `${s.scope} ${s.name}`)).toContain('@opentelemetry/instrumentation-mongodb find probes');
    // Values are masked: no document content reaches a span.
    expect(JSON.stringify(insert?.attributes)).not.toContain('"n":2');
  });

  it('serves the metrics on its own Prometheus listener when OTEL_METRICS_EXPORTER=prometheus', async () => {
    const port = await freePort();
    const app = await startFixture({ OTEL_SERVICE_NAME: 'fixture-svc', OTEL_METRICS_EXPORTER: 'prometheus', OTEL_EXPORTER_PROMETHEUS_PORT: String(port) });
    let text = '';
    try {
      await fetch(`http://127.0.0.1:${app.port}/ping`);
      text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    } finally {
      await stop(app);
    }
    expect(text).toMatch(/^sx_steps_taken_total\{[^}]*step_type="FixtureStep"[^}]*\} 1$/m);
    // Requests by route and status, with latency buckets, from the HTTP instrumentation.
    expect(text).toMatch(/^http_server_[a-z_]*duration[a-z_]*_bucket\{[^}]*http_status_code="200"|^http_server_[a-z_]*duration[a-z_]*_bucket\{[^}]*http_response_status_code="200"/m);
    expect(app.wrapped.unusedExportersLoaded).toBe(false);
  });

  it('does nothing when OTEL_SDK_DISABLED=true', async () => {
    const file = join(dir, 'disabled.jsonl');
    const app = await startFixture({ OTEL_SDK_DISABLED: 'true', SX_OTEL_FILE: file });
    try {
      await fetch(`http://127.0.0.1:${app.port}/ping`);
    } finally {
      await stop(app);
    }
    expect(readSpans(file)).toEqual([]);
    expect(app.wrapped.amqplibPublish).toBe(false);
  });

  it('keeps ids and context without any exporter configured', async () => {
    const app = await startFixture({ OTEL_SERVICE_NAME: 'quiet' });
    try {
      await fetch(`http://127.0.0.1:${app.port}/ping`, {
        headers: { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' },
      });
    } finally {
      await stop(app);
    }
    const log = app.output().split('\n').find((l) => l.includes('"msg":"pinged"'));
    expect(JSON.parse(log ?? '{}')).toMatchObject({ trace_id: '0af7651916cd43dd8448eb211c80319c' });
  });
});
