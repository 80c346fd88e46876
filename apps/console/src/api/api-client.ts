import { exchangeClient, type ErrorBody, type ExchangeClient } from '@sx/client';
import type { Language } from '../i18n/messages';
import { session } from '../session/session';
import type { Localized } from './api-types';

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

/** The typed client on this origin, with the signed-in agency's credential and the page's language. */
export function apiClient(language: () => Language, key: () => string | null = session.key): ExchangeClient {
  const client = exchangeClient(location.origin);
  client.use({
    onRequest({ request }) {
      request.headers.set('accept-language', language());
      const credential = key();
      if (credential) request.headers.set('authorization', `Bearer ${credential}`);
      return request;
    },
  });
  return client;
}

const isErrorBody = (b: unknown): b is ErrorBody => typeof b === 'object' && b !== null && 'error' in b && typeof (b as { error: unknown }).error === 'object';

/** The data of a call, or an ApiFailure with the server's code, paragraph and text. */
export async function unwrap<D>(call: Promise<{ data?: D; error?: unknown; response: Response }>): Promise<D> {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) {
    throw isErrorBody(error)
      ? new ApiFailure(response.status, error.error.code, error.error.text, error.error.cite ?? undefined)
      : new ApiFailure(response.status, `HTTP.${response.status}`, undefined, undefined);
  }
  return data as D;
}
