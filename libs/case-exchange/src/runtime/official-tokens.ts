import { z } from 'zod';
import { OidcIssuersSchema, tokenVerifier, type AgencyKeys, type OidcIssuers, type TokenVerifier } from '@sx/http-kit';

/**
 * Which providers vouch for which agency's officials: SX_DEV_OIDC_ISSUER (the local provider, for
 * local runs and tests; never honoured in production) for every agency served, and SX_OIDC_ISSUERS
 * (JSON, agency id → provider) over it, agency by agency. Neither set: only API keys are accepted.
 */
const variables = z.object({
  SX_OIDC_ISSUERS: z.string().optional().transform((raw) => (raw === undefined ? undefined : OidcIssuersSchema.parse(JSON.parse(raw)))),
  SX_DEV_OIDC_ISSUER: z.url().optional(),
  NODE_ENV: z.string().optional(),
});

/** The local provider serves every agency: its tokens name the agency in `agency`. */
const DEV_ROLES = { roleClaim: 'roles', roleValues: { preparer: ['preparer'], signatory: ['signatory'] }, nameClaim: 'name', positionClaim: 'position', agencyClaim: 'agency' };

export function officialTokens(service: string, keys: AgencyKeys, env: NodeJS.ProcessEnv = process.env): TokenVerifier | undefined {
  const v = variables.parse(env);
  const dev = v.SX_DEV_OIDC_ISSUER !== undefined && v.NODE_ENV !== 'production' ? v.SX_DEV_OIDC_ISSUER : undefined;
  const agencies = [...new Set(Object.values(keys).map((a) => a.agencyId))];
  const issuers: OidcIssuers = {
    ...(dev ? Object.fromEntries(agencies.map((id) => [id, { issuer: dev, ...DEV_ROLES }])) : {}),
    ...v.SX_OIDC_ISSUERS,
  };
  return Object.keys(issuers).length > 0 ? tokenVerifier(issuers, service) : undefined;
}
