import { Refusal } from '@sx/contracts';
import { text } from '@sx/rules';
import type { CaseContext } from '../../context/case-context';
import { loadCaseFor } from '../shared/load-case';
import { JaegerTracesSchema, toTraceSpans, type CaseTraces, type TraceSpan } from './jaeger-trace.schema';

const JAEGER_TIMEOUT_MS = 5_000;

const tracesUnavailable = (): Refusal =>
  new Refusal('unavailable', 'TRACES.UNAVAILABLE', text('Трассалар қоймасы (Jaeger) қолжетімсіз', 'Хранилище трасс (Jaeger) недоступно', 'The trace store (Jaeger) is unreachable'));

async function fetchTrace(jaegerUrl: string, traceId: string): Promise<TraceSpan[] | null> {
  let res: Response;
  try {
    res = await fetch(`${jaegerUrl}/api/traces/${traceId}`, { signal: AbortSignal.timeout(JAEGER_TIMEOUT_MS) });
  } catch {
    throw tracesUnavailable();
  }
  if (res.status === 404) return null;
  if (!res.ok) throw tracesUnavailable();
  const parsed = JaegerTracesSchema.safeParse(await res.json());
  if (!parsed.success) throw tracesUnavailable();
  return toTraceSpans(parsed.data);
}

/**
 * The spans of every trace a case's history was written under, read from Jaeger's query API on the
 * service's side: the browser stays on its own origin, and only a party to the case sees them.
 */
export async function caseTraces(ctx: CaseContext, jaegerUrl: string, agencyId: string, caseId: string): Promise<CaseTraces> {
  const { aggregate } = await loadCaseFor(ctx, caseId, agencyId);
  const traceIds = [...new Set(aggregate.history.flatMap((h) => (h.traceId ? [h.traceId] : [])))];
  const found = await Promise.all(traceIds.map(async (id) => [id, await fetchTrace(jaegerUrl, id)] as const));
  return {
    caseId,
    traceIds,
    spans: found.flatMap(([, spans]) => spans ?? []).sort((a, b) => a.startUs - b.startUs),
    missing: found.flatMap(([id, spans]) => (spans === null || spans.length === 0 ? [id] : [])),
  };
}
