import type { z } from 'zod';
import type { Language } from '../i18n/messages';
import { session } from '../session/session';
import { ErrorBodySchema, type Localized } from './api.schemas';

/** A refusal from the API, with the server's localized text when it sent one. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Localized | undefined,
    readonly cite: string | undefined,
  ) {
    super(`${status} ${code}`);
    this.name = 'ApiFailure';
  }
}

export interface ApiClient {
  get<S extends z.ZodType>(path: string, schema: S): Promise<z.infer<S>>;
  post<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.infer<S>>;
}

/** Same-origin calls with the signed-in agency's key; every response is parsed by its schema. */
export function apiClient(language: () => Language, key: () => string | null = session.key): ApiClient {
  const send = async <S extends z.ZodType>(method: string, path: string, body: unknown, schema: S): Promise<z.infer<S>> => {
    const headers: Record<string, string> = { accept: 'application/json', 'accept-language': language() };
    const apiKey = key();
    if (apiKey) headers['authorization'] = `Bearer ${apiKey}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const json: unknown = await res.json().catch(() => undefined);
    if (!res.ok) {
      const parsed = ErrorBodySchema.safeParse(json);
      throw parsed.success
        ? new ApiFailure(res.status, parsed.data.error.code, parsed.data.error.text, parsed.data.error.cite)
        : new ApiFailure(res.status, `HTTP.${res.status}`, undefined, undefined);
    }
    return schema.parse(json);
  };
  return {
    get: (path, schema) => send('GET', path, undefined, schema),
    post: (path, body, schema) => send('POST', path, body, schema),
  };
}
