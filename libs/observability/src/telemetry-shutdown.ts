// The SDK is started by `otel.ts` through `node --require`, while the app reaches this module
// through its own import graph (possibly another module instance under tsx). A global symbol is
// the one place both can see.
const SDK_KEY = Symbol.for('sx.observability.sdk');

interface Stoppable {
  shutdown(): Promise<void>;
}

export function registerTelemetry(sdk: Stoppable): void {
  (globalThis as Record<symbol, unknown>)[SDK_KEY] = sdk;
}

/** Flushes pending spans and stops the SDK; a no-op when telemetry was never started. */
export async function shutdownTelemetry(): Promise<void> {
  const sdk = (globalThis as Record<symbol, unknown>)[SDK_KEY] as Stoppable | undefined;
  if (!sdk) return;
  delete (globalThis as Record<symbol, unknown>)[SDK_KEY];
  await sdk.shutdown();
}

export function telemetryStarted(): boolean {
  return (globalThis as Record<symbol, unknown>)[SDK_KEY] !== undefined;
}
