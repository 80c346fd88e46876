import type { Logger } from 'pino';

/** One stage of stopping, e.g. stop consuming → drain → close channel → close HTTP → mongoose → telemetry. */
export interface ShutdownStep {
  readonly name: string;
  readonly run: () => Promise<void> | void;
}

export interface ShutdownOptions {
  readonly logger: Logger;
  /** The whole sequence must end within this; the orchestrator kills us soon after anyway. Default 10 s. */
  readonly timeoutMs?: number;
  /** Injected by tests; `process.exit` otherwise. */
  readonly exit?: (code: number) => void;
}

export interface Shutdown {
  /** Runs the steps once (later calls get the same promise) and then exits. */
  run(reason: string): Promise<void>;
}

async function runSteps(steps: readonly ShutdownStep[], logger: Logger): Promise<boolean> {
  let clean = true;
  for (const step of steps) {
    const started = Date.now();
    try {
      await step.run();
      logger.info({ step: step.name, ms: Date.now() - started }, 'shutdown step done');
    } catch (err) {
      // A failed step must not keep the later ones (flushing telemetry above all) from running.
      clean = false;
      logger.error({ step: step.name, err }, 'shutdown step failed');
    }
  }
  return clean;
}

export function onShutdown(signals: readonly NodeJS.Signals[], steps: readonly ShutdownStep[], options: ShutdownOptions): Shutdown {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const timeoutMs = options.timeoutMs ?? 10_000;
  let running: Promise<void> | undefined;

  const run = (reason: string): Promise<void> => {
    running ??= (async () => {
      options.logger.info({ reason, steps: steps.map((s) => s.name) }, 'shutting down');
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((done) => {
        timer = setTimeout(() => done('timeout'), timeoutMs);
        timer.unref();
      });
      const outcome = await Promise.race([runSteps(steps, options.logger), timedOut]);
      clearTimeout(timer);
      if (outcome === 'timeout') options.logger.error({ timeoutMs }, 'shutdown timed out');
      else options.logger.info({ clean: outcome }, 'shutdown complete');
      exit(outcome === true ? 0 : 1);
    })();
    return running;
  };

  for (const signal of signals) process.once(signal, () => void run(signal));
  return { run };
}
