import type { Request, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ApiError } from '../errors/api-error';
import { apiErrorText } from '../errors/messages';
import type { Agency } from './agency';
import { keyDigest, type AgencyKeys } from './agency-keys';

export interface AgencyAuthOptions {
  readonly keys: AgencyKeys;
  readonly logger?: Logger;
}

function presentedKey(req: Request): string | undefined {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
  return bearer?.[1] ?? req.get('x-api-key') ?? undefined;
}

/** Who is calling: `Authorization: Bearer <key>` or `X-Api-Key: <key>`; otherwise 401. */
export function agencyAuth(options: AgencyAuthOptions): RequestHandler {
  const byDigest = new Map<string, Agency>(Object.entries(options.keys).map(([key, agency]) => [keyDigest(key), agency]));
  return (req, _res, next) => {
    const key = presentedKey(req);
    const agency = key === undefined ? undefined : byDigest.get(keyDigest(key));
    if (!agency) {
      // A digest prefix tells operators which wrong key keeps coming back without logging the key.
      (req.log ?? options.logger)?.warn(
        { path: req.path, method: req.method, key: key === undefined ? 'missing' : `sha256:${keyDigest(key).slice(0, 8)}` },
        'unauthenticated request refused',
      );
      return next(new ApiError(401, 'AUTH.UNAUTHENTICATED', apiErrorText('AUTH.UNAUTHENTICATED')));
    }
    req.agency = agency;
    next();
  };
}
