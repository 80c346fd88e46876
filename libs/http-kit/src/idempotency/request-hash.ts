import { createHash } from 'node:crypto';
import { stringify } from 'safe-stable-stringify';

export interface HashedRequest {
  readonly method: string;
  /** Path with query, as sent. */
  readonly url: string;
  /** A JSON body (hashed with sorted keys, so a client's key order does not matter). */
  readonly json?: unknown;
  /** The SHA-256 of a file sent as the raw body. */
  readonly rawSha256?: string;
}

/** What makes two requests "the same" for a key: method, path and query, and the body (or the file's bytes). */
export function requestHash(request: HashedRequest): string {
  const body = request.rawSha256 !== undefined ? { raw: request.rawSha256 } : { json: request.json ?? null };
  return createHash('sha256').update(stringify([request.method.toUpperCase(), request.url, body]) ?? '').digest('hex');
}
