import { telemetrySettings } from './telemetry-settings';

describe('telemetrySettings', () => {
  it('exports nothing by default but stays enabled', () => {
    expect(telemetrySettings({ OTEL_SERVICE_NAME: 'mfa' })).toEqual({
      disabled: false, serviceName: 'mfa', exports: [], metrics: [], prometheus: { host: '127.0.0.1', port: 9464 },
    });
  });

  it('turns on OTLP with an endpoint, the file and the console with ours', () => {
    const s = telemetrySettings({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      SX_OTEL_FILE: '/tmp/spans.jsonl',
      SX_OTEL_CONSOLE: '1',
    });
    expect(s.exports).toEqual(['otlp', 'file', 'console']);
    expect(s.file).toBe('/tmp/spans.jsonl');
  });

  it('turns on metrics exports with the standard OTEL_METRICS_EXPORTER, Prometheus on its own listener', () => {
    const s = telemetrySettings({ OTEL_METRICS_EXPORTER: 'prometheus, otlp', OTEL_EXPORTER_PROMETHEUS_HOST: '0.0.0.0', OTEL_EXPORTER_PROMETHEUS_PORT: '9464' });
    expect(s.metrics).toEqual(['otlp', 'prometheus']);
    expect(s.prometheus).toEqual({ host: '0.0.0.0', port: 9464 });
    expect(telemetrySettings({ OTEL_METRICS_EXPORTER: 'prometheus,none' }).metrics).toEqual([]);
  });

  it('is disabled by OTEL_SDK_DISABLED=true', () => {
    expect(telemetrySettings({ OTEL_SDK_DISABLED: 'true' }).disabled).toBe(true);
  });

  it('never fails a start on a bad variable: it just exports nothing', () => {
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(telemetrySettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'not a url' }).exports).toEqual([]);
    expect(write).toHaveBeenCalledWith(expect.stringContaining('OTEL_EXPORTER_OTLP_ENDPOINT'));
    write.mockRestore();
  });
});
