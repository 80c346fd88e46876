import type { Request } from 'express';
import type { Actor } from '@sx/contracts';

/** The state body or organization calling us, as established by its API key. */
export interface Agency {
  readonly agencyId: string;
  readonly roles: readonly string[];
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

/** The actor an API key speaks for: its agency's IT system (identified by the key's digest prefix). */
export const systemActorOf = (agency: Agency, keyDigest: string): Actor => ({
  agencyId: agency.agencyId,
  kind: 'system',
  subject: `api-key:${keyDigest.slice(0, 12)}`,
  name: `${agency.agencyId} system`,
  roles: ['system', ...agency.roles],
});
