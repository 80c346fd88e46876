import type { Request } from 'express';
import type { Actor } from '@sx/contracts';

/** The state body or organization calling us, as established by its API key. */
export interface Agency {
  readonly agencyId: string;
  readonly roles: readonly string[];
  /** The API client the key belongs to (the agency's HR system, its archive …), named in the records it takes. */
  readonly clientId?: string;
}

declare module 'express-serve-static-core' {
  interface Request {
    /** Set by `agencyAuth`; read it through `callingAgency(req)`. */
    agency?: Agency;
    /** Set by `agencyAuth` with `agency`: who acts, a person or a system; what use cases see. */
    actor?: Actor;
  }
}

/** The authenticated caller. Throws (a bug, not a client error) if auth did not run first. */
export function callingAgency(req: Request): Agency {
  const agency = req.agency;
  if (!agency) throw new Error(`callingAgency: no agency on ${req.method} ${req.path}; is the route auth: true?`);
  return agency;
}

/**
 * The actor an API key speaks for: its agency's IT system, by the key's client id, or for a key
 * configured without one by `api-key:` and its digest prefix (stable, and no secret).
 */
export const systemActorOf = (agency: Agency, keyDigest: string): Actor => ({
  agencyId: agency.agencyId,
  kind: 'system',
  subject: agency.clientId ?? `api-key:${keyDigest.slice(0, 12)}`,
  name: agency.clientId ? `${agency.agencyId} ${agency.clientId}` : `${agency.agencyId} system`,
  roles: ['system', ...agency.roles],
});
