import type { Request, Response } from 'express';
import { ApiError } from '../errors/api-error';
import { mapError } from '../errors/error-mapper';
import type { Language } from '../i18n/localized-text';
import { invalidRequest } from '../errors/invalid-request';
import { claimKey, type ClaimSettings } from './claim-key';
import type { IdempotencyStore, StoredResponse } from './idempotency-store';
import { IDEMPOTENCY_TEXT } from './idempotency-text';
import { requestHash, type HashedRequest } from './request-hash';

export interface IdempotencyOptions {
  readonly store: IdempotencyStore;
  /** How long a key's first response is replayed; default 24 h. */
  readonly ttlMs?: number;
  /** How long a claim may run before a retry may take it over; default 120 s. */
  readonly leaseMs?: number;
  readonly clock?: () => Date;
}

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';
const DAY_MS = 24 * 3600 * 1000;
const KEY = /^[\x21-\x7e]{1,255}$/;

/** Every changing request (POST, PUT, PATCH) of an agency may carry a key. */
export const takesIdempotencyKey = (route: { readonly method: string; readonly auth: boolean }): boolean =>
  route.auth && (route.method === 'post' || route.method === 'put' || route.method === 'patch');

/** The response to send: what the handler produced now, or the first one again. */
export interface Outcome {
  readonly replayed: boolean;
  readonly response: StoredResponse;
}

function keyOf(req: Request, language: Language): string | undefined {
  const key = req.get(IDEMPOTENCY_KEY_HEADER);
  if (key === undefined) return undefined;
  if (KEY.test(key)) return key;
  const text = IDEMPOTENCY_TEXT['IDEMPOTENCY.KEY_INVALID'];
  throw invalidRequest([{ in: 'headers', path: IDEMPOTENCY_KEY_HEADER, code: 'invalid_format', message: text[language], text }]);
}

const refused = (status: 409 | 422, code: 'IDEMPOTENCY.IN_PROGRESS' | 'IDEMPOTENCY.KEY_REUSED'): ApiError =>
  new ApiError(status, code, IDEMPOTENCY_TEXT[code], { details: { header: IDEMPOTENCY_KEY_HEADER } });

/**
 * Runs `respond` at most once per agency and key (IETF draft-ietf-httpapi-idempotency-key-header):
 * the same request again gets the first response replayed, another request with the key 422, and
 * a retry while the first still runs 409. A 5xx frees the key, so the retry runs again; a 4xx is the
 * answer and is kept.
 */
export async function idempotently(
  options: IdempotencyOptions,
  req: Request,
  language: Language,
  request: Omit<HashedRequest, 'method' | 'url'>,
  respond: () => Promise<StoredResponse>,
): Promise<Outcome> {
  const key = keyOf(req, language);
  const agencyId = req.agency?.agencyId;
  if (key === undefined || agencyId === undefined) return { replayed: false, response: await respond() };
  const settings: ClaimSettings = { ttlMs: options.ttlMs ?? DAY_MS, leaseMs: options.leaseMs ?? 120_000 };
  const now = (options.clock ?? (() => new Date()))();
  const claim = await claimKey(options.store, `${agencyId}:${key}`, requestHash({ method: req.method, url: req.originalUrl, ...request }), now, settings);
  if (claim.kind === 'replay') return { replayed: true, response: claim.response };
  if (claim.kind === 'in-progress') throw refused(409, 'IDEMPOTENCY.IN_PROGRESS');
  if (claim.kind === 'mismatch') throw refused(422, 'IDEMPOTENCY.KEY_REUSED');
  let response: StoredResponse;
  try {
    response = await respond();
  } catch (err) {
    const mapped = mapError(err, language);
    if (mapped.status >= 500) await options.store.remove(claim.id);
    else await options.store.complete(claim.id, { status: mapped.status, headers: {}, body: mapped.body }, new Date());
    throw err;
  }
  if (response.status >= 500) await options.store.remove(claim.id);
  else await options.store.complete(claim.id, response, new Date());
  return { replayed: false, response };
}

/** Sends a kept response again, marked as a replay. */
export function sendReplay(res: Response, response: StoredResponse): void {
  res.set(response.headers).set(REPLAYED_HEADER, 'true').status(response.status);
  if (response.body === undefined) res.end();
  else res.json(response.body);
}
