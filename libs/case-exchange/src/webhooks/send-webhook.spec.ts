import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { Webhook } from 'standardwebhooks';
import { ownAddresses, parseAllowList, type AllowList } from './address-policy';
import { sendWebhook, type ResolveHost } from './send-webhook';

const allow = (raw: string): AllowList => {
  const parsed = parseAllowList(raw);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
};
const secret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;

describe('sending one webhook', () => {
  let server: Server;
  let port = 0;
  const got: { headers: IncomingHttpHeaders; body: string }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        got.push({ headers: req.headers, body });
        res.writeHead(body.includes('fail') ? 503 : 204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const a = server.address();
    port = typeof a === 'object' && a ? a.port : 0;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  beforeEach(() => (got.length = 0));

  const send = (url: string, body: string, list: AllowList, resolve?: ResolveHost) =>
    sendWebhook({ url, secret }, { webhookId: 'case-1:3', body }, { allow: list, timeoutMs: 2000, now: new Date(), ...(resolve ? { resolve } : {}) });

  it('signs as Standard Webhooks: the receiver verifies it with the standardwebhooks library', async () => {
    const body = JSON.stringify({ type: 'case.step', timestamp: '2026-03-18T04:00:00.000Z', data: { seq: 3 } });
    await expect(send(`http://127.0.0.1:${port}/hook`, body, allow('127.0.0.1'))).resolves.toMatchObject({ statusCode: 204 });
    const [req] = got;
    expect(req?.headers['webhook-id']).toBe('case-1:3');
    expect(new Webhook(secret).verify(req?.body ?? '', req?.headers as Record<string, string>)).toEqual(JSON.parse(body));
    // Another secret's signature does not verify.
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 8).toString('base64')}`).verify(req?.body ?? '', req?.headers as Record<string, string>)).toThrow();
    await expect(send(`http://127.0.0.1:${port}/hook`, '"fail"', allow('127.0.0.1'))).resolves.toMatchObject({ statusCode: 503 });
  });

  it('refuses at send time a name that resolves to a refused address, without connecting', async () => {
    const toMetadata: ResolveHost = async () => [{ address: '93.184.216.34', family: 4 }, { address: '169.254.169.254', family: 4 }];
    await expect(send('http://hooks.agency.test/in', '{}', allow('127.0.0.1'), toMetadata)).resolves.toMatchObject({ error: 'WEBHOOK.ADDRESS_REFUSED: METADATA (169.254.169.254)' });
    const toLoopback: ResolveHost = async () => [{ address: '127.0.0.1', family: 4 }];
    await expect(send(`http://hooks.agency.test:${port}/in`, '{}', allow('10.0.0.0/8'), toLoopback)).resolves.toMatchObject({ error: 'WEBHOOK.ADDRESS_REFUSED: LOOPBACK (127.0.0.1)' });
    expect(got).toHaveLength(0);
  });

  it('refuses at send time a name that resolves to an address of this very host (not loopback), even in an allowed network', async () => {
    const own = [...ownAddresses()].filter((a) => a !== '127.0.0.1' && a !== '::1');
    expect(own.length).toBeGreaterThan(0);
    for (const address of own) {
      const toOwn: ResolveHost = async () => [{ address, family: address.includes(':') ? 6 : 4 }];
      const sent = await send('http://hooks.agency.test/in', '{}', allow('0.0.0.0/0, ::/0'), toOwn);
      expect(sent).toMatchObject({ error: expect.stringMatching(/^WEBHOOK\.ADDRESS_REFUSED: OWN_HOST/) });
    }
  });

  it('connects to the address it checked (no second lookup to rebind), keeping the host name in the request', async () => {
    let lookups = 0;
    // A name no real resolver knows: only the checked address can have been connected to.
    const once: ResolveHost = async () => (lookups++ === 0 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '169.254.169.254', family: 4 }]);
    await expect(send(`http://rebind.invalid:${port}/in`, '{"ok":1}', allow('127.0.0.1'), once)).resolves.toMatchObject({ statusCode: 204 });
    expect(lookups).toBe(1);
    expect(got[0]?.headers.host).toBe(`rebind.invalid:${port}`);
  });

  it('reports a receiver that does not answer in time as an attempt error', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const a = silent.address();
    const result = await sendWebhook({ url: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/`, secret }, { webhookId: 'x', body: '{}' }, { allow: allow('127.0.0.1'), timeoutMs: 200, now: new Date() });
    silent.closeAllConnections();
    await new Promise<void>((r) => silent.close(() => r()));
    expect(result).toMatchObject({ error: expect.stringMatching(/^WEBHOOK.CONNECTION: no answer within 200 ms/) });
  });
});
