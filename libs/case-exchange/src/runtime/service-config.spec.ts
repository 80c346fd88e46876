import { devApiKey } from '@sx/http-kit';
import { loadServiceConfig } from './service-config';

const failWith = (message: string): never => {
  throw new Error(message);
};
const load = (env: Record<string, string>, service: Parameters<typeof loadServiceConfig>[0] = 'prime-minister') =>
  loadServiceConfig(service, env, { fail: failWith });
const dev = (env: Record<string, string>, service?: Parameters<typeof loadServiceConfig>[0]) => load({ SX_DEV_KEYS: '1', ...env }, service);

describe('service configuration', () => {
  it('runs locally with only SX_DEV_KEYS=1: fixed port, own database, dev keys; other agencies\' keys are known as served elsewhere', () => {
    const config = load({ SX_DEV_KEYS: '1' });
    expect(config).toMatchObject({ port: 3005, host: '127.0.0.1', mongoUrl: 'mongodb://127.0.0.1:27017/sx-prime-minister', amqpPrefix: undefined });
    expect(Object.keys(config.apiKeys)).toEqual([devApiKey('prime-minister')]);
    expect(config.apiKeysElsewhere[devApiKey('ministry-of-finance')]).toEqual({ agencyId: 'ministry-of-finance', services: ['sending-body', 'receiving-body'] });
    expect(config.rateLimits.writesPerAgency.points).toBe(1200);
    expect(config.rateLimits.readsPerAgency.points).toBe(6000);
    expect(config.trustedProxies).toEqual([]);
    expect(config.clock).toEqual({ kind: 'system' });
    expect(config.maxFileBytes).toBe(2 * 1024 * 1024);
  });

  it('chooses write concern and retries for the database: FerretDB locally, a replica set in production, or as set', () => {
    expect(dev({}).mongoDeployment).toBe('ferretdb');
    expect(dev({ MONGO_DEPLOYMENT: 'replica-set' }).mongoDeployment).toBe('replica-set');
    expect(() => dev({ MONGO_DEPLOYMENT: 'sharded' })).toThrow(/MONGO_DEPLOYMENT/);
  });

  it('reads the database of a service from its own MONGO_URL_<SERVICE> and reports it under that name', () => {
    expect(dev({ MONGO_URL_SENDING_BODY: 'mongodb://db:27017/x' }, 'sending-body').mongoUrl).toBe('mongodb://db:27017/x');
    expect(() => dev({ MONGO_URL_SENDING_BODY: 'http://db' }, 'sending-body')).toThrow(/MONGO_URL_SENDING_BODY: a mongodb/);
  });

  it('refuses to start without keys unless SX_DEV_KEYS=1, with one line naming the fix', () => {
    const error = () => load({});
    expect(error).toThrow(/API_KEYS: missing; required: .*npm run keys:generate.*SX_DEV_KEYS=1/);
    expect(error).toThrow(/SX_SIGNING_PRIVATE_KEY: missing; no signing key: .*SX_DEV_KEYS=1/);
  });

  it('refuses dev keys, a test mutant and a shifted clock in production, listing every problem at once', () => {
    const error = () => load({ NODE_ENV: 'production', SX_DEV_KEYS: '1', SX_FIXED_NOW: '2025-03-18T09:00:00+05:00' });
    expect(error).toThrow(/SX_DEV_KEYS: dev keys are refused in production/);
    expect(error).toThrow(/SX_FIXED_NOW.*refused in production/);
    expect(() => load({ SX_TEST_MUTANT: 'no-auth' })).toThrow(/SX_TEST_MUTANT: a test-only switch/);
    expect(load({ SX_DEV_KEYS: '1', SX_TEST_MUTANT: 'no-auth' }).testMutant).toBe('no-auth');
    // Every test-only switch is read in one place, behind the same gate.
    expect(() => load({ SX_TEST_MUTANT: 'no-unique-append' })).toThrow(/SX_TEST_MUTANT: a test-only switch/);
    expect(() => load({ SX_TEST_MUTANT: 'no-signatory-check' })).toThrow(/SX_TEST_MUTANT: a test-only switch/);
    expect(load({ SX_DEV_KEYS: '1', SX_TEST_MUTANT: 'no-signatory-check' }).testMutant).toBe('no-signatory-check');
    expect(() => load({ SX_TEST_STEP_DELAY_MS: '250' })).toThrow(/SX_TEST_STEP_DELAY_MS: a test-only switch/);
    expect(load({ SX_DEV_KEYS: '1', SX_TEST_STEP_DELAY_MS: '250' }).testStepDelayMs).toBe(250);
    expect(load({ SX_DEV_KEYS: '1' }).testStepDelayMs).toBe(0);
  });

  it('never echoes an API key, even a malformed one', () => {
    const secret = 'short-secret';
    let message = '';
    try {
      load({ SX_DEV_KEYS: '1', API_KEYS: JSON.stringify({ [secret + '-long-enough']: { agencyId: 'prime-minister', roles: 'x' } }) });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/API_KEYS/);
    expect(message).not.toContain(secret);
  });

  it('takes either a start instant or an offset in days for the clock, not both', () => {
    expect(dev({ SX_FIXED_NOW: '2025-03-18T09:00:00+05:00' }).clock).toEqual({ kind: 'starts-at', instant: new Date('2025-03-18T04:00:00Z') });
    expect(dev({ SX_CLOCK_OFFSET_DAYS: '-3' }).clock).toEqual({ kind: 'offset-days', days: -3 });
    expect(() => dev({ SX_CLOCK_OFFSET_DAYS: '1', SX_FIXED_NOW: '2025-03-18T09:00:00+05:00' })).toThrow(/not both/);
  });

  it('validates the agencies file and needs at least one agency acting through the service', () => {
    expect(() => dev({ AGENCIES_FILE: '/no/such/file.json' })).toThrow(/AGENCIES_FILE: \/no\/such\/file.json: cannot read/);
  });
});
