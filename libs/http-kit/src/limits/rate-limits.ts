import type { Request, RequestHandler, Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { z } from 'zod';
import { ApiError } from '../errors/api-error';
import { apiErrorText } from '../errors/messages';

/**
 * Requests per API key, and failed authentications per client IP. Defaults suit agency systems: a
 * batch job of one agency may send 20 requests a second for a minute; an address that presents 20
 * wrong keys within 15 minutes is shut out for 15 minutes, so keys cannot be guessed.
 */
export const RateLimitsSchema = z.object({
  perKey: z.object({ points: z.number().int().positive(), durationS: z.number().int().positive() }),
  authFailuresPerIp: z.object({ points: z.number().int().positive(), durationS: z.number().int().positive(), blockS: z.number().int().positive() }),
});
export type RateLimits = z.infer<typeof RateLimitsSchema>;

export const DEFAULT_RATE_LIMITS: RateLimits = {
  perKey: { points: 1200, durationS: 60 },
  authFailuresPerIp: { points: 20, durationS: 900, blockS: 900 },
};

/** What `agencyAuth` asks before and after looking at a key. */
export interface AuthFailureLimiter {
  /** Seconds until the address may try again, when it is shut out. */
  blockedFor(ip: string): Promise<number | undefined>;
  /** Counts one failed authentication. */
  failed(ip: string): Promise<void>;
}

export function rateLimited(retryAfterS: number, res: Response): ApiError {
  res.set('Retry-After', String(retryAfterS));
  return new ApiError(429, 'RATE.LIMITED', apiErrorText('RATE.LIMITED'), { details: { retryAfterSeconds: retryAfterS } });
}

const seconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

export const clientAddress = (req: Request): string => req.socket.remoteAddress ?? 'unknown';

export function authFailureLimiter(limits: RateLimits['authFailuresPerIp']): AuthFailureLimiter {
  const limiter = new RateLimiterMemory({ points: limits.points, duration: limits.durationS, blockDuration: limits.blockS });
  return {
    async blockedFor(ip) {
      const state = await limiter.get(ip);
      return state && state.remainingPoints <= 0 ? seconds(state.msBeforeNext) : undefined;
    },
    async failed(ip) {
      // consume rejects once the points are spent: that is the block, recorded; nothing to do here.
      await limiter.consume(ip).catch((rejection: unknown) => {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
      });
    },
  };
}

/** After `agencyAuth`: one point per request of the calling key (held by its agency id, never the key). */
export function perKeyLimit(limits: RateLimits['perKey']): RequestHandler {
  const limiter = new RateLimiterMemory({ points: limits.points, duration: limits.durationS });
  return (req, res, next) => {
    const agency = req.agency;
    if (!agency) return next();
    limiter.consume(agency.agencyId).then(
      () => next(),
      (rejection: unknown) => next(rejection instanceof RateLimiterRes ? rateLimited(seconds(rejection.msBeforeNext), res) : rejection),
    );
  };
}
