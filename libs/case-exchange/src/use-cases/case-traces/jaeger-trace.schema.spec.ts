import { JaegerTracesSchema, toTraceSpans } from './jaeger-trace.schema';

// The shape of Jaeger v1's GET /api/traces/{id}, trimmed to two spans of one step.
const jaeger = {
  data: [{
    traceID: 'a'.repeat(32),
    processes: { p1: { serviceName: 'receiving-body', tags: [] }, p2: { serviceName: 'sending-body', tags: [] } },
    spans: [
      { traceID: 'a'.repeat(32), spanID: '1'.repeat(16), operationName: 'POST /cases/:caseId/steps', references: [], startTime: 1000, duration: 900, processID: 'p1', tags: [{ key: 'span.kind', type: 'string', value: 'server' }] },
      {
        traceID: 'a'.repeat(32), spanID: '2'.repeat(16), operationName: 'ProposalAgreed process', startTime: 1500, duration: 300, processID: 'p2',
        references: [{ refType: 'CHILD_OF', traceID: 'a'.repeat(32), spanID: '3'.repeat(16) }, { refType: 'FOLLOWS_FROM', traceID: 'b'.repeat(32), spanID: '4'.repeat(16) }],
        tags: [{ key: 'span.kind', type: 'string', value: 'consumer' }, { key: 'otel.status_code', type: 'string', value: 'ERROR' }],
      },
    ],
  }],
};

describe('toTraceSpans', () => {
  it('turns Jaeger’s traces into the waterfall’s spans: service, parent, links, error', () => {
    const spans = toTraceSpans(JaegerTracesSchema.parse(jaeger));
    expect(spans).toEqual([
      { traceId: 'a'.repeat(32), spanId: '1'.repeat(16), links: [], name: 'POST /cases/:caseId/steps', service: 'receiving-body', kind: 'server', startUs: 1000, durationUs: 900, error: false },
      {
        traceId: 'a'.repeat(32), spanId: '2'.repeat(16), parentSpanId: '3'.repeat(16), links: [{ traceId: 'b'.repeat(32), spanId: '4'.repeat(16) }],
        name: 'ProposalAgreed process', service: 'sending-body', kind: 'consumer', startUs: 1500, durationUs: 300, error: true,
      },
    ]);
  });

  it('reads Jaeger’s "no such trace" (data: null) as no spans', () => {
    expect(toTraceSpans(JaegerTracesSchema.parse({ data: null }))).toEqual([]);
  });
});
