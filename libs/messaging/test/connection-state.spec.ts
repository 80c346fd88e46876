// Integration: `Messaging.isConnected()` follows the real AMQP connection (what `/ready` reports).
import { createMessaging, devKeyRing } from '../src';
import { AMQP_URL, rawBroker, uniquePrefix } from './test-support';

jest.setTimeout(30_000);

describe('Messaging.isConnected against RabbitMQ', () => {
  const prefix = uniquePrefix('state');

  afterAll(async () => {
    const raw = await rawBroker();
    await raw.cleanup(prefix);
  });

  it('is true once createMessaging resolves and false after stop()', async () => {
    const messaging = await createMessaging({ url: AMQP_URL, service: 'sending-body', keys: devKeyRing('sending-body', `seed-${prefix}`), prefix });
    try {
      expect(messaging.isConnected()).toBe(true);
    } finally {
      await messaging.stop();
    }
    expect(messaging.isConnected()).toBe(false);
  });
});
