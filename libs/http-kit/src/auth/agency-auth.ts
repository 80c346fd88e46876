import type { Request, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ApiError } from '../errors/api-error';
import { apiErrorText } from '../errors/messages';
import type { AuthFailureLimiter } from '../limits/auth-failures';
import { clientAddress, rateLimited } from '../limits/rate-limits';
import { systemActorOf, type Agency } from './agency';
import { keyDigest, type AgencyKeys } from './agency-keys';
import { looksLikeJwt, type TokenVerifier } from './token-auth';
import { wrongService, type KeysServedElsewhere } from './wrong-service';

export interface AgencyAuthOptions {
  readonly keys: AgencyKeys;
  /** Valid keys of agencies another service serves: answered 403 AUTH.WRONG_SERVICE, not 401. */
  readonly elsewhere?: KeysServedElsewhere;
  /** The service answering, named in AUTH.WRONG_SERVICE. */
  readonly service?: string;
  readonly failures?: AuthFailureLimiter;
  readonly logger?: Logger;
  /**
   * TESTS ONLY (SX_TEST_MUTANT=no-auth): a missing or unknown key acts as this agency. It exists so
   * the fuzz test and the tenant matrix can show they catch an API without authentication.
   */
  readonly unverifiedAs?: Agency;
  /** Officials' OIDC access tokens (`Authorization: Bearer <jwt>`); without it only API keys are accepted. */
  readonly tokens?: TokenVerifier;
}

function presentedKey(req: Request): string | undefined {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
  return bearer?.[1] ?? req.get('x-api-key') ?? undefined;
}

const byDigest = <T>(keys: Readonly<Record<string, T>>): Map<string, T> =>
  new Map(Object.entries(keys).map(([key, value]) => [keyDigest(key), value]));

/**
 * Who is calling: `Authorization: Bearer <key>` or `X-Api-Key: <key>`; otherwise 401. The credential
 * is looked at first: a valid one is always let through, whatever others sent from the same address.
 * A wrong or missing one counts against the client address and the credential presented; once either
 * has failed too often, the caller gets 429 with Retry-After instead of 401, so keys cannot be guessed.
 */
export function agencyAuth(options: AgencyAuthOptions): RequestHandler {
  const agencies = byDigest<Agency>(options.keys);
  const elsewhere = byDigest(options.elsewhere ?? {});
  return async (req, res, next) => {
    const key = presentedKey(req);
    // An official's token goes to the token path; any other credential is an API key.
    if (options.tokens && key !== undefined && looksLikeJwt(key)) {
      try {
        req.actor = await options.tokens(key);
        req.agency = { agencyId: req.actor.agencyId, roles: [] };
        return next();
      } catch (error) {
        // A genuine token at the wrong service is no failed authentication, as with a key.
        if (error instanceof ApiError && error.code === 'AUTH.WRONG_SERVICE') return next(error);
        // A refused token counts like a wrong key: against the address and the credential presented.
        const address = clientAddress(req);
        const tokenDigest = keyDigest(key);
        const blocked = await options.failures?.blockedFor(address, tokenDigest);
        if (blocked !== undefined) return next(rateLimited(blocked, res));
        await options.failures?.failed(address, tokenDigest);
        return next(error);
      }
    }
    const digest = key === undefined ? undefined : keyDigest(key);
    const agency = digest === undefined ? undefined : agencies.get(digest);
    if (agency && digest !== undefined) {
      req.agency = agency;
      req.actor = systemActorOf(agency, digest);
      return next();
    }
    if (options.unverifiedAs) {
      req.agency = options.unverifiedAs;
      req.actor = systemActorOf(options.unverifiedAs, '0'.repeat(12));
      return next();
    }
    const other = digest === undefined ? undefined : elsewhere.get(digest);
    if (other) return next(wrongService(other, options.service));
    const ip = clientAddress(req);
    const blocked = await options.failures?.blockedFor(ip, digest);
    if (blocked !== undefined) return next(rateLimited(blocked, res));
    await options.failures?.failed(ip, digest);
    // A digest prefix tells operators which wrong key keeps coming back without logging the key.
    (req.log ?? options.logger)?.warn(
      { path: req.path, method: req.method, ip, key: digest === undefined ? 'missing' : `sha256:${digest.slice(0, 8)}` },
      'unauthenticated request refused',
    );
    next(new ApiError(401, 'AUTH.UNAUTHENTICATED', apiErrorText('AUTH.UNAUTHENTICATED')));
  };
}
