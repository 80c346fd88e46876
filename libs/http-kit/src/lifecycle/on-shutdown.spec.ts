import pino from 'pino';
import { onShutdown } from './on-shutdown';

const logger = pino({ level: 'silent' });

describe('onShutdown', () => {
  it('runs the steps in order, once, then exits 0', async () => {
    const order: string[] = [];
    const exit = jest.fn();
    const step = (name: string) => ({ name, run: async () => void order.push(name) });
    const shutdown = onShutdown([], [step('stop consuming'), step('close http'), step('flush telemetry')], { logger, exit });
    await Promise.all([shutdown.run('SIGTERM'), shutdown.run('SIGINT')]);
    expect(order).toEqual(['stop consuming', 'close http', 'flush telemetry']);
    expect(exit).toHaveBeenCalledTimes(1);
    expect(exit).toHaveBeenCalledWith(0);
  });

  it('keeps going past a failed step and exits 1', async () => {
    const order: string[] = [];
    const exit = jest.fn();
    await onShutdown([], [
      { name: 'a', run: () => { throw new Error('boom'); } },
      { name: 'b', run: () => void order.push('b') },
    ], { logger, exit }).run('test');
    expect(order).toEqual(['b']);
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('exits 1 when the steps outlast the timeout', async () => {
    const exit = jest.fn();
    await onShutdown([], [{ name: 'hang', run: () => new Promise<void>(() => undefined) }], { logger, exit, timeoutMs: 50 }).run('test');
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('starts on a signal', async () => {
    const exit = jest.fn();
    const ran = jest.fn();
    onShutdown(['SIGUSR2'], [{ name: 'x', run: ran }], { logger, exit });
    process.emit('SIGUSR2');
    await new Promise((r) => setTimeout(r, 50));
    expect(ran).toHaveBeenCalled();
    expect(exit).toHaveBeenCalledWith(0);
  });
});
