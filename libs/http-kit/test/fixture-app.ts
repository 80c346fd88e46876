import { Writable } from 'node:stream';
import pino from 'pino';
import { z } from 'zod';
import { createHttpApp, defineRoute, devApiKeys, listen, ViolationsError, type RunningServer } from '../src/index';

export const calls: string[] = [];
export const logLines: string[] = [];
export let mongoUp = true;
export const setMongoUp = (up: boolean): void => {
  mongoUp = up;
};

const caseSchema = z.object({ caseId: z.string(), status: z.enum(['draft', 'sent']) }).meta({ id: 'Case' });
const violation = (code: string, cite: string) => ({ code, cite, text: { kk: `${code} kk`, ru: `${code} ru`, en: `${code} en` } });

const routes = [
  defineRoute({
    method: 'post',
    path: '/cases/:caseId/send',
    operationId: 'fixture1',
    summary: 'Send a case',
    tags: ['cases'],
    auth: true,
    request: {
      params: z.object({ caseId: z.string().regex(/^c-\d+$/) }),
      query: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
      body: z.object({ note: z.string().max(20), candidate: z.object({ iin: z.string().length(12) }).strict() }),
    },
    bodyExample: { note: 'urgent', candidate: { iin: '900101300123' } },
    responses: { 200: caseSchema },
    handler: ({ params, body, agency }) => {
      calls.push(`send ${params.caseId} ${body.note} by ${agency.agencyId}`);
      // `internal` is not in the contract: it must not reach the caller.
      return { status: 200, body: { caseId: params.caseId, status: 'sent', internal: 'x' } as { caseId: string; status: 'sent' } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/rules',
    operationId: 'fixture3',
    summary: 'Breaks rules',
    auth: false,
    request: { query: z.object({ kind: z.enum(['one', 'many', 'conflict', 'crash']) }) },
    responses: { 200: z.object({}) },
    handler: ({ query }) => {
      if (query.kind === 'one') throw { violations: [violation('ELIGIBILITY.NOT_MET', 'R3 §10(1)')] };
      if (query.kind === 'many') throw new ViolationsError([violation('A.B', 'R3 §10(1)'), violation('C.D', 'R3 §10(2)')]);
      if (query.kind === 'conflict') throw new ViolationsError([violation('CASE.ILLEGAL_TRANSITION', 'R3 §13')], 409);
      throw new Error('mongo password=hunter2 exploded');
    },
  }),
];

export async function startFixture(): Promise<{ base: string; server: RunningServer }> {
  const logger = pino(
    { level: 'debug' },
    new Writable({
      write(chunk: Buffer, _e, done) {
        logLines.push(chunk.toString());
        done();
      },
    }),
  );
  const { app } = createHttpApp({
    service: 'sending-body',
    logger,
    auth: { keys: { ...devApiKeys(['agency-1', 'mfa']), 'xk-1234567890': { agencyId: 'agency-2', roles: [] } } },
    readiness: [
      { name: 'mongo', check: () => mongoUp },
      { name: 'amqp', check: () => true },
    ],
    routes,
    openapi: { title: 'Sending body API', version: '1.2.3' },
  });
  const server = await listen(app, 0, '127.0.0.1');
  return { base: `http://127.0.0.1:${server.port}`, server };
}
