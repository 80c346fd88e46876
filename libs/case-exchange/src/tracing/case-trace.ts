import { isSpanContextValid, ROOT_CONTEXT, trace, TraceFlags, type Span } from '@opentelemetry/api';
import type { HistoryEntry } from '@sx/persistence';

const tracer = () => trace.getTracer('@sx/case-exchange');

/** The trace (and span) a history entry was written under: the step's request, message or sweep. */
export function activeTraceIds(): { traceId: string; spanId: string } | undefined {
  const ctx = trace.getActiveSpan()?.spanContext();
  return ctx && isSpanContextValid(ctx) ? { traceId: ctx.traceId, spanId: ctx.spanId } : undefined;
}

/** Every entry records the trace it was written under, so a timeline links each step to its trace. */
export function stampTrace(history: readonly HistoryEntry[] | undefined): HistoryEntry[] | undefined {
  const ids = activeTraceIds();
  if (!history || !ids) return history ? [...history] : undefined;
  return history.map((h) => (h.traceId ? h : { ...h, ...ids }));
}

/**
 * Runs work that no request or message started (the deadline sweeper) as a new trace of its own,
 * linked to the last traced step of the case, so the case's chain still leads to it.
 */
export function inLinkedCaseTrace<T>(name: string, caseId: string, work: (link: (history: readonly HistoryEntry[]) => void) => Promise<T>): Promise<T> {
  return tracer().startActiveSpan(name, { root: true, attributes: { 'sx.case.id': caseId } }, ROOT_CONTEXT, async (span: Span) => {
    let linked = false; // an update retried after a concurrent write calls this again
    const link = (history: readonly HistoryEntry[]): void => {
      const last = [...history].reverse().find((h) => h.traceId && h.spanId);
      if (!linked && last?.traceId && last.spanId) {
        linked = true;
        span.addLink({ context: { traceId: last.traceId, spanId: last.spanId, traceFlags: TraceFlags.SAMPLED }, attributes: { 'sx.link': 'last case step' } });
      }
    };
    try {
      return await work(link);
    } finally {
      span.end();
    }
  });
}
