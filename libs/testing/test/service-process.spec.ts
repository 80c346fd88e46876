import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { api, readSpans, startServiceProcess, waitFor } from '../src/index';

const entry = 'libs/testing/test/fixtures/tiny-service.ts';
const dir = mkdtempSync(join(tmpdir(), 'sx-testing-'));

describe('startServiceProcess', () => {
  jest.setTimeout(30_000);

  it('starts a real process with OTel preloaded, waits for /ready and stops it with SIGTERM', async () => {
    const spans = join(dir, 'spans.jsonl');
    const logFile = join(dir, 'tiny.log');
    const service = await startServiceProcess({ name: 'tiny', entry, env: { GREETING: 'salem', SX_OTEL_FILE: spans }, logFile });
    try {
      const res = await api(service.baseUrl, 'k-123').get<{ path: string; traceId: string | null; auth: string }>('/hello');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ path: '/hello', auth: 'Bearer k-123', traceId: expect.stringMatching(/^[0-9a-f]{32}$/) });
      const server = await waitFor(() => readSpans(spans).find((s) => s.kind === 'server' && s.attributes['url.path'] === '/hello'));
      expect(server).toMatchObject({ service: 'tiny', traceId: res.body.traceId });
      expect(service.output.jsonLines()[0]).toMatchObject({ msg: 'starting', port: service.port, greeting: 'salem' });
    } finally {
      expect(await service.stop()).toEqual({ code: 0, signal: null });
    }
    expect(readFileSync(logFile, 'utf8')).toContain('"msg":"stopping"');
  });

  it('fails fast with the captured output when the process exits before ready', async () => {
    // A ready timeout far beyond the test's own: only noticing the exit can make this pass in time,
    // and the message says which of the two it was (exited, not "not met within").
    await expect(startServiceProcess({ name: 'tiny', entry, env: { TINY_MODE: 'crash' }, readyTimeoutMs: 600_000 })).rejects.toThrow(
      /tiny exited before it was ready \(code 3[\s\S]*MONGO_URL is missing/,
    );
  });

  it('times out with the captured output when /ready never turns 200', async () => {
    await expect(
      startServiceProcess({ name: 'tiny', entry, env: { TINY_MODE: 'never-ready' }, telemetry: false, readyTimeoutMs: 1500 }),
    ).rejects.toThrow(/tiny ready at .* not met within 1500 ms[\s\S]*"mode":"never-ready"/);
  });

  it('kills a process that ignores SIGTERM after the grace period', async () => {
    const service = await startServiceProcess({ name: 'tiny', entry, env: { TINY_MODE: 'stubborn' }, telemetry: false });
    expect(await service.stop(500)).toEqual({ code: null, signal: 'SIGKILL' });
    expect(service.output.all()).toContain('ignoring SIGTERM');
  });
});
