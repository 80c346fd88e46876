import fc from 'fast-check';
import type { ServiceName } from '@sx/contracts';
import { partyKey } from '../seeded-cases';
import { fuzzRequest, type FuzzRequest, type FuzzWorld, type Operation } from './fuzz-requests';
import { watchHealth, type HealthReport } from './health-watch';

export interface FuzzOptions {
  readonly seed: number;
  readonly runs: number;
  readonly world: FuzzWorld;
  readonly operations: readonly Operation[];
  /** Which agencies act through which service (the registry), for the wrong-service oracle. */
  readonly servedBy: (agencyId: string) => readonly string[];
  url(service: ServiceName): string;
  readonly concurrency?: number;
  readonly maxResponseMs?: number;
  readonly maxHealthMs?: number;
  /** The credential a request of `caller` carries (an agency's API key, or its signatory's token), and a bogus one. */
  readonly credential: (agencyId: string, service: ServiceName) => string;
  readonly bogus: string;
}

export interface FuzzReport {
  readonly tried: number;
  readonly byCategory: Record<string, number>;
  readonly byDetail: Record<string, number>;
  readonly byStatus: Record<string, number>;
  readonly slowestMs: number;
  readonly health: HealthReport;
  readonly failures: string[];
}

const count = (into: Record<string, number>, key: string): void => {
  into[key] = (into[key] ?? 0) + 1;
};

/** The oracles: what must hold for every request, whatever it carried. */
function violations(r: FuzzRequest, status: number, ms: number, options: FuzzOptions): string[] {
  const found: string[] = [];
  if (status >= 500) found.push(`5xx (${status})`);
  if (ms > (options.maxResponseMs ?? 1000)) found.push(`slow (${ms.toFixed(0)} ms)`);
  const ok = status >= 200 && status < 300;
  if (!ok || !r.operation.auth) return found;
  if (r.caller === null || r.caller === 'bogus') found.push(`answered ${status} without a valid key`);
  else if (!options.servedBy(r.caller).includes(r.service)) found.push(`answered ${status} to a key of another service`);
  else if (r.seededCase && !r.seededCase.parties.has(partyKey(r.caller, r.service))) found.push(`answered ${status} to a non-party`);
  return found;
}

async function send(r: FuzzRequest, options: FuzzOptions): Promise<{ status: number; ms: number }> {
  const headers: Record<string, string> = { ...r.headers, accept: 'application/json' };
  if (r.caller) headers.authorization = `Bearer ${r.caller === 'bogus' ? options.bogus : options.credential(r.caller, r.service)}`;
  // fetch cannot send a body with GET: such a request goes without it.
  const body = r.operation.method === 'GET' ? undefined : r.body;
  if (body) headers['content-type'] = body.contentType;
  for (let attempt = 1; ; attempt++) {
    const started = performance.now();
    try {
      const res = await fetch(options.url(r.service) + r.pathAndQuery, {
        method: r.operation.method, headers, ...(body ? { body: body.text } : {}), signal: AbortSignal.timeout(10_000),
      });
      await res.arrayBuffer();
      return { status: res.status, ms: performance.now() - started };
    } catch (err) {
      // A pooled keep-alive socket the server closed at that instant fails at once, before any answer:
      // tried once more on a new connection. No answer twice (reset, timeout) is a server failure.
      const timedOut = err instanceof Error && err.name === 'TimeoutError';
      if (attempt >= 2 || timedOut) return { status: 599, ms: performance.now() - started };
    }
  }
}

/**
 * Generates `runs` requests from the services' OpenAPI schemas with fast-check (reproducible from
 * `seed`), sends them `concurrency` at a time while /health is watched, and applies the oracles.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const requests = fc.sample(fuzzRequest(options.operations, options.world), { seed: options.seed, numRuns: options.runs });
  const report = { tried: 0, byCategory: {}, byDetail: {}, byStatus: {}, slowestMs: 0, failures: [] as string[] };
  const health = watchHealth(options.world.services.map((s) => options.url(s)), options.maxHealthMs ?? 100);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < requests.length; i = next++) {
      const r = requests[i];
      if (!r) continue;
      const { status, ms } = await send(r, options);
      report.tried++;
      count(report.byCategory, r.category);
      count(report.byDetail, r.detail);
      count(report.byStatus, String(status));
      report.slowestMs = Math.max(report.slowestMs, ms);
      for (const v of violations(r, status, ms, options)) {
        report.failures.push(`#${i} (seed ${options.seed}) ${r.operation.method} ${r.service}${r.pathAndQuery.slice(0, 120)} as ${r.caller ?? 'no key'} [${r.category}/${r.detail}]: ${v}`);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  return { ...report, health: await health.stop() };
}
