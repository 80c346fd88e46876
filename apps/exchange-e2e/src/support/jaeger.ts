import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { z } from 'zod';
import { REPO_ROOT } from '@sx/testing';

export const JAEGER_QUERY_URL = process.env['SX_JAEGER_QUERY_URL'] ?? 'http://127.0.0.1:16686';
export const JAEGER_OTLP_URL = process.env['SX_JAEGER_OTLP_URL'] ?? 'http://127.0.0.1:4318';

/** Service env that exports every span to the local Jaeger at once (small batches, short delay). */
export const JAEGER_EXPORT_ENV: Readonly<Record<string, string>> = {
  OTEL_EXPORTER_OTLP_ENDPOINT: JAEGER_OTLP_URL,
  OTEL_BSP_SCHEDULE_DELAY: '200',
  SX_JAEGER_QUERY_URL: JAEGER_QUERY_URL,
};

async function answers(): Promise<boolean> {
  try {
    return (await fetch(`${JAEGER_QUERY_URL}/api/services`, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

/** Starts the local Jaeger (deploy/scripts/jaeger-up.sh builds it once) unless one answers already. */
export async function ensureJaeger(): Promise<void> {
  if (await answers()) return;
  execFileSync('bash', [join(REPO_ROOT, 'deploy/scripts/jaeger-up.sh')], { stdio: 'inherit' });
}

const SpanSchema = z.object({
  traceID: z.string(),
  spanID: z.string(),
  operationName: z.string(),
  references: z.array(z.object({ refType: z.string(), traceID: z.string(), spanID: z.string() })).default([]),
  processID: z.string(),
  tags: z.array(z.object({ key: z.string(), value: z.unknown() })).default([]),
});
const TracesSchema = z.object({
  data: z.array(z.object({ traceID: z.string(), spans: z.array(SpanSchema), processes: z.record(z.string(), z.object({ serviceName: z.string() })) })).nullable(),
});

export interface JaegerSpan {
  readonly traceId: string;
  readonly spanId: string;
  readonly name: string;
  readonly service: string;
  readonly references: readonly { refType: string; traceID: string; spanID: string }[];
  readonly tags: Readonly<Record<string, unknown>>;
}

/** Every span Jaeger's query API holds for a trace (empty when it holds none yet). */
export async function jaegerTrace(traceId: string): Promise<JaegerSpan[]> {
  const res = await fetch(`${JAEGER_QUERY_URL}/api/traces/${traceId}`);
  if (res.status === 404) return [];
  const body = TracesSchema.parse(await res.json());
  return (body.data ?? []).flatMap((t) =>
    t.spans.map((s) => ({ traceId: s.traceID, spanId: s.spanID, name: s.operationName, service: t.processes[s.processID]?.serviceName ?? '?', references: s.references, tags: Object.fromEntries(s.tags.map((tag) => [tag.key, tag.value])) })),
  );
}
