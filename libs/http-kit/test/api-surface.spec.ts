import pino from 'pino';
import { z } from 'zod';
import { createHttpApp, defineRoute, devApiKeys, listen, openApiDocument, type Route, type RunningServer } from '../src/index';

// What a service serves and documents: its own routes; withheld ones answer 404 ROUTE.NOT_SERVED
// after authentication; a route that cannot be documented fully is refused when the document is built.
const list = defineRoute({ method: 'get', path: '/things', operationId: 'listThings', summary: 'Lists things', auth: false, responses: { 200: z.array(z.string()) }, handler: () => ({ status: 200, body: ['a'] as string[] }) });
const make = defineRoute({
  method: 'post', path: '/things', operationId: 'makeThing', summary: 'Makes a thing', auth: true,
  request: { body: z.object({ name: z.string().min(1) }) }, bodyExample: { name: 'a thing' },
  responses: { 201: null }, handler: () => ({ status: 201 }),
});

const key = (id: string): string => Object.keys(devApiKeys([id]))[0] ?? '';
let server: RunningServer;
let base = '';

beforeAll(async () => {
  const { app } = createHttpApp({
    service: 'prime-minister',
    logger: pino({ level: 'silent' }),
    auth: { keys: devApiKeys(['pm']), elsewhere: { [key('finance')]: { agencyId: 'finance', services: ['sending-body'] } } },
    routes: [list],
    withheld: [make],
  });
  server = await listen(app, 0, '127.0.0.1');
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server.close());

const post = (headers: Record<string, string>) => fetch(`${base}/things`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"name":"x"}' });
const code = async (res: Response): Promise<[number, string]> => [res.status, ((await res.json()) as { error: { code: string } }).error.code];

describe('API surface', () => {
  it('a withheld operation: 401 without a key, 403 AUTH.WRONG_SERVICE for another service’s agency, then 404 ROUTE.NOT_SERVED', async () => {
    expect(await code(await post({}))).toEqual([401, 'AUTH.UNAUTHENTICATED']);
    expect(await code(await post({ authorization: `Bearer ${key('finance')}` }))).toEqual([403, 'AUTH.WRONG_SERVICE']);
    expect(await code(await post({ authorization: `Bearer ${key('pm')}` }))).toEqual([404, 'ROUTE.NOT_SERVED']);
  });

  it('is neither documented: the document holds the served operation only, public ones with empty security', async () => {
    const doc = (await (await fetch(`${base}/openapi.json`)).json()) as { paths: Record<string, Record<string, { operationId: string; security: unknown[] }>> };
    expect(Object.keys(doc.paths['/things'] ?? {})).toEqual(['get']);
    expect(doc.paths['/things']?.['get']).toMatchObject({ operationId: 'listThings', security: [] });
  });

  it('a route that declares no query takes none: a stray parameter is 400 REQUEST.INVALID', async () => {
    expect((await fetch(`${base}/things`)).status).toBe(200);
    expect(await code(await fetch(`${base}/things?debug=1`))).toEqual([400, 'REQUEST.INVALID']);
  });

  it.each([
    ['no operationId', { ...make, operationId: '' }, /has no operationId/],
    ['a body without an example', { ...make, bodyExample: undefined }, /no bodyExample/],
    ['an example its schema refuses', { ...make, bodyExample: { name: '' } }, /does not match its schema/],
  ] as const)('refuses to document %s', (_what, route, message) => {
    expect(() => openApiDocument({ title: 't', version: '1' }, [route as Route])).toThrow(message);
  });

  it('refuses an operationId used twice', () => {
    expect(() => openApiDocument({ title: 't', version: '1' }, [list, { ...make, operationId: 'listThings' }])).toThrow(/used twice/);
  });
});
