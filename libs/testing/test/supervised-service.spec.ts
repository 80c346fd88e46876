import { SupervisedService, waitFor, type ExitStatus, type ServiceProcess } from '../src/index';

const entry = 'libs/testing/test/fixtures/tiny-service.ts';

interface Event {
  readonly kind: 'crashed' | 'restarted' | 'restartFailed';
  readonly attempt: number;
  readonly status?: ExitStatus;
  readonly process?: ServiceProcess;
}

function supervise(backoff: (attempt: number) => number, env: Record<string, string> = {}): { service: SupervisedService; events: Event[] } {
  const events: Event[] = [];
  const service = new SupervisedService(
    { name: 'tiny', entry, telemetry: false, env, readyTimeoutMs: 600_000 },
    {
      crashed: (_, status, attempt) => events.push({ kind: 'crashed', attempt, status }),
      restarted: (process, attempt) => events.push({ kind: 'restarted', attempt, process }),
      restartFailed: (_, attempt) => events.push({ kind: 'restartFailed', attempt }),
    },
    { backoff },
  );
  return { service, events };
}

describe('SupervisedService', () => {
  jest.setTimeout(60_000);

  it('restarts a process that died unasked, after the backoff, and reports both', async () => {
    const delays: number[] = [];
    const { service, events } = supervise((attempt) => (delays.push(attempt), 200));
    const first = await service.start();
    try {
      process.kill(first.pid ?? 0, 'SIGKILL');
      const restarted = await waitFor(() => events.find((e) => e.kind === 'restarted'), { timeoutMs: 45_000 });
      expect(events[0]).toEqual({ kind: 'crashed', attempt: 1, status: { code: null, signal: 'SIGKILL' } });
      expect(restarted.attempt).toBe(1);
      expect(restarted.process?.pid).not.toBe(first.pid);
      expect(service.process).toBe(restarted.process);
      expect((await fetch(`${restarted.process?.baseUrl}/ready`)).status).toBe(200);
      expect(new Set(delays)).toEqual(new Set([1])); // one restart: only the first step of the backoff
    } finally {
      await service.stop();
    }
  });

  it('does not restart a process that was asked to stop', async () => {
    const { service, events } = supervise(() => 50);
    const first = await service.start();
    expect(await service.stop()).toEqual({ code: 0, signal: null });
    await new Promise((done) => setTimeout(done, 500));
    expect(events).toEqual([]);
    expect(await first.exited).toEqual({ code: 0, signal: null });
  });

  it('cancels a start under way when stopped, so no process outlives the supervisor', async () => {
    const { service, events } = supervise(() => 50, { TINY_MODE: 'never-ready' });
    const starting = service.start();
    await new Promise((done) => setTimeout(done, 1500));
    await service.stop();
    // Far inside the ready timeout: only the cancellation can end the start this soon.
    await expect(starting).rejects.toThrow(/tiny: start cancelled/);
    expect(events).toEqual([]);
  });
});
