import type { Request } from 'express';

/** The state body or organization calling us, as established by its API key. */
export interface Agency {
  readonly agencyId: string;
  readonly roles: readonly string[];
}

declare module 'express-serve-static-core' {
  interface Request {
    /** Set by `agencyAuth`; read it through `callingAgency(req)`. */
    agency?: Agency;
  }
}

/** The authenticated caller. Throws (a bug, not a client error) if auth did not run first. */
export function callingAgency(req: Request): Agency {
  const agency = req.agency;
  if (!agency) throw new Error(`callingAgency: no agency on ${req.method} ${req.path}; is the route auth: true?`);
  return agency;
}
