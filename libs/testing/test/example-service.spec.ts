import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devApiKey } from '@sx/http-kit';
import { api, readSpans, startServiceProcess, waitFor } from '../src/index';

// The three libs together, as a service runs them: a real process, path aliases through tsx,
// OTel preloaded, a route with auth, logs that carry the trace id, and a graceful SIGTERM.
describe('an example service composed from http-kit, observability and testing', () => {
  jest.setTimeout(40_000);

  it('serves, traces, logs and shuts down', async () => {
    const spansFile = join(mkdtempSync(join(tmpdir(), 'sx-example-')), 'spans.jsonl');
    const service = await startServiceProcess({ name: 'example', entry: 'libs/testing/test/fixtures/example-service/main.ts', env: { SX_OTEL_FILE: spansFile } });
    let traceId = '';
    try {
      const ok = await api(service.baseUrl, devApiKey('mfa')).get('/v1/whoami');
      expect(ok).toMatchObject({ status: 200, body: { agencyId: 'mfa' } });
      expect((await api(service.baseUrl).get('/v1/whoami', { headers: { 'accept-language': 'kk' } })).status).toBe(401);
      const server = await waitFor(() => readSpans(spansFile).find((s) => s.kind === 'server' && s.attributes['http.route'] === '/v1/whoami'));
      traceId = server.traceId;
      expect(server.service).toBe('example');
    } finally {
      expect((await service.stop()).code).toBe(0);
    }
    const logs = service.output.jsonLines();
    expect(logs.find((l) => l.msg === 'whoami')).toMatchObject({ service: 'example', trace_id: traceId, agency: 'mfa' });
    // Both steps ran, in the order announced, and the stop was clean. The order they run in is
    // on-shutdown.spec.ts's to prove: here the two lines come through a pipe from a process that is
    // exiting, and CI once read them swapped.
    expect(logs.find((l) => l.msg === 'shutting down')).toMatchObject({ steps: ['close http', 'flush telemetry'] });
    expect(logs.filter((l) => l.msg === 'shutdown step done').map((l) => l.step).sort()).toEqual(['close http', 'flush telemetry']);
    expect(logs.find((l) => l.msg === 'shutdown complete')).toMatchObject({ clean: true });
    expect(JSON.stringify(logs)).not.toContain(devApiKey('mfa'));
  });
});
