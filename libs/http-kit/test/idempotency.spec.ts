import pino from 'pino';
import { z } from 'zod';
import { ApiError, createHttpApp, defineRoute, devApiKeys, listen, openApiDocument, type RunningServer } from '../src/index';
import { MemoryIdempotencyStore } from './memory-idempotency-store';

// Idempotency-Key at the edge: replay, 422 on another request, 409 while running, 5xx not kept.
let runs = 0;
let failNext = false;
let release: (() => void) | undefined;

const routes = [
  defineRoute({
    method: 'post', path: '/things', operationId: 'makeThing', summary: 'Makes a thing', auth: true,
    request: { body: z.object({ name: z.string(), slow: z.boolean().optional() }) },
    bodyExample: { name: 'a thing' },
    responses: { 201: z.object({ id: z.number(), name: z.string() }) },
    errors: [409],
    handler: async ({ body }) => {
      runs++;
      if (body.slow) await new Promise<void>((r) => (release = r));
      if (failNext) {
        failNext = false;
        throw new Error('store down');
      }
      if (body.name === 'taken') throw new ApiError(409, 'THING.TAKEN', { kk: 'kk', ru: 'ru', en: 'taken' });
      return { status: 201, headers: { ETag: `"${runs}"` }, body: { id: runs, name: body.name } };
    },
  }),
];

let server: RunningServer;
let base = '';
const store = new MemoryIdempotencyStore();
const auth = (id: string) => `Bearer ${Object.keys(devApiKeys([id]))[0] ?? ''}`;
const post = (body: unknown, key?: string, agency = 'agency-1') =>
  fetch(`${base}/things`, { method: 'POST', headers: { authorization: auth(agency), 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) }, body: JSON.stringify(body) });

beforeAll(async () => {
  const { app } = createHttpApp({ service: 'sending-body', logger: pino({ level: 'silent' }), auth: { keys: devApiKeys(['agency-1', 'agency-2']) }, routes, idempotency: { store } });
  server = await listen(app, 0, '127.0.0.1');
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server.close());
beforeEach(() => {
  runs = 0;
});

describe('Idempotency-Key', () => {
  it('the same request with the same key runs once; the retry gets the first status, body and headers, marked replayed', async () => {
    const first = await post({ name: 'a' }, 'k-1');
    const again = await post({ name: 'a' }, 'k-1');
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(await again.json()).toEqual(await first.json());
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(runs).toBe(1);
  });

  it('without a key every request runs; keys are per agency', async () => {
    await post({ name: 'a' });
    await post({ name: 'a' });
    await post({ name: 'a' }, 'k-2', 'agency-1');
    await post({ name: 'a' }, 'k-2', 'agency-2');
    expect(runs).toBe(4);
  });

  it('another request under the same key: 422 IDEMPOTENCY.KEY_REUSED, not run', async () => {
    await post({ name: 'a' }, 'k-3');
    const other = await post({ name: 'b' }, 'k-3');
    expect(other.status).toBe(422);
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe('IDEMPOTENCY.KEY_REUSED');
    expect(runs).toBe(1);
  });

  it('while the first still runs: 409 IDEMPOTENCY.IN_PROGRESS; afterwards the replay', async () => {
    const first = post({ name: 'a', slow: true }, 'k-4');
    await new Promise((r) => setTimeout(r, 100));
    const during = await post({ name: 'a', slow: true }, 'k-4');
    expect(during.status).toBe(409);
    expect(((await during.json()) as { error: { code: string } }).error.code).toBe('IDEMPOTENCY.IN_PROGRESS');
    release?.();
    expect((await first).status).toBe(201);
    expect((await post({ name: 'a', slow: true }, 'k-4')).headers.get('idempotent-replayed')).toBe('true');
    expect(runs).toBe(1);
  });

  it('a 4xx is the answer and is kept; a 5xx is not, so the retry runs again', async () => {
    expect((await post({ name: 'taken' }, 'k-5')).status).toBe(409);
    const kept = await post({ name: 'taken' }, 'k-5');
    expect([kept.status, kept.headers.get('idempotent-replayed')]).toEqual([409, 'true']);
    failNext = true;
    expect((await post({ name: 'c' }, 'k-6')).status).toBe(500);
    const retried = await post({ name: 'c' }, 'k-6');
    expect([retried.status, retried.headers.get('idempotent-replayed')]).toEqual([201, null]);
    expect(runs).toBe(3);
  });

  it('a malformed key is 400 and nothing runs', async () => {
    expect((await post({ name: 'a' }, 'x'.repeat(256))).status).toBe(400);
    expect(runs).toBe(0);
  });

  it('OpenAPI documents the header on changing routes, and the replay marker and 422 on their answers', () => {
    const doc = JSON.parse(JSON.stringify(openApiDocument({ title: 't', version: '1' }, routes))) as {
      paths: Record<string, Record<string, { parameters: { name: string; in: string }[]; responses: Record<string, { headers?: Record<string, unknown> }> }>>;
    };
    const op = doc.paths['/things']?.['post'];
    expect(op?.parameters.map((p) => `${p.in}:${p.name}`)).toContain('header:Idempotency-Key');
    expect(Object.keys(op?.responses['201']?.headers ?? {})).toContain('Idempotent-Replayed');
    expect(Object.keys(op?.responses ?? {})).toEqual(expect.arrayContaining(['409', '422']));
  });
});
