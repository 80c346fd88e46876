import { telemetrySettings } from './telemetry-settings';

describe('telemetrySettings', () => {
  it('exports nothing by default but stays enabled', () => {
    expect(telemetrySettings({ OTEL_SERVICE_NAME: 'mfa' })).toEqual({ disabled: false, serviceName: 'mfa', exports: [] });
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
