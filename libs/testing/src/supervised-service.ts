import { startServiceProcess, type ExitStatus, type ServiceProcess, type ServiceProcessOptions } from './service-process';

/** What a supervisor tells its owner; `attempt` counts restarts since the last stable run. */
export interface SupervisionEvents {
  crashed(name: string, status: ExitStatus, attempt: number, delayMs: number): void;
  restarted(process: ServiceProcess, attempt: number): void;
  /** A restart did not reach ready; attempt number `attempt` follows after `delayMs`. */
  restartFailed(name: string, attempt: number, error: Error, delayMs: number): void;
}

export interface SupervisionOptions {
  /** Delay before restart number `attempt` (1, 2, …). */
  readonly backoff?: (attempt: number) => number;
  /** A run this long counts as stable: the next crash starts the backoff over. */
  readonly stableAfterMs?: number;
}

/** 1 s, 2 s, 4 s … capped at 30 s: quick after a one-off crash, gentle on a crash loop. */
export const restartBackoff = (attempt: number): number => Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1));

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((done) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), done()), { once: true });
  });

/**
 * A service process that is started again with backoff whenever it exits unasked, until `stop()`.
 * The first start is the caller's to judge (it throws); only a service that was once ready is
 * restarted, so a broken build or configuration fails fast instead of looping.
 */
export class SupervisedService {
  private current: ServiceProcess | undefined;
  private readonly stopping = new AbortController();
  private attempt = 0;
  private restarting: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: ServiceProcessOptions,
    private readonly events: SupervisionEvents,
    private readonly supervision: SupervisionOptions = {},
  ) {}

  get process(): ServiceProcess | undefined {
    return this.current;
  }

  async start(): Promise<ServiceProcess> {
    return this.watch(await this.spawn());
  }

  /** Stops the current process (if any), and a start or restart still under way. */
  async stop(graceMs?: number): Promise<ExitStatus | undefined> {
    this.stopping.abort();
    await this.restarting;
    return this.current?.stop(graceMs);
  }

  private spawn(): Promise<ServiceProcess> {
    if (this.stopping.signal.aborted) return Promise.reject(new Error(`${this.options.name}: start cancelled`));
    return startServiceProcess({ ...this.options, signal: this.stopping.signal });
  }

  private watch(process: ServiceProcess): ServiceProcess {
    this.current = process;
    const startedAt = Date.now();
    void process.exited.then((status) => {
      if (this.stopping.signal.aborted) return;
      if (Date.now() - startedAt >= (this.supervision.stableAfterMs ?? 60_000)) this.attempt = 0;
      this.restarting = this.restart(status);
    });
    return process;
  }

  private async restart(status: ExitStatus): Promise<void> {
    const backoff = this.supervision.backoff ?? restartBackoff;
    this.attempt += 1;
    this.events.crashed(this.options.name, status, this.attempt, backoff(this.attempt));
    for (;;) {
      await sleep(backoff(this.attempt), this.stopping.signal);
      if (this.stopping.signal.aborted) return;
      try {
        this.events.restarted(this.watch(await this.spawn()), this.attempt);
        return;
      } catch (error) {
        if (this.stopping.signal.aborted) return;
        this.attempt += 1;
        this.events.restartFailed(this.options.name, this.attempt, error instanceof Error ? error : new Error(String(error)), backoff(this.attempt));
      }
    }
  }
}
