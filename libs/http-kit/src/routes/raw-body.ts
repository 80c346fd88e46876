import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { z } from 'zod';
import { ApiError } from '../errors/api-error';
import type { LocalizedText } from '../i18n/localized-text';

/** A route that also takes a file as the raw request body (any content type but JSON), streamed. */
export interface RawBodyOptions {
  readonly maxBytes: number;
  /** The error for a body over `maxBytes`; it must name the limit. */
  readonly tooLarge: (maxBytes: number) => Error;
}

export interface RawBody {
  readonly bytes: Buffer;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
}

/** The header in which a caller may state the SHA-256 (hex) of what it sends; checked when present. */
export const SHA256_HEADER = 'x-content-sha256';

// Past this much over the limit the rest is not read at all: the connection is dropped instead.
const DRAIN_FACTOR = 4;

const digestMismatch = (stated: string, actual: string): ApiError =>
  new ApiError(
    400,
    'REQUEST.DIGEST_MISMATCH',
    {
      kk: 'Жіберілген файлдың SHA-256 мәні X-Content-SHA256 тақырыбына сәйкес келмейді.',
      ru: 'SHA-256 полученного файла не совпадает с заголовком X-Content-SHA256.',
      en: 'The SHA-256 of the received file does not match the X-Content-SHA256 header.',
    } satisfies LocalizedText,
    { details: { stated, actual } },
  );

const hex256 = z.string().regex(/^[0-9a-fA-F]{64}$/);

/** True when the request carries a file rather than JSON. */
export const isRawUpload = (req: Request): boolean => req.get('content-type') !== undefined && !req.is('application/json');

/**
 * Reads the body chunk by chunk, hashing as it goes and never holding more than `maxBytes`. Over the
 * limit, the rest is drained (so the caller reads our 413 instead of a reset) and the limit named.
 */
export async function readRawBody(req: Request, options: RawBodyOptions): Promise<RawBody> {
  const declared = Number(req.get('content-length'));
  if (Number.isFinite(declared) && declared > options.maxBytes * DRAIN_FACTOR) {
    req.res?.set('Connection', 'close');
    throw options.tooLarge(options.maxBytes);
  }
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > options.maxBytes * DRAIN_FACTOR) {
      req.res?.set('Connection', 'close');
      break;
    }
    if (size > options.maxBytes) continue;
    hash.update(chunk);
    chunks.push(chunk);
  }
  if (size > options.maxBytes) throw options.tooLarge(options.maxBytes);
  const sha256 = hash.digest('hex');
  const stated = hex256.safeParse(req.get(SHA256_HEADER));
  if (req.get(SHA256_HEADER) !== undefined && (!stated.success || stated.data.toLowerCase() !== sha256)) {
    throw digestMismatch(req.get(SHA256_HEADER) ?? '', sha256);
  }
  return { bytes: Buffer.concat(chunks, size), contentType: req.get('content-type') ?? 'application/octet-stream', size, sha256 };
}
