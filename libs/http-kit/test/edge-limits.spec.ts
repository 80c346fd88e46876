import pino from 'pino';
import { z } from 'zod';
import { createHttpApp, defineRoute, devApiKeys, listen, tokenRefused, type RateLimits, type RunningServer, type TokenVerifier } from '../src/index';

// Issue #20: the edge behind a proxy. Failed logins from one address never lock out a valid key or token;
// the address counted is the socket's unless a trusted proxy forwarded another; writes and reads
// have budgets of their own; and the service takes a bounded number of requests at once.
let release: () => void = () => undefined;
const routes = [
  defineRoute({ method: 'get', path: '/things', operationId: 'read', summary: 'Reads', auth: true, responses: { 200: z.object({ ok: z.boolean() }) }, handler: () => ({ status: 200, body: { ok: true } }) }),
  defineRoute({
    method: 'post', path: '/things', operationId: 'write', summary: 'Writes', auth: true, request: { body: z.object({ n: z.number() }) }, bodyExample: { n: 1 },
    responses: { 201: z.object({ ok: z.boolean() }) }, handler: () => ({ status: 201, body: { ok: true } }),
  }),
  defineRoute({
    method: 'get', path: '/slow', operationId: 'slow', summary: 'Waits until released', auth: true, responses: { 200: z.object({ ok: z.boolean() }) },
    handler: async () => {
      await new Promise<void>((resolve) => (release = resolve));
      return { status: 200 as const, body: { ok: true } };
    },
  }),
];
const LIMITS: RateLimits = {
  writesPerAgency: { points: 3, durationS: 60 },
  readsPerAgency: { points: 50, durationS: 60 },
  concurrent: 1,
  authFailuresPerAddress: { points: 3, durationS: 60, blockS: 60 },
  authFailuresPerCredential: { points: 5, durationS: 60, blockS: 60 },
};
const keys = devApiKeys(['agency-a', 'agency-b']);
const [keyA, keyB] = Object.keys(keys) as [string, string];

// An official's access token as the token path sees it (its verification is token-auth.spec's subject):
// this one token is valid, any other is refused like a wrong key.
const VALID_TOKEN = 'eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJzaWduYXRvcnkifQ.c2lnbmF0dXJl';
const tokens: TokenVerifier = async (token) => {
  if (token !== VALID_TOKEN) throw tokenRefused('unknown-key');
  return { agencyId: 'agency-a', kind: 'person', issuer: 'http://idp.test', subject: 'signatory', name: 'A Signatory', roles: ['signatory'] };
};

async function serve(trustedProxies: readonly string[]): Promise<{ server: RunningServer; url: string }> {
  const { app } = createHttpApp({ service: 'sending-body', logger: pino({ level: 'silent' }), auth: { keys, tokens }, routes, rateLimits: LIMITS, trustedProxies });
  const server = await listen(app, 0, '127.0.0.1');
  return { server, url: `http://127.0.0.1:${server.port}` };
}
const get = (url: string, key: string, from?: string) => fetch(`${url}/things`, { headers: { authorization: `Bearer ${key}`, ...(from ? { 'x-forwarded-for': from } : {}) } });

describe('failed logins behind a proxy (no lock-out of honest agencies)', () => {
  let direct: { server: RunningServer; url: string };
  let proxied: { server: RunningServer; url: string };
  beforeAll(async () => {
    direct = await serve([]);
    proxied = await serve(['loopback']);
  });
  afterAll(async () => Promise.all([direct.server.close(), proxied.server.close()]));

  it('a burst of wrong keys from one address leaves every valid key working, while that address is slowed', async () => {
    const wrong = [];
    for (let i = 0; i < 6; i++) wrong.push((await get(direct.url, `wrong-key-${i}-0000000`)).status);
    expect(wrong).toEqual([401, 401, 401, 429, 429, 429]);
    for (const key of [keyA, keyB, VALID_TOKEN]) for (let i = 0; i < 5; i++) expect((await get(direct.url, key)).status).toBe(200);
    // A refused token counts like a wrong key: this address is slowed for it too.
    expect((await get(direct.url, 'eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ4In0.Zm9yZ2Vk')).status).toBe(429);
  });

  it('one wrong credential presented again and again is blocked wherever it comes from', async () => {
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await get(proxied.url, 'leaked-and-revoked-key', `198.51.100.${i + 1}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });

  it('behind a trusted proxy, X-Forwarded-For names the client: one client’s failures do not slow another', async () => {
    for (let i = 0; i < 3; i++) expect((await get(proxied.url, `guess-${i}-000000000`, '203.0.113.5')).status).toBe(401);
    expect((await get(proxied.url, 'guess-x-000000000', '203.0.113.5')).status).toBe(429);
    expect((await get(proxied.url, 'guess-y-000000000', '203.0.113.6')).status).toBe(401);
  });

  it('from an untrusted peer, X-Forwarded-For is ignored: the socket’s address is counted', async () => {
    const fresh = await serve([]);
    try {
      for (let i = 0; i < 3; i++) expect((await get(fresh.url, `guess-${i}-000000000`, '203.0.113.7')).status).toBe(401);
      // Another claimed client, the same socket: still the one address, so blocked.
      expect((await get(fresh.url, 'guess-z-000000000', '203.0.113.8')).status).toBe(429);
    } finally {
      await fresh.server.close();
    }
  });
});

describe('budgets: writes, reads and requests at once', () => {
  let s: { server: RunningServer; url: string };
  beforeAll(async () => (s = await serve([])));
  afterAll(() => s.server.close());

  it('heavy writes leave the same agency’s reads working, with RateLimit and RateLimit-Policy headers', async () => {
    const write = () => fetch(`${s.url}/things`, { method: 'POST', headers: { authorization: `Bearer ${keyA}`, 'content-type': 'application/json' }, body: '{"n":1}' });
    const writes = [];
    for (let i = 0; i < 5; i++) writes.push(await write());
    expect(writes.map((r) => r.status)).toEqual([201, 201, 201, 429, 429]);
    expect(Number(writes[3]?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(writes[0]?.headers.get('ratelimit-policy')).toBe('"writes";q=3;w=60');
    expect(writes[0]?.headers.get('ratelimit')).toMatch(/^"writes";r=2;t=\d+$/);
    const read = await get(s.url, keyA);
    expect(read.status).toBe(200);
    expect(read.headers.get('ratelimit-policy')).toBe('"reads";q=50;w=60');
  });

  it('past the service’s cap of requests at once, 429 RATE.BUSY with Retry-After, and the slot frees when the first ends', async () => {
    const slow = fetch(`${s.url}/slow`, { headers: { authorization: `Bearer ${keyB}` } });
    await new Promise((r) => setTimeout(r, 100));
    const busy = await get(s.url, keyB);
    expect(busy.status).toBe(429);
    expect(((await busy.json()) as { error: { code: string } }).error.code).toBe('RATE.BUSY');
    expect(busy.headers.get('retry-after')).toBe('1');
    release();
    expect((await slow).status).toBe(200);
    expect((await get(s.url, keyB)).status).toBe(200);
  });
});
