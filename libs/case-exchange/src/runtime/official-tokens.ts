import { z } from 'zod';
import { OidcIssuersSchema, tokenVerifier, type AgencyKeys, type OidcIssuers, type TokenVerifier } from '@sx/http-kit';

/**
 * Which providers vouch for which agency's officials: SX_OIDC_ISSUERS (JSON, agency id → provider), or
 * for local runs and tests SX_DEV_OIDC_ISSUER (the local provider for every agency served; never
 * honoured in production). Neither set: officials' tokens are not accepted, only API keys.
 */
const variables = z.object({
  SX_OIDC_ISSUERS: z.string().optional().transform((raw) => (raw === undefined ? undefined : OidcIssuersSchema.parse(JSON.parse(raw)))),
  SX_DEV_OIDC_ISSUER: z.url().optional(),
  NODE_ENV: z.string().optional(),
});

/** The local provider serves every agency: its tokens name the agency in `agency`. */
const DEV_ROLES = { roleClaim: 'roles', roleValues: { preparer: ['preparer'], signatory: ['signatory'] }, nameClaim: 'name', positionClaim: 'position', agencyClaim: 'agency' };

/**
 * The one reading of the providers' configuration: the token verifier and the console's sign-in both
 * take it from here, so the console never sends officials to a provider the service would not trust.
 */
export function officialIssuers(keys: AgencyKeys, env: NodeJS.ProcessEnv = process.env): OidcIssuers {
  const v = variables.parse(env);
  const dev = v.SX_DEV_OIDC_ISSUER !== undefined && v.NODE_ENV !== 'production' ? v.SX_DEV_OIDC_ISSUER : undefined;
  const agencies = [...new Set(Object.values(keys).map((a) => a.agencyId))];
  return v.SX_OIDC_ISSUERS ?? (dev ? Object.fromEntries(agencies.map((id) => [id, { issuer: dev, ...DEV_ROLES }])) : {});
}

export function officialTokens(service: string, keys: AgencyKeys, env: NodeJS.ProcessEnv = process.env): TokenVerifier | undefined {
  const issuers = officialIssuers(keys, env);
  return Object.keys(issuers).length > 0 ? tokenVerifier(issuers, service) : undefined;
}

/** What the console needs to sign an official in (public: issuers and a public client id are no secret). */
export interface ConsoleSignIn {
  /** Each provider once, with the agencies whose officials it signs in. */
  readonly providers: readonly { readonly issuer: string; readonly agencies: readonly string[] }[];
  /** The console is registered at every provider as this public client (Authorization Code + PKCE, no secret). */
  readonly clientId: string;
  /** RFC 8707 resource indicator: the provider's access token then has `aud` = this service. */
  readonly resource: string;
}

export const CONSOLE_CLIENT_ID = 'console';

export function consoleSignIn(service: string, keys: AgencyKeys, env: NodeJS.ProcessEnv = process.env): ConsoleSignIn {
  const byIssuer = new Map<string, string[]>();
  for (const [agency, { issuer }] of Object.entries(officialIssuers(keys, env))) byIssuer.set(issuer, [...(byIssuer.get(issuer) ?? []), agency]);
  return { providers: [...byIssuer].map(([issuer, agencies]) => ({ issuer, agencies: agencies.sort() })), clientId: CONSOLE_CLIENT_ID, resource: `urn:sx:${service}` };
}
