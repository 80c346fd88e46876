// Integration: the broker closes our connection (as on a restart or failover); amqplib's recovery
// reconnects (`isConnected()` goes false, then true again), the managed channels reopen, the
// consumer resubscribes and the publisher publishes again.
import { execFileSync } from 'node:child_process';
import { createMessaging, devKeyRing, type Messaging } from '../src';
import { AMQP_URL, eventually, proposal, rawBroker, uniquePrefix } from './test-support';

jest.setTimeout(30_000);

function closeConnectionsNamed(name: string): number {
  const rows = execFileSync('rabbitmqctl', ['list_connections', 'pid', 'client_properties', '-q'], { encoding: 'utf8' });
  const victims = rows.split('\n').filter((row) => row.includes(`"${name}"`)).map((row) => row.split('\t')[0] ?? '');
  for (const victim of victims) execFileSync('rabbitmqctl', ['close_connection', victim, 'test: simulated broker restart'], { stdio: 'ignore' });
  return victims.length;
}

const hasRabbitmqctl = (() => {
  try {
    execFileSync('rabbitmqctl', ['status', '-q'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

(hasRabbitmqctl ? describe : describe.skip)('reconnect after the broker drops the connection', () => {
  const prefix = uniquePrefix('reconnect');
  const seed = `seed-${prefix}`;
  let sender: Messaging;
  let receiver: Messaging;
  const received = new Set<string>();

  beforeAll(async () => {
    sender = await createMessaging({ url: AMQP_URL, service: 'sending-body', keys: devKeyRing('sending-body', seed), prefix, connectionName: `${prefix}-sender` });
    receiver = await createMessaging({ url: AMQP_URL, service: 'receiving-body', keys: devKeyRing('receiving-body', seed), prefix, connectionName: `${prefix}-receiver` });
    await receiver.consume(async (envelope) => void received.add(envelope.messageId));
  });

  afterAll(async () => {
    await receiver?.stop();
    await sender?.stop();
    const raw = await rawBroker();
    await raw.cleanup(prefix);
  });

  it('keeps publishing and consuming after both connections were closed by the broker', async () => {
    const before = proposal();
    await sender.publisher.publish(before);
    await eventually(async () => received.has(before.messageId));

    expect(sender.isConnected()).toBe(true);
    expect(receiver.isConnected()).toBe(true);
    expect(closeConnectionsNamed(`${prefix}-receiver`)).toBe(1);
    expect(closeConnectionsNamed(`${prefix}-sender`)).toBe(1);

    // Down while amqplib's recovery waits out its backoff (≥ 160 ms), then up again on its own.
    await eventually(async () => !sender.isConnected() && !receiver.isConnected());
    await eventually(async () => sender.isConnected() && receiver.isConnected(), 15_000);

    const after = proposal();
    // The first attempt may hit the dying channel; the outbox relay would retry just like this.
    await eventually(() => sender.publisher.publish(after).then(() => true, () => false), 15_000);
    await eventually(async () => received.has(after.messageId), 15_000);
  });
});
