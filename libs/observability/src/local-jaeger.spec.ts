import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localJaegerEndpoint } from './local-jaeger';

describe('localJaegerEndpoint', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sx-jaeger-'));
  const file = join(dir, 'jaeger.otlp');
  writeFileSync(file, 'http://127.0.0.1:4318\n');

  it('defaults to the endpoint jaeger-up.sh wrote while Jaeger runs', () => {
    expect(localJaegerEndpoint({}, file)).toBe('http://127.0.0.1:4318');
  });

  it('never overrides an endpoint an operator set, and can be switched off', () => {
    expect(localJaegerEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, file)).toBeUndefined();
    expect(localJaegerEndpoint({ SX_OTEL_LOCAL_JAEGER: '0' }, file)).toBeUndefined();
  });

  it('exports nowhere when no local Jaeger was started or the file is garbage', () => {
    expect(localJaegerEndpoint({}, join(dir, 'missing'))).toBeUndefined();
    const bad = join(dir, 'bad');
    writeFileSync(bad, 'not a url');
    expect(localJaegerEndpoint({}, bad)).toBeUndefined();
  });
});
