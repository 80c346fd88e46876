import { SERVICE_NAMES, type ServiceName } from '@sx/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalizedTextSchema } from '@sx/contracts';
import { devApiKey } from '@sx/http-kit';
import { REPO_ROOT } from '@sx/testing';
import { useExchange, type Exchange } from './support/exchange';

// The smoke test of the harness itself: five real processes on a private topology and databases.
describe('the exchange: all five services as real processes', () => {
  const exchange = useExchange();

  it.each(SERVICE_NAMES)('%s is ready, with MongoDB and RabbitMQ reachable', async (service) => {
    const res = await exchange.api(service).get('/ready');
    expect(res).toMatchObject({ status: 200, body: { status: 'ready', checks: { mongo: 'ok', amqp: 'ok' } } });
  });

  it.each(SERVICE_NAMES)('%s serves its API docs (Swagger UI) and an OpenAPI 3 document with API-key security', async (service) => {
    const docs = await exchange.api(service).get<string>('/docs', { headers: { accept: 'text/html' } });
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-type')).toMatch(/text\/html/);
    expect(docs.body).toMatch(/swagger/i);

    const openapi = await exchange.api(service).get<OpenApi>('/openapi.json');
    expect(openapi.status).toBe(200);
    expect(openapi.body.openapi).toMatch(/^3\./);
    expect(openapi.body.components.securitySchemes).toMatchObject({ bearerApiKey: { type: 'http', scheme: 'bearer' } });
  });

  it.each(SERVICE_NAMES)('%s serves exactly the committed OpenAPI and AsyncAPI documents (libs/client, linted by npm test)', async (service) => {
    const committed = (path: string): unknown => JSON.parse(readFileSync(join(REPO_ROOT, 'libs/client', path), 'utf8'));
    expect((await exchange.api(service).get('/openapi.json')).body).toEqual(committed(`openapi/${service}.openapi.json`));
    const asyncapi = await exchange.api(service).get<{ asyncapi: string }>('/asyncapi.json');
    expect(asyncapi.status).toBe(200);
    expect(asyncapi.body).toEqual(committed(`asyncapi/${service}.asyncapi.json`));
  });

  it.each(['prime-minister', 'presidential-administration'] as const)('%s publishes and serves only the approver’s operations: preparing a case is 404 ROUTE.NOT_SERVED', async (service) => {
    const { body } = await exchange.api(service).get<OpenApi>('/openapi.json');
    expect(Object.keys(body.paths['/cases'] ?? {})).toEqual(['get']);
    for (const path of ['/cases/{caseId}/checks', '/cases/{caseId}/proposal', '/cases/{caseId}/candidate', '/cases/{caseId}/documents/{kind}']) expect(body.paths[path]).toBeUndefined();
    expect(body.paths['/cases/{caseId}/steps']).toBeDefined();

    const own = exchange.api(service, service);
    const refused = await own.typed.POST('/cases', { body: { receiverId: 'ministry-of-justice', reference: '01-12/1', candidate: { fullName: 'A B', position: 'Expert' } } });
    expect(refused.response.status).toBe(404);
    expect(refused.error).toMatchObject({ error: { code: 'ROUTE.NOT_SERVED', text: { kk: expect.any(String), ru: expect.any(String), en: expect.any(String) } } });
    expect((await own.put('/cases/c-1/documents/cv', { fileName: 'cv.pdf', contentBase64: 'JVBERi0=' })).status).toBe(404);
    // The key is checked first: another service's agency is told where it belongs, a missing key is 401.
    expect((await exchange.apiWithKey(service, devApiKey('ministry-of-finance')).post('/cases', {})).body).toMatchObject({ error: { code: 'AUTH.WRONG_SERVICE' } });
    expect((await exchange.api(service).post('/cases', {})).status).toBe(401);
  });

  it.each(SERVICE_NAMES)('%s refuses a request without an API key with 401 and a kk/ru/en explanation', async (service) => {
    const route = await firstProtectedRoute(exchange, service);
    // A service without protected routes has nothing to refuse; the security scheme is checked above.
    if (!route) return;
    const refused = await send(exchange, service, route);
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ error: { code: 'AUTH.UNAUTHENTICATED' } });
    expect(LocalizedTextSchema.parse((refused.body as { error: { text: unknown } }).error.text)).toEqual({
      kk: expect.stringMatching(/\S/), ru: expect.stringMatching(/\S/), en: expect.stringMatching(/\S/),
    });
  });
});

interface OpenApi {
  readonly openapi: string;
  readonly components: { readonly securitySchemes: Record<string, unknown> };
  readonly paths: Record<string, Record<string, { readonly security?: unknown[] }>>;
}

interface ProtectedRoute {
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  readonly path: string;
}

async function firstProtectedRoute(exchange: Exchange, service: ServiceName): Promise<ProtectedRoute | undefined> {
  const { body } = await exchange.api(service).get<OpenApi>('/openapi.json');
  for (const [template, operations] of Object.entries(body.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (!operation.security?.length || !['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      // Authentication runs before validation, so any value for a path parameter will do.
      return { method: method as ProtectedRoute['method'], path: template.replace(/\{[^}]+\}/g, 'x') };
    }
  }
  return undefined;
}

function send(exchange: Exchange, service: ServiceName, route: ProtectedRoute) {
  const client = exchange.api(service);
  const headers = { headers: { 'accept-language': 'kk' } };
  if (route.method === 'get' || route.method === 'delete') return client[route.method](route.path, headers);
  return client[route.method](route.path, {}, headers);
}
