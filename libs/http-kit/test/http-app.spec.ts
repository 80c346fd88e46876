import { devApiKey, type RunningServer } from '../src/index';
import type { ErrorBody } from '@sx/contracts';
import { calls, logLines, setMongoUp, startFixture } from './fixture-app';

let base = '';
let server: RunningServer;
beforeAll(async () => ({ base, server } = await startFixture()));
afterAll(() => server.close());
beforeEach(() => calls.splice(0));

const agency1 = { authorization: `Bearer ${devApiKey('agency-1')}` };
const json = { 'content-type': 'application/json' };
const validBody = { note: 'hi', candidate: { iin: '900101300123' } };

async function call(path: string, init: RequestInit = {}): Promise<{ status: number; body: ErrorBody & Record<string, unknown> }> {
  const res = await fetch(base + path, init);
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}
const post = (path: string, body: unknown, headers: Record<string, string> = agency1) =>
  call(path, { method: 'POST', headers: { ...json, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('createHttpApp: routes and validation', () => {
  it('runs the handler with parsed input and the calling agency; strips fields the contract does not name', async () => {
    const res = await post('/cases/c-1/send?dryRun=false', validBody);
    expect(res).toEqual({ status: 200, body: { caseId: 'c-1', status: 'sent' } });
    expect(calls).toEqual(['send c-1 hi by agency-1']);
  });

  it('rejects bad params, query and body together with 400 REQUEST.INVALID, before the handler', async () => {
    const res = await post('/cases/x/send?dryRun=maybe&extra=1', { note: 'x'.repeat(21), candidate: { iin: '1', more: 1 }, other: true });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('REQUEST.INVALID');
    const issues = (res.body.error.details as { issues: { in: string; path: string }[] }).issues;
    expect(issues.map((i) => `${i.in}:${i.path}`)).toEqual(
      expect.arrayContaining(['params:caseId', 'query:dryRun', 'query:', 'body:note', 'body:candidate.iin', 'body:candidate', 'body:']),
    );
    expect(calls).toEqual([]);
  });

  it('rejects MongoDB operator keys anywhere in the body', async () => {
    const res = await post('/cases/c-1/send', { ...validBody, candidate: { iin: { $ne: null } } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error.details)).toContain('candidate.iin.$ne');
    expect(calls).toEqual([]);
  });

  it('answers malformed JSON with 400 and a missing body with 400', async () => {
    expect((await post('/cases/c-1/send', '{"note":')).body.error.code).toBe('REQUEST.MALFORMED_JSON');
    expect((await call('/cases/c-1/send', { method: 'POST', headers: agency1 })).status).toBe(400);
  });

  it('answers an unknown route with 404 in the asked language', async () => {
    const res = await call('/nope', { headers: { 'accept-language': 'ru-RU,ru;q=0.9' } });
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'ROUTE.NOT_FOUND', message: 'Запрошенный ресурс не найден.' });
    expect(Object.keys(res.body.error.text)).toEqual(['kk', 'ru', 'en']);
  });
});

describe('createHttpApp: agency identity', () => {
  it('401 AUTH.UNAUTHENTICATED without a key or with an unknown one, in kk when asked', async () => {
    const missing = await post('/cases/c-1/send', validBody, {});
    const unknown = await post('/cases/c-1/send', validBody, { authorization: 'Bearer wrong-key-123456', 'accept-language': 'kk' });
    expect(missing.status).toBe(401);
    expect(missing.body.error.message).toMatch(/^A valid API key/);
    expect(unknown.body.error).toMatchObject({ code: 'AUTH.UNAUTHENTICATED', message: expect.stringMatching(/^Жарамды API кілті/) });
    expect(calls).toEqual([]);
    expect(logLines.join('')).not.toContain('wrong-key-123456');
  });

  it('accepts X-Api-Key as well as Bearer', async () => {
    expect((await post('/cases/c-1/send', validBody, { 'x-api-key': 'xk-1234567890' })).status).toBe(200);
    expect(calls).toEqual(['send c-1 hi by agency-2']);
  });

});

describe('createHttpApp: errors', () => {
  it('maps one violation to 422 with its own code and citation', async () => {
    const res = await call('/rules?kind=one');
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'ELIGIBILITY.NOT_MET', cite: 'R3 §10(1)', violations: [{ code: 'ELIGIBILITY.NOT_MET' }] });
  });

  it('reports every violation, and 409 for a state conflict', async () => {
    const many = await call('/rules?kind=many', { headers: { 'accept-language': 'en;q=0.5, ru;q=0.8' } });
    expect(many.status).toBe(422);
    expect(many.body.error.code).toBe('RULES.VIOLATED');
    expect(many.body.error.message).toMatch(/^Запрос/);
    expect(many.body.error.violations?.map((v) => v.cite)).toEqual(['R3 §10(1)', 'R3 §10(2)']);
    expect((await call('/rules?kind=conflict')).status).toBe(409);
  });

  it('hides an unexpected error behind 500 INTERNAL and logs it', async () => {
    const res = await call('/rules?kind=crash');
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe('INTERNAL');
    expect(JSON.stringify(res.body)).not.toContain('hunter2');
    expect(logLines.some((l) => l.includes('hunter2'))).toBe(true);
  });
});

describe('createHttpApp: probes and documentation', () => {
  it('/health is always 200; /ready is 503 naming the failed check', async () => {
    expect(await call('/health')).toEqual({ status: 200, body: { status: 'ok' } });
    expect((await call('/ready')).status).toBe(200);
    setMongoUp(false);
    try {
      expect(await call('/ready')).toEqual({ status: 503, body: { status: 'not_ready', checks: { mongo: 'failed', amqp: 'ok' } } });
    } finally {
      setMongoUp(true);
    }
  });

  it('serves an OpenAPI 3.1 document of the routes, schemas, errors and security', async () => {
    const { status, body } = await call('/openapi.json');
    const doc = body as unknown as { openapi: string; info: object; paths: Record<string, Record<string, Record<string, unknown>>>; components: { schemas: object; securitySchemes: object } };
    expect(status).toBe(200);
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'Sending body API', version: '1.2.3' });
    const send = doc.paths['/cases/{caseId}/send']?.post;
    expect(send).toMatchObject({ summary: 'Send a case', tags: ['cases'], security: [{ bearerApiKey: [] }, { apiKeyHeader: [] }] });
    expect(Object.keys((send?.responses ?? {}) as object)).toEqual(expect.arrayContaining(['200', '400', '401', '500']));
    expect(JSON.stringify(send)).toContain('"additionalProperties":false');
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['ErrorBody', 'Case']));
    expect(Object.keys(doc.components.securitySchemes)).toEqual(['bearerApiKey', 'apiKeyHeader']);
  });

  it('serves Swagger UI at /docs', async () => {
    const res = await fetch(`${base}/docs/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toContain('swagger-ui');
  });

  it('returns and keeps a request id', async () => {
    const res = await fetch(`${base}/nope`, { headers: { 'x-request-id': 'req-42' } });
    expect(res.headers.get('x-request-id')).toBe('req-42');
  });
});
