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
  private constructor(private readonly server: Server, readonly url: string) {}

  static async start(): Promise<WebhookReceiver> {
    let self: WebhookReceiver | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const path = req.url ?? '/';
        const status = self?.answer(path, req.headers, body) ?? 500;
        self?.received.push({ path, headers: req.headers, body, receivedAt: Date.now(), status });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    self = new WebhookReceiver(server, `http://127.0.0.1:${port}`);
    return self;
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
