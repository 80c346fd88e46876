import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { context, SpanKind, trace } from '@opentelemetry/api';
import { FileSpanExporter } from './file-span-exporter';
import { spanRecordSchema } from './span-record.schema';

describe('FileSpanExporter', () => {
  it('writes one parseable JSON line per span with its parent and service', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sx-fse-')), 'spans.jsonl');
    const provider = new BasicTracerProvider({
      resource: resourceFromAttributes({ 'service.name': 'receiving-body' }),
      spanProcessors: [new SimpleSpanProcessor(new FileSpanExporter(file))],
    });
    const tracer = provider.getTracer('test-scope');
    const parent = tracer.startSpan('case.created process', { kind: SpanKind.CONSUMER, attributes: { 'case.id': 'c-1' } });
    tracer.startSpan('save', {}, trace.setSpan(context.active(), parent)).end();
    parent.end();

    const [child, root] = readFileSync(file, 'utf8').trim().split('\n').map((l) => spanRecordSchema.parse(JSON.parse(l)));
    expect(root).toMatchObject({ name: 'case.created process', kind: 'consumer', service: 'receiving-body', scope: 'test-scope', attributes: { 'case.id': 'c-1' } });
    expect(root).not.toHaveProperty('parentSpanId');
    expect(child).toMatchObject({ name: 'save', traceId: root?.traceId, parentSpanId: root?.spanId });
  });
});
