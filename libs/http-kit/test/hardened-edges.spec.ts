import pino from 'pino';
import { z } from 'zod';
import { ApiError, binaryBody, createHttpApp, defineRoute, devApiKeys, listen, type RunningServer } from '../src/index';

// The edge's refusals in-process: every caller error is a 4xx with its code, never a 500.
const ALWAYS_THROWS = z.string().refine(() => {
  throw new RangeError('Invalid time value');
});

const routes = [
  defineRoute({
    method: 'post', path: '/dates/:id', operationId: 'edge1', summary: 'Takes a date', auth: true,
    request: { params: z.object({ id: z.string() }), body: z.object({ on: ALWAYS_THROWS, n: z.number().max(3) }) },
    // The refinement throws on every value, so the document cannot check this example (it skips it).
    bodyExample: { on: '2026-03-18', n: 1 },
    responses: { 204: null },
    handler: () => ({ status: 204 }),
  }),
  defineRoute({
    method: 'put', path: '/files', operationId: 'edge2', summary: 'Takes a file', auth: true,
    request: { body: z.object({ text: z.string() }), raw: { maxBytes: 1000, tooLarge: (max: number) => new ApiError(413, 'FILE.TOO_LARGE', { kk: `${max}`, ru: `${max}`, en: `limit ${max} bytes` }) } },
    bodyExample: { text: 'hello' },
    responses: { 200: z.object({ size: z.number(), sha256: z.string(), via: z.string() }) },
    handler: ({ raw, body }) => ({ status: 200, body: raw ? { size: raw.size, sha256: raw.sha256, via: 'raw' } : { size: body?.text.length ?? 0, sha256: '', via: 'json' } }),
  }),
  defineRoute({
    method: 'get', path: '/files/one', operationId: 'edge3', summary: 'Gives a file', auth: true,
    responses: { 200: binaryBody },
    handler: () => ({ status: 200, headers: { 'Content-Type': 'application/pdf', ETag: '"abc"' }, body: Buffer.from('%PDF') }),
  }),
];

let server: RunningServer;
let base = '';
const key = (id: string): string => Object.keys(devApiKeys([id]))[0] ?? '';
const as = (id: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${key(id)}`, ...extra });

beforeAll(async () => {
  const { app } = createHttpApp({
    service: 'sending-body',
    logger: pino({ level: 'silent' }),
    auth: { keys: devApiKeys(['agency-1', 'agency-3']), elsewhere: { [key('pm')]: { agencyId: 'pm', services: ['prime-minister'] } } },
    routes,
    rateLimits: { writesPerAgency: { points: 30, durationS: 60 }, readsPerAgency: { points: 30, durationS: 60 }, concurrent: 64, authFailuresPerAddress: { points: 3, durationS: 60, blockS: 60 }, authFailuresPerCredential: { points: 3, durationS: 60, blockS: 60 } },
  });
  server = await listen(app, 0, '127.0.0.1');
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server.close());

const errorCode = async (res: Response): Promise<string> => ((await res.json()) as { error: { code: string } }).error.code;

describe('hardened edges', () => {
  it('a refinement that throws on the caller\'s value is 400, not 500, with field messages in the asked language', async () => {
    const res = await fetch(`${base}/dates/x`, { method: 'POST', headers: as('agency-1', { 'content-type': 'application/json', 'accept-language': 'ru' }), body: '{"on":"2026-13-01","n":4}' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { details: { issues: { path: string; code: string; message: string }[] } } };
    expect(body.error.details.issues.map((i) => i.code)).toContain('unparseable');
  });

  it('field messages: kk from our map, ru from zod\'s locale, en from the schema', async () => {
    const res = await fetch(`${base}/files`, { method: 'PUT', headers: as('agency-1', { 'content-type': 'application/json', 'accept-language': 'kk' }), body: '{"text":5}' });
    const issue = ((await res.json()) as { error: { details: { issues: { message: string; text: { kk: string; ru: string; en: string } }[] } } }).error.details.issues[0];
    expect(issue?.text.kk).toMatch(/күтілді/);
    expect(issue?.text.ru).toMatch(/ожидалось/);
    expect(issue?.text.en).toMatch(/expected/);
    expect(issue?.message).toBe(issue?.text.kk);
  });

  it('a bad %-escape is 400 REQUEST.MALFORMED_URL; a deep or wide body is 400 REQUEST.TOO_DEEP before parsing', async () => {
    const escape = await fetch(`${base}/dates/%E0%A4%A`, { method: 'POST', headers: as('agency-1') });
    expect([escape.status, await errorCode(escape)]).toEqual([400, 'REQUEST.MALFORMED_URL']);
    for (const body of ['['.repeat(10_000) + ']'.repeat(10_000), `[${'0,'.repeat(30_000)}0]`]) {
      const res = await fetch(`${base}/dates/x`, { method: 'POST', headers: as('agency-1', { 'content-type': 'application/json' }), body });
      expect([res.status, await errorCode(res)]).toEqual([400, 'REQUEST.TOO_DEEP']);
    }
  });

  it('takes a raw body streamed with its SHA-256, or JSON; over the limit 413 with the route\'s error naming it', async () => {
    const ok = await fetch(`${base}/files`, { method: 'PUT', headers: as('agency-1', { 'content-type': 'application/pdf' }), body: Buffer.alloc(1000, 1) });
    expect(await ok.json()).toMatchObject({ size: 1000, via: 'raw', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const json = await fetch(`${base}/files`, { method: 'PUT', headers: as('agency-1', { 'content-type': 'application/json' }), body: '{"text":"abc"}' });
    expect(await json.json()).toMatchObject({ size: 3, via: 'json' });
    const big = await fetch(`${base}/files`, { method: 'PUT', headers: as('agency-1', { 'content-type': 'application/pdf' }), body: Buffer.alloc(1001, 1) });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { message: string } }).error.message).toBe('limit 1000 bytes');
  });

  it('answers bytes as bytes, with helmet headers and no-store', async () => {
    const res = await fetch(`${base}/files/one`, { headers: as('agency-1') });
    expect(Buffer.from(await res.arrayBuffer()).toString()).toBe('%PDF');
    expect(res.headers.get('etag')).toBe('"abc"');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('a key of an agency served elsewhere is 403 AUTH.WRONG_SERVICE naming where it belongs', async () => {
    const res = await fetch(`${base}/files/one`, { headers: as('pm') });
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect([res.status, body.error.code]).toEqual([403, 'AUTH.WRONG_SERVICE']);
    expect(body.error.message).toBe('This key\'s agency acts through prime-minister, not through sending-body.');
  });

  it('limits an agency’s reads (429 + Retry-After), and slows an address that keeps failing authentication without refusing a valid key', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) statuses.push((await fetch(`${base}/files/one`, { headers: as('agency-3') })).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(30);
    const limited = await fetch(`${base}/files/one`, { headers: as('agency-3') });
    expect([limited.status, await errorCode(limited)]).toEqual([429, 'RATE.LIMITED']);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    for (let i = 0; i < 3; i++) expect((await fetch(`${base}/files/one`, { headers: { authorization: `Bearer not-a-key-00000${i}` } })).status).toBe(401);
    expect((await fetch(`${base}/files/one`, { headers: { authorization: 'Bearer not-a-key-000009' } })).status).toBe(429);
    expect((await fetch(`${base}/files/one`, { headers: as('agency-1') })).status).toBe(200);
  });
});
