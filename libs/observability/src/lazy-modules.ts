/**
 * `@opentelemetry/sdk-node` requires every exporter it knows at load time (OTLP over gRPC, protobuf
 * and JSON for traces, metrics and logs; Zipkin; Prometheus; B3 and Jaeger propagators), though a
 * service uses one or two. Loading them all (gRPC above all) tripled a service's start-up. Before the
 * SDK is required, each exporter package that the configuration does not use is entered in the module
 * cache as a stand-in that loads the real package on first use: the SDK's top-level `require` then
 * costs nothing, and a package is only loaded when the SDK actually builds something from it.
 */
import Module from 'node:module';

/** The packages the SDK requires eagerly; each is deferred unless the configuration needs it. */
export const DEFERRABLE_PACKAGES = [
  '@opentelemetry/exporter-trace-otlp-grpc',
  '@opentelemetry/exporter-trace-otlp-proto',
  '@opentelemetry/exporter-trace-otlp-http',
  '@opentelemetry/exporter-metrics-otlp-grpc',
  '@opentelemetry/exporter-metrics-otlp-proto',
  '@opentelemetry/exporter-metrics-otlp-http',
  '@opentelemetry/exporter-logs-otlp-grpc',
  '@opentelemetry/exporter-logs-otlp-proto',
  '@opentelemetry/exporter-logs-otlp-http',
  '@opentelemetry/otlp-grpc-exporter-base',
  '@opentelemetry/exporter-zipkin',
  '@opentelemetry/exporter-prometheus',
  '@opentelemetry/propagator-b3',
  '@opentelemetry/propagator-jaeger',
] as const;

export type DeferrablePackage = (typeof DEFERRABLE_PACKAGES)[number];

interface CachedModule {
  exports: unknown;
}

/**
 * Defers every package of `DEFERRABLE_PACKAGES` but those in `needed`, as the SDK resolves them
 * (from its own directory: `sdkEntry` is the SDK's resolved path). Returns the packages deferred.
 */
export function deferUnusedPackages(sdkEntry: string, needed: ReadonlySet<DeferrablePackage>): DeferrablePackage[] {
  const fromSdk = Module.createRequire(sdkEntry);
  const cache = (Module as unknown as { _cache: Record<string, CachedModule | undefined> })._cache;
  const deferred: DeferrablePackage[] = [];
  for (const name of DEFERRABLE_PACKAGES) {
    if (needed.has(name)) continue;
    let file: string;
    try {
      file = fromSdk.resolve(name);
    } catch {
      continue; // not installed: the SDK's own require would fail the same way
    }
    if (cache[file]) continue; // already loaded for real
    let real: Record<string | symbol, unknown> | undefined;
    const load = (): Record<string | symbol, unknown> => {
      if (!real) {
        delete cache[file];
        real = fromSdk(file) as Record<string | symbol, unknown>;
      }
      return real;
    };
    const standIn = new Proxy({} as Record<string | symbol, unknown>, {
      get: (_t, key) => load()[key],
      has: (_t, key) => key in load(),
      ownKeys: () => Reflect.ownKeys(load()),
      getOwnPropertyDescriptor: (_t, key) => {
        const d = Object.getOwnPropertyDescriptor(load(), key);
        return d ? { ...d, configurable: true } : undefined;
      },
    });
    const entry = new Module(file);
    entry.filename = file;
    entry.loaded = true;
    entry.exports = standIn;
    cache[file] = entry as unknown as CachedModule;
    deferred.push(name);
  }
  return deferred;
}
