import { context, ROOT_CONTEXT } from '@opentelemetry/api';
import { suppressTracing } from '@opentelemetry/core';
import type { LogSink } from './log-sink';

export interface PeriodicPass {
  /** Stops the timer and waits for a pass still running. */
  stop(): Promise<void>;
}

/**
 * Runs `pass` now and then every `intervalMs`, one pass at a time: a pass still running when the timer
 * fires (a slow store, a long day) is not overlapped, the next tick tries again. The polling itself is
 * untraced (a root trace per tick and service says nothing); what a pass changes traces itself. A
 * failed pass is logged and the next one retries.
 */
export function startPeriodicPass(name: string, intervalMs: number, pass: () => Promise<unknown>, logger: LogSink): PeriodicPass {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = (): void => {
    if (running || stopped) return;
    running = pass()
      .then(() => undefined)
      .catch((err: unknown) => logger.error({ err, pass: name }, `${name} failed; the next pass retries`))
      .finally(() => {
        running = null;
      });
  };
  const timer = context.with(suppressTracing(ROOT_CONTEXT), () => {
    tick();
    return setInterval(tick, intervalMs);
  });
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
