import { Router } from 'express';

/** A dependency the service cannot serve without: resolve true when usable. */
export interface ReadinessCheck {
  readonly name: string;
  readonly check: () => Promise<boolean> | boolean;
  /** A hung dependency must not hang the probe; default 2 s. */
  readonly timeoutMs?: number;
}

export type CheckOutcome = 'ok' | 'failed' | 'timeout';

export interface ReadinessReport {
  readonly status: 'ready' | 'not_ready';
  readonly checks: Readonly<Record<string, CheckOutcome>>;
}

async function outcome(check: ReadinessCheck): Promise<CheckOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<CheckOutcome>((done) => {
    timer = setTimeout(() => done('timeout'), check.timeoutMs ?? 2000);
  });
  const result = Promise.resolve()
    .then(() => check.check())
    .then((ok): CheckOutcome => (ok ? 'ok' : 'failed'), (): CheckOutcome => 'failed');
  try {
    return await Promise.race([result, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function readinessReport(checks: readonly ReadinessCheck[]): Promise<ReadinessReport> {
  const outcomes = await Promise.all(checks.map(async (c) => [c.name, await outcome(c)] as const));
  return {
    status: outcomes.every(([, o]) => o === 'ok') ? 'ready' : 'not_ready',
    checks: Object.fromEntries(outcomes),
  };
}

/** `/health`: the process answers (liveness). `/ready`: its dependencies answer (readiness). */
export function probesRouter(checks: readonly ReadinessCheck[]): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    const report = await readinessReport(checks);
    res.status(report.status === 'ready' ? 200 : 503).json(report);
  });
  return router;
}
