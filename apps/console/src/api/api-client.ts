import { exchangeClient, type ErrorBody, type ExchangeClient } from '@sx/client';
import type { Language } from '../i18n/messages';
import { session } from '../session/session';
import type { Localized } from './api-types';

export type Violation = NonNullable<ErrorBody['error']['violations']>[number];

/** One field the API's own schema refused (400 REQUEST.INVALID): its path in the body and the text. */
export interface FieldIssue { readonly path: string; readonly code: string; readonly text: Localized }

const isIssue = (i: unknown): i is FieldIssue =>
  typeof i === 'object' && i !== null && typeof (i as FieldIssue).path === 'string' && typeof (i as FieldIssue).text === 'object';

/** The field issues of a refusal (`details.issues`), none for any other. */
export function fieldIssues(error: unknown): FieldIssue[] {
  if (!(error instanceof ApiFailure) || typeof error.details !== 'object' || error.details === null) return [];
  const issues = (error.details as { issues?: unknown }).issues;
  return Array.isArray(issues) ? issues.filter(isIssue) : [];
}

/** A refusal from the API, with the server's localized text when it sent one. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Localized | undefined,
    readonly cite: string | undefined,
    /** Each rule the act would break, with its paragraph and text (eligibility, package, the step's own). */
    readonly violations: readonly Violation[] = [],
    /** What the API sent beside: for REQUEST.INVALID, `issues` with each refused field's path. */
    readonly details: unknown = undefined,
  ) {
    super(`${status} ${code}`);
    this.name = 'ApiFailure';
  }
}

/** The typed client on this origin, with the signed-in official's access token and the page's language. */
export function apiClient(language: () => Language): ExchangeClient {
  const client = exchangeClient(location.origin);
  client.use({
    onRequest({ request }) {
      request.headers.set('accept-language', language());
      const token = session.token();
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      return request;
    },
    // The token expired or was refused: back to the sign-in; the forms keep their drafts meanwhile.
    onResponse({ response }) {
      if (response.status === 401) session.set(null);
      return response;
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
      ? new ApiFailure(response.status, error.error.code, error.error.text, error.error.cite ?? undefined, error.error.violations ?? [], error.error.details)
      : new ApiFailure(response.status, `HTTP.${response.status}`, undefined, undefined);
  }
  return data as D;
}
