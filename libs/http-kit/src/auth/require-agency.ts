import type { Request, RequestHandler } from 'express';
import { ApiError } from '../errors/api-error';
import { apiErrorText } from '../errors/messages';
import type { Agency } from './agency';

/** Which callers a route admits, beyond being authenticated. */
export type AgencyRule = (agency: Agency, req: Request) => boolean;

export const anyOfAgencies = (...ids: string[]): AgencyRule => (agency) => ids.includes(agency.agencyId);
export const withRole = (...roles: string[]): AgencyRule => (agency) => roles.some((r) => agency.roles.includes(r));

export function forbidden(details?: Record<string, unknown>): ApiError {
  return new ApiError(403, 'AUTH.FORBIDDEN', apiErrorText('AUTH.FORBIDDEN'), details ? { details } : {});
}

/** 403 unless the calling agency satisfies every rule. Runs after `agencyAuth`. */
export function requireAgency(...rules: AgencyRule[]): RequestHandler {
  return (req, _res, next) => {
    const agency = req.agency;
    if (agency && rules.every((rule) => rule(agency, req))) return next();
    req.log?.warn({ agency: agency?.agencyId ?? null, path: req.path, method: req.method }, 'forbidden request refused');
    next(forbidden());
  };
}
