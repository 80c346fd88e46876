import { Writable } from 'node:stream';
import { context, trace, TraceFlags } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { createLogger } from './logger';

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const lines = () => chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  return { stream, lines };
}

describe('createLogger', () => {
  beforeAll(() => context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable()));
  afterAll(() => context.disable());

  it('names the service and adds the active span ids', () => {
    const out = capture();
    const logger = createLogger({ service: 'sending-body', destination: out.stream });
    const span = trace.wrapSpanContext({
      traceId: '0af7651916cd43dd8448eb211c80319c',
      spanId: 'b7ad6b7169203331',
      traceFlags: TraceFlags.SAMPLED,
    });
    context.with(trace.setSpan(context.active(), span), () => logger.info('inside'));
    logger.info('outside');
    const [inside, outside] = out.lines();
    expect(inside).toMatchObject({ service: 'sending-body', trace_id: '0af7651916cd43dd8448eb211c80319c', span_id: 'b7ad6b7169203331' });
    expect(outside).not.toHaveProperty('trace_id');
  });

  it('redacts credentials in headers and config', () => {
    const out = capture();
    const logger = createLogger({ service: 'mfa', destination: out.stream });
    logger.info({ req: { headers: { authorization: 'Bearer secret-1', 'x-api-key': 'secret-2' } }, config: { API_KEYS: 'secret-3' } }, 'x');
    const text = JSON.stringify(out.lines());
    expect(text).not.toMatch(/secret-\d/);
    expect(text).toContain('[redacted]');
  });
});
