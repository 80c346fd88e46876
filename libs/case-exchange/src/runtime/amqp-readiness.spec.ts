import { readinessReport } from '@sx/http-kit';
import { amqpReadiness } from './amqp-readiness';

describe('AMQP readiness', () => {
  it('asks the messaging connection on every probe', async () => {
    let up = true;
    const check = amqpReadiness({ isConnected: () => up });
    expect(check.name).toBe('amqp');
    expect(await readinessReport([check])).toEqual({ status: 'ready', checks: { amqp: 'ok' } });
    up = false;
    expect(await readinessReport([check])).toEqual({ status: 'not_ready', checks: { amqp: 'failed' } });
    up = true;
    expect(await readinessReport([check])).toEqual({ status: 'ready', checks: { amqp: 'ok' } });
  });
});
