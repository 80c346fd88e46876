import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

/** One request the receiver got, with the status it answered. */
export interface ReceivedWebhook {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly receivedAt: number;
  readonly status: number;
}

/**
 * A real local HTTP endpoint standing in for an agency's system. `answer` picks each response's
 * status (500 while "down", 200 once up), so tests can stage outages.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  answer: (path: string, headers: IncomingHttpHeaders, body: string) => number = () => 200;
  private readonly server: Server;
  url = '';

  private constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const path = req.url ?? '/';
        const status = this.answer(path, req.headers, body);
        this.received.push({ path, headers: req.headers, body, receivedAt: Date.now(), status });
        res.writeHead(status).end();
      });
    });
  }

  static async start(): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver();
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    const address = receiver.server.address();
    receiver.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return receiver;
  }

  on(path: string): ReceivedWebhook[] {
    return this.received.filter((r) => r.path === path);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The median of some figures (the test log prints latencies with it). */
export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
