import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { api } from './api-client';
import { getFreePort } from './free-port';

describe('api client', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        if (req.url === '/text') return res.writeHead(418).end('teapot');
        if (req.url === '/empty') return res.writeHead(204).end();
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ method: req.method, auth: req.headers.authorization, type: req.headers['content-type'], body: body ? JSON.parse(body) : null }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  it('sends JSON with the API key and returns status and parsed body without throwing on errors', async () => {
    const client = api(base, 'key-1');
    expect(await client.post('/x', { a: 1 })).toMatchObject({ status: 201, body: { method: 'POST', auth: 'Bearer key-1', type: 'application/json', body: { a: 1 } } });
    expect(await client.get('/text')).toMatchObject({ status: 418, body: 'teapot' });
    expect(await client.delete('/empty')).toMatchObject({ status: 204, body: undefined });
  });

  it('getFreePort returns a bindable port', async () => {
    const port = await getFreePort();
    expect(port).toBeGreaterThan(0);
  });
});
