import { exchangeClient } from '@sx/client';

export interface ApiResponse<T = unknown> {
  readonly status: number;
  /** Parsed JSON, the raw text when not JSON, undefined when empty. */
  readonly body: T;
  readonly headers: Headers;
}

export interface RequestOptions {
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ApiClient {
  get<T = unknown>(path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  delete<T = unknown>(path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  post<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<ApiResponse<T>>;
  put<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<ApiResponse<T>>;
  patch<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<ApiResponse<T>>;
}

function parse(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

type Method = 'GET' | 'DELETE' | 'POST' | 'PUT' | 'PATCH';
type RawRequest = (method: Method, path: string, init: { body?: unknown; headers: Record<string, string>; parseAs: 'text' }) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * A test's view of a service: never throws on 4xx/5xx, since those are what tests assert. Every request
 * goes through the project's one HTTP client (@sx/client, on openapi-fetch), by the path as given and
 * with any body: these tests also send what the contract refuses, which the typed methods would not let them.
 */
export function api(baseUrl: string, apiKey?: string): ApiClient {
  const raw = exchangeClient(baseUrl, apiKey).request as unknown as RawRequest;
  const send = async <T>(method: Method, path: string, body: unknown, options: RequestOptions = {}): Promise<ApiResponse<T>> => {
    const { data, error, response } = await raw(method, path, { ...(body !== undefined ? { body } : {}), headers: { accept: 'application/json', ...options.headers }, parseAs: 'text' });
    return { status: response.status, body: parse(response.ok ? data : error) as T, headers: response.headers };
  };
  return {
    get: (path, options) => send('GET', path, undefined, options),
    delete: (path, options) => send('DELETE', path, undefined, options),
    post: (path, body, options) => send('POST', path, body, options),
    put: (path, body, options) => send('PUT', path, body, options),
    patch: (path, body, options) => send('PATCH', path, body, options),
  };
}
