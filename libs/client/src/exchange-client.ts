import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, operations, paths } from './generated/exchange-api';

/** A typed client of one service; each serves the operations of its roles (the others answer 404 ROUTE.NOT_SERVED). */
export type ExchangeClient = Client<paths>;

/** The JSON body an operation answers with a given status. */
export type ResponseBody<O extends keyof operations, S extends number = 200> = operations[O]['responses'] extends Record<S, { content: { 'application/json': infer B } }> ? B : never;

export type CaseResponse = components['schemas']['CaseResponse'];
export type ErrorBody = components['schemas']['ErrorBody'];

/** A client of the service at `baseUrl`, acting as the agency whose API key it is (`Authorization: Bearer`). */
export function exchangeClient(baseUrl: string, apiKey?: string, options: Omit<ClientOptions, 'baseUrl'> = {}): ExchangeClient {
  return createClient<paths>({
    ...options,
    baseUrl,
    headers: { ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}), ...(options.headers as Record<string, string> | undefined) },
  });
}
