import { z } from 'zod';
import { OidcIssuersSchema, tokenVerifier, type OidcIssuer, type OidcIssuers, type TokenVerifier } from '@sx/http-kit';
import type { ServiceName } from '@sx/contracts';
import type { AgencyRegistry } from '../agencies/agency-registry';

/**
 * The issuer deploy/agencies/agencies.json names for an agency that signs in at the local identity
 * provider (apps/identity-provider, `npm start`'s default address). It is a placeholder: the
 * provider's actual address (SX_DEV_OIDC_ISSUER: the e2e harness runs it on a free port) replaces
 * it, outside production only; without that, such an agency's officials have no tokens, only keys.
 */
export const DEV_PLACEHOLDER_ISSUER = 'http://127.0.0.1:4100';

/** SX_OIDC_ISSUERS (JSON, agency id → provider) overrides agencies.json agency by agency (tests, staging). */
const variables = z.object({
  SX_OIDC_ISSUERS: z.string().optional().transform((raw) => (raw === undefined ? undefined : OidcIssuersSchema.parse(JSON.parse(raw)))),
  SX_DEV_OIDC_ISSUER: z.url().optional(),
  NODE_ENV: z.string().optional(),
});

function providerOf(configured: OidcIssuer, dev: string | undefined): OidcIssuer | undefined {
  if (configured.issuer.replace(/\/$/, '') !== DEV_PLACEHOLDER_ISSUER) return configured;
  return dev ? { ...configured, issuer: dev, ...(configured.jwksUri ? { jwksUri: undefined } : {}) } : undefined;
}

/**
/**
 * The one reading of the providers' configuration: each agency's `identityProvider` in agencies.json,
 * overridden by SX_OIDC_ISSUERS. The token verifier and the console's sign-in both take it from here,
 * so the console never sends officials to a provider the service would not trust.
 */
export function officialIssuers(registry: AgencyRegistry, env: NodeJS.ProcessEnv = process.env): OidcIssuers {
  const v = variables.parse(env);
  const dev = v.SX_DEV_OIDC_ISSUER !== undefined && v.NODE_ENV !== 'production' ? v.SX_DEV_OIDC_ISSUER : undefined;
  return {
    ...Object.fromEntries(registry.all().flatMap((a) => {
      const provider = providerOf(a.identityProvider, dev);
      return provider ? [[a.id, provider]] : [];
    })),
    ...v.SX_OIDC_ISSUERS,
  };
}

/**
 * The verifier of officials' tokens. Every agency's provider is known, not only those served here: a
 * genuine token of an agency that acts through another service is answered 403 AUTH.WRONG_SERVICE,
 * as its API key is.
 */
export function officialTokens(service: ServiceName, registry: AgencyRegistry, env: NodeJS.ProcessEnv = process.env): TokenVerifier | undefined {
  const issuers = officialIssuers(registry, env);
  const elsewhere = Object.fromEntries(registry.all().filter((a) => !a.services.includes(service)).map((a) => [a.id, a.services]));
  return Object.keys(issuers).length > 0 ? tokenVerifier(issuers, service, elsewhere) : undefined;
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

/** The providers of the agencies that act through this service: only their officials can act here. */
export function consoleSignIn(service: ServiceName, registry: AgencyRegistry, env: NodeJS.ProcessEnv = process.env): ConsoleSignIn {
  const served = new Set(registry.servedBy(service).map((a) => a.id));
  const byIssuer = new Map<string, string[]>();
  for (const [agency, { issuer }] of Object.entries(officialIssuers(registry, env))) {
    if (served.has(agency)) byIssuer.set(issuer, [...(byIssuer.get(issuer) ?? []), agency]);
  }
  return { providers: [...byIssuer].map(([issuer, agencies]) => ({ issuer, agencies: agencies.sort() })), clientId: CONSOLE_CLIENT_ID, resource: `urn:sx:${service}` };
}
