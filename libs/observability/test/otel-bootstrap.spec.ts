import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spanRecordSchema, type SpanRecord } from '../src/span-record.schema';

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
    { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
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

const readSpans = (file: string): SpanRecord[] =>
  existsSync(file)
    ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => spanRecordSchema.parse(JSON.parse(l)))
    : [];

describe('otel bootstrap loaded with node --require', () => {
  jest.setTimeout(30_000);
  const dir = mkdtempSync(join(tmpdir(), 'sx-otel-'));

  it('patches http, express, mongoose and amqplib and writes spans of one trace to SX_OTEL_FILE', async () => {
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
      expect.arrayContaining(['@opentelemetry/instrumentation-express', '@opentelemetry/instrumentation-mongoose']),
    );
    expect(spans.some((s) => s.attributes['url.path'] === '/health')).toBe(false);
    expect(app.wrapped).toEqual({ amqplibPublish: true, amqplibConsume: true });

    const log = app.output().split('\n').find((l) => l.includes('"msg":"pinged"'));
    expect(JSON.parse(log ?? '{}')).toMatchObject({ trace_id: server?.traceId });
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
