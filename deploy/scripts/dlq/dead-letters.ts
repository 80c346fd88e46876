/**
 * Dead letters of one service, read from its dead-letter queue (`<prefix>.<service>.dead`) without
 * taking them off it: every message is fetched unacknowledged and goes back when the channel closes,
 * except those replayed or dropped, which are acknowledged only after that (a replay once the broker
 * confirmed the republish). A message dead-lettered by the consumer carries its reason
 * (x-sx-dead-reason-code, x-sx-dead-reason) and where it was first sent (x-sx-original-*); one
 * dead-lettered by the broker itself (delivery limit) carries x-death.
 */
import amqp, { type ConfirmChannel, type GetMessage } from 'amqplib';
import { DEAD_REASON_CODE_HEADER, DEAD_REASON_HEADER, RETRY_HEADER, RETRY_REASON_HEADER, topologyNames } from '@sx/messaging';
import type { ServiceName } from '@sx/contracts';

export interface DeadLetter {
  readonly messageId: string;
  readonly type: string;
  readonly reasonCode: string;
  readonly reason: string;
  readonly deadAt: string | undefined;
  readonly original: { readonly exchange: string; readonly routingKey: string };
  readonly headers: Readonly<Record<string, unknown>>;
  readonly body: string;
}

export interface DeadLetterFilter {
  readonly reasonCode?: string;
  readonly messageId?: string;
}

export interface DeadLetterTarget {
  readonly amqpUrl: string;
  readonly prefix: string;
  readonly service: ServiceName;
}

interface XDeath {
  readonly reason?: string;
  readonly exchange?: string;
  readonly 'routing-keys'?: readonly string[];
}

// Headers that describe the dead-lettering or earlier retries: a replayed message starts afresh.
const DEAD_HEADERS = [DEAD_REASON_HEADER, DEAD_REASON_CODE_HEADER, RETRY_HEADER, RETRY_REASON_HEADER, 'x-sx-original-exchange', 'x-sx-original-routing-key', 'x-sx-dead-at', 'x-death', 'x-first-death-exchange', 'x-first-death-queue', 'x-first-death-reason', 'x-delivery-count'];

function describe(msg: GetMessage): DeadLetter {
  const h = (msg.properties.headers ?? {}) as Record<string, unknown>;
  const death = (Array.isArray(h['x-death']) ? h['x-death'][0] : undefined) as XDeath | undefined;
  const str = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v));
  return {
    messageId: str(msg.properties.messageId) ?? '(none)',
    type: str(msg.properties.type) ?? '(none)',
    reasonCode: str(h[DEAD_REASON_CODE_HEADER]) ?? (death?.reason ? `BROKER.${death.reason.toUpperCase()}` : 'UNKNOWN'),
    reason: str(h[DEAD_REASON_HEADER]) ?? (death?.reason ? `dead-lettered by the broker: ${death.reason}` : ''),
    deadAt: str(h['x-sx-dead-at']),
    original: {
      exchange: str(h['x-sx-original-exchange']) ?? death?.exchange ?? '',
      routingKey: str(h['x-sx-original-routing-key']) ?? death?.['routing-keys']?.[0] ?? '',
    },
    headers: h,
    body: msg.content.toString('utf8'),
  };
}

const matches = (d: DeadLetter, f: DeadLetterFilter): boolean =>
  (f.reasonCode === undefined || d.reasonCode === f.reasonCode) && (f.messageId === undefined || d.messageId === f.messageId);

/**
 * Opens the service's dead-letter queue, fetches every message (unacknowledged), and hands the
 * matching ones to `act`; whatever `act` does not settle goes back on the queue when this returns.
 */
async function withDeadLetters<T>(target: DeadLetterTarget, filter: DeadLetterFilter, act: (ch: ConfirmChannel, found: Array<{ msg: GetMessage; letter: DeadLetter }>) => Promise<T>): Promise<T> {
  const conn = await amqp.connect(target.amqpUrl);
  // Errors reach the awaiting call as rejections; unhandled 'error' events would end the process.
  conn.on('error', () => undefined);
  try {
    const ch = await conn.createConfirmChannel();
    ch.on('error', () => undefined);
    const queue = topologyNames(target.prefix).deadQueue(target.service);
    const { messageCount } = await ch.checkQueue(queue).catch((err: unknown) => {
      throw new Error(`no dead-letter queue ${queue} (wrong --service or SX_AMQP_PREFIX?): ${(err as Error).message}`);
    });
    const found: Array<{ msg: GetMessage; letter: DeadLetter }> = [];
    for (let i = 0; i < messageCount; i += 1) {
      const msg = await ch.get(queue, { noAck: false });
      if (!msg) break;
      const letter = describe(msg);
      if (matches(letter, filter)) found.push({ msg, letter });
    }
    const result = await act(ch, found);
    await ch.close(); // every message not acknowledged goes back on the queue
    return result;
  } finally {
    await conn.close().catch(() => undefined);
  }
}

export const listDeadLetters = (target: DeadLetterTarget, filter: DeadLetterFilter = {}): Promise<DeadLetter[]> =>
  withDeadLetters(target, filter, async (_ch, found) => found.map((f) => f.letter));

/** Sends each matching dead letter back where it was first sent, as new; returns the ids replayed. */
export const replayDeadLetters = (target: DeadLetterTarget, filter: DeadLetterFilter): Promise<string[]> =>
  withDeadLetters(target, filter, async (ch, found) => {
    const replayed: string[] = [];
    for (const { msg, letter } of found) {
      if (!letter.original.exchange && !letter.original.routingKey) continue; // nowhere known to send it
      const headers = Object.fromEntries(Object.entries(letter.headers).filter(([k]) => !DEAD_HEADERS.includes(k)));
      await new Promise<void>((resolve, reject) => {
        ch.publish(letter.original.exchange, letter.original.routingKey, msg.content, { ...msg.properties, headers, persistent: true }, (err: unknown) =>
          err ? reject(err instanceof Error ? err : new Error('replay not confirmed')) : resolve(),
        );
      });
      ch.ack(msg); // only once the broker has the replayed copy
      replayed.push(letter.messageId);
    }
    return replayed;
  });

/** Removes each matching dead letter for good; returns the ids dropped. */
export const dropDeadLetters = (target: DeadLetterTarget, filter: DeadLetterFilter): Promise<string[]> =>
  withDeadLetters(target, filter, async (ch, found) => {
    for (const { msg } of found) ch.ack(msg);
    return found.map((f) => f.letter.messageId);
  });
