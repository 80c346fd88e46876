import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { HistoryEntry } from '@sx/persistence';
import { inLinkedCaseTrace, stampTrace } from './case-trace';

const exporter = new InMemorySpanExporter();
context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
const tracer = trace.getTracer('test');

const entry = (event: string, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({ at: '2026-03-18T04:00:00Z', event, ...extra });

describe('case traces', () => {
  beforeEach(() => exporter.reset());

  it('every history entry written inside a step records the step’s trace and span', () => {
    tracer.startActiveSpan('POST /cases/:caseId/steps', (span) => {
      const stamped = stampTrace([entry('ProposalAgreed'), entry('Earlier', { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) })]);
      expect(stamped?.[0]).toMatchObject({ traceId: span.spanContext().traceId, spanId: span.spanContext().spanId });
      expect(stamped?.[1]?.traceId).toBe('a'.repeat(32)); // an entry that already names its trace keeps it
      span.end();
    });
  });

  it('outside any trace, entries are left as they are', () => {
    expect(stampTrace([entry('CaseOpened')])).toEqual([entry('CaseOpened')]);
    expect(stampTrace(undefined)).toBeUndefined();
  });

  it('the sweeper starts a trace of its own, linked to the case’s last traced step', async () => {
    const last = { traceId: 'c'.repeat(32), spanId: 'd'.repeat(16) };
    let sweepTrace = '';
    await tracer.startActiveSpan('some request', async (outer) => {
      await inLinkedCaseTrace('obligations sweep', 'case-1', async (link) => {
        link([entry('ProposalSubmitted', { traceId: 'e'.repeat(32), spanId: 'f'.repeat(16) }), entry('ProposalAgreed', last), entry('Untraced')]);
        link([entry('Again', last)]); // a retried update links once
        sweepTrace = stampTrace([entry('DeadlineMissed')])?.[0]?.traceId ?? '';
      });
      expect(sweepTrace).not.toBe(outer.spanContext().traceId);
      outer.end();
    });
    const sweep = exporter.getFinishedSpans().find((s) => s.name === 'obligations sweep');
    expect(sweep?.spanContext().traceId).toBe(sweepTrace);
    expect(sweep?.parentSpanContext).toBeUndefined();
    expect(sweep?.links.map((l) => [l.context.traceId, l.context.spanId])).toEqual([[last.traceId, last.spanId]]);
    expect(sweep?.attributes['sx.case.id']).toBe('case-1');
  });
});
