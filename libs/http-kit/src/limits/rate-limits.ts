import type { Request, RequestHandler, Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { z } from 'zod';
import { ApiError } from '../errors/api-error';
import { apiErrorText } from '../errors/messages';

const Budget = z.object({ points: z.number().int().positive(), durationS: z.number().int().positive() });
const FailureBudget = Budget.extend({ blockS: z.number().int().positive() });

/**
 * The edge's budgets. Writes and reads are counted apart per agency, so an agency's heavy writing
 * never stops its reads; a service takes at most `concurrent` authenticated requests at once.
 * Failed authentications are counted per client address and per presented credential, and only
 * after the credential was found wrong: a valid key or token is never refused for others' failures.
 */
export const RateLimitsSchema = z.object({
  writesPerAgency: Budget,
  readsPerAgency: Budget,
  concurrent: z.number().int().positive(),
  authFailuresPerAddress: FailureBudget,
  authFailuresPerCredential: FailureBudget,
});
export type RateLimits = z.infer<typeof RateLimitsSchema>;

export const DEFAULT_RATE_LIMITS: RateLimits = {
  writesPerAgency: { points: 1200, durationS: 60 },
  readsPerAgency: { points: 6000, durationS: 60 },
  concurrent: 512,
  authFailuresPerAddress: { points: 20, durationS: 900, blockS: 900 },
  authFailuresPerCredential: { points: 10, durationS: 900, blockS: 900 },
};

export function rateLimited(retryAfterS: number, res: Response, code: 'RATE.LIMITED' | 'RATE.BUSY' = 'RATE.LIMITED'): ApiError {
  res.set('Retry-After', String(retryAfterS));
  return new ApiError(429, code, apiErrorText(code), { details: { retryAfterSeconds: retryAfterS } });
}

const seconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

/** The caller's address: the socket's, or the one a trusted proxy forwarded (express `trust proxy`, SX_TRUSTED_PROXIES). */
export const clientAddress = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? 'unknown';

const isWrite = (req: Request): boolean => req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS';

/**
 * After authentication: one point of the agency's write or read budget per request, and the IETF
 * `RateLimit-Policy` / `RateLimit` headers (draft-ietf-httpapi-ratelimit-headers) on every answer,
 * so an agency system can pace itself; past the budget, 429 RATE.LIMITED with `Retry-After`.
 */
export function agencyBudgets(limits: Pick<RateLimits, 'writesPerAgency' | 'readsPerAgency'>): RequestHandler {
  const budgets = {
    writes: { limiter: new RateLimiterMemory({ points: limits.writesPerAgency.points, duration: limits.writesPerAgency.durationS }), budget: limits.writesPerAgency },
    reads: { limiter: new RateLimiterMemory({ points: limits.readsPerAgency.points, duration: limits.readsPerAgency.durationS }), budget: limits.readsPerAgency },
  };
  return (req, res, next) => {
    const agency = req.agency;
    if (!agency) return next();
    const name = isWrite(req) ? 'writes' : 'reads';
    const { limiter, budget } = budgets[name];
    const headers = (state: RateLimiterRes): void => {
      res.set('RateLimit-Policy', `"${name}";q=${budget.points};w=${budget.durationS}`);
      res.set('RateLimit', `"${name}";r=${Math.max(0, state.remainingPoints)};t=${seconds(state.msBeforeNext)}`);
    };
    limiter.consume(agency.agencyId).then(
      (state) => {
        headers(state);
        next();
      },
      (rejection: unknown) => {
        if (!(rejection instanceof RateLimiterRes)) return next(rejection);
        headers(rejection);
        next(rateLimited(seconds(rejection.msBeforeNext), res));
      },
    );
  };
}

/** At most `max` authenticated requests of this service at once; beyond, 429 RATE.BUSY with `Retry-After: 1`. */
export function concurrencyCap(max: number): RequestHandler {
  let inFlight = 0;
  return (_req, res, next) => {
    if (inFlight >= max) return next(rateLimited(1, res, 'RATE.BUSY'));
    inFlight++;
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      inFlight--;
    };
    res.once('finish', release);
    res.once('close', release);
    next();
  };
}
