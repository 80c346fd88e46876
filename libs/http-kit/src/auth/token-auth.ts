import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { Actor } from '@sx/contracts';
import { ApiError } from '../errors/api-error';
import { text } from '@sx/rules';
import type { OidcIssuer, OidcIssuers } from './oidc-issuers';
import { wrongService } from './wrong-service';

/** Only asymmetric signatures: `none` and HS* (a shared secret the service would hold) are refused. */
const ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

export type TokenFailure = 'expired' | 'wrong-audience' | 'wrong-issuer' | 'wrong-agency' | 'unsigned' | 'unknown-key' | 'invalid';

const CODES: Record<TokenFailure, string> = {
  expired: 'AUTH.TOKEN_EXPIRED',
  'wrong-audience': 'AUTH.TOKEN_WRONG_AUDIENCE',
  'wrong-issuer': 'AUTH.TOKEN_WRONG_ISSUER',
  'wrong-agency': 'AUTH.TOKEN_WRONG_AGENCY',
  unsigned: 'AUTH.TOKEN_UNSIGNED',
  'unknown-key': 'AUTH.TOKEN_UNKNOWN_KEY',
  invalid: 'AUTH.TOKEN_INVALID',
};

export const tokenRefused = (failure: TokenFailure): ApiError =>
  new ApiError(
    401,
    CODES[failure],
    text('Кіру токені қабылданбады; қайта кіріңіз', 'Токен доступа отклонён; войдите заново', 'The access token was refused; sign in again'),
    { details: { reason: failure } },
  );

/** A compact JWS: three base64url parts, the header a JSON object. API keys never look like this. */
export const looksLikeJwt = (credential: string): boolean => /^eyJ[\w-]*\.[\w-]*\.[\w-]*$/.test(credential);

function headerAlg(token: string): string | undefined {
  try {
    return (JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as { alg?: unknown }).alg as string | undefined;
  } catch {
    return undefined;
  }
}

function claim(payload: JWTPayload, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), payload);
}

function rolesOf(payload: JWTPayload, config: OidcIssuer): string[] {
  const raw = claim(payload, config.roleClaim);
  const held = new Set(Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? raw.split(' ') : []);
  return (['preparer', 'signatory'] as const).filter((role) => config.roleValues[role].some((v) => held.has(v)));
}

function failureOf(error: unknown): TokenFailure {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) return error.claim === 'aud' ? 'wrong-audience' : error.claim === 'iss' ? 'wrong-issuer' : 'invalid';
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWSSignatureVerificationFailed) return 'unknown-key';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'unsigned';
  return 'invalid';
}

export type TokenVerifier = (token: string) => Promise<Actor>;

interface KnownIssuer {
  readonly config: OidcIssuer;
  /** agencyId → the agency claim it must carry (undefined: the issuer serves this agency alone). */
  readonly agencies: ReadonlyMap<string, string | undefined>;
  readonly jwks: ReturnType<typeof createRemoteJWKSet>;
}

/**
 * One JWKS per provider, whatever number of agencies it serves. A provider shared by several agencies
 * without an agency claim could not say which agency a token speaks for: refused at start-up.
 */
function issuersByUrl(issuers: OidcIssuers): Map<string, KnownIssuer> {
  const byIssuer = new Map<string, KnownIssuer & { agencies: Map<string, string | undefined> }>();
  for (const [agencyId, config] of Object.entries(issuers)) {
    const known = byIssuer.get(config.issuer) ?? {
      config,
      agencies: new Map<string, string | undefined>(),
      jwks: createRemoteJWKSet(new URL(config.jwksUri ?? `${config.issuer.replace(/\/$/, '')}/jwks`), { cooldownDuration: 30_000, cacheMaxAge: 600_000 }),
    };
    known.agencies.set(agencyId, config.agencyClaim);
    byIssuer.set(config.issuer, known);
  }
  for (const [issuer, known] of byIssuer) {
    if (known.agencies.size > 1 && [...known.agencies.values()].some((c) => c === undefined)) {
      throw new Error(`OIDC issuer ${issuer} serves ${[...known.agencies.keys()].join(', ')}: each must name its agencyClaim`);
    }
  }
  return byIssuer;
}

/** The agency a verified token speaks for: the issuer's only agency, or the one its agency claim names. */
function agencyOf(payload: JWTPayload, known: KnownIssuer): string | undefined {
  for (const [agencyId, agencyClaim] of known.agencies) {
    if (agencyClaim === undefined || claim(payload, agencyClaim) === agencyId) return agencyId;
  }
  return undefined;
}

/**
 * Verifies an official's access token: signature against the issuer's JWKS (fetched once, cached,
 * refetched when a token names a key it has not seen: key rotation), `iss` one of the agencies'
 * configured issuers, `aud` this service, `exp`/`nbf`. Throws a 401 ApiError naming the failure.
 * A genuine token of an agency that acts through other services (`servedElsewhere`: agency id → its
 * services) gets 403 AUTH.WRONG_SERVICE, as that agency's API key does.
 */
export function tokenVerifier(issuers: OidcIssuers, audience: string, servedElsewhere: Readonly<Record<string, readonly string[]>> = {}): TokenVerifier {
  const byIssuer = issuersByUrl(issuers);
  return async (token) => {
    const alg = headerAlg(token);
    if (alg === undefined || alg === 'none' || /^HS/i.test(alg)) throw tokenRefused('unsigned');
    let iss: unknown;
    try {
      iss = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')).iss;
    } catch {
      throw tokenRefused('invalid');
    }
    const known = typeof iss === 'string' ? byIssuer.get(iss) : undefined;
    if (!known) throw tokenRefused('wrong-issuer');
    try {
      const { payload } = await jwtVerify(token, known.jwks, { issuer: known.config.issuer, audience, algorithms: ALGORITHMS, requiredClaims: ['sub', 'exp'] });
      const agencyId = agencyOf(payload, known);
      if (agencyId === undefined) throw tokenRefused('wrong-agency');
      const elsewhere = servedElsewhere[agencyId];
      if (elsewhere) throw wrongService({ agencyId, services: elsewhere }, audience);
      const name = claim(payload, known.config.nameClaim);
      const position = claim(payload, known.config.positionClaim);
      return {
        agencyId,
        kind: 'person',
        issuer: known.config.issuer,
        subject: String(payload.sub),
        name: typeof name === 'string' && name.length > 0 ? name.slice(0, 200) : String(payload.sub),
        ...(typeof position === 'string' && position.length > 0 ? { position: position.slice(0, 300) } : {}),
        roles: rolesOf(payload, known.config),
      };
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw tokenRefused(failureOf(error));
    }
  };
}
