import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, operations, paths } from './generated/exchange-api';

/** A typed client of one service; each serves the operations of its roles (the others answer 404 ROUTE.NOT_SERVED). */
export type ExchangeClient = Client<paths>;

type JsonBody<T> = T extends { content: { 'application/json': infer B } } ? B : never;
/** The JSON request body of an operation. */
export type RequestBody<O extends keyof operations> = JsonBody<NonNullable<operations[O]['requestBody']>>;

export type CaseResponse = components['schemas']['CaseResponse'];
export type ErrorBody = components['schemas']['ErrorBody'];
/** A step as `POST /cases/{caseId}/steps` takes it (`takeStep`). */
export type StepBody = RequestBody<'takeStep'>;

/** A client of the service at `baseUrl`, acting as the agency whose API key it is (`Authorization: Bearer`). */
export function exchangeClient(baseUrl: string, apiKey?: string, options: Omit<ClientOptions, 'baseUrl'> = {}): ExchangeClient {
  return createClient<paths>({
    ...options,
    baseUrl,
    headers: { ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}), ...(options.headers as Record<string, string> | undefined) },
  });
}

/** An answer other than the one expected: its status and the error body (code, cite, kk/ru/en text). */
export class ExchangeError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string,
  ) {
    super(`${what}: HTTP ${status} ${JSON.stringify(body).slice(0, 600)}`);
    this.name = 'ExchangeError';
  }
}

/** The data of a successful call, or an ExchangeError (with `expected`, any other status fails too). */
export async function ok<D>(call: Promise<{ data?: D; error?: unknown; response: Response }>, expected?: number): Promise<D> {
  const { data, error, response } = await call;
  const what = `${response.url ? new URL(response.url).pathname : 'request'}`;
  if (error !== undefined || (expected !== undefined && response.status !== expected)) throw new ExchangeError(response.status, error ?? data, what);
  return data as D;
}
