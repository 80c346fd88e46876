import { z } from 'zod';

/**
 * How one agency's identity provider vouches for its officials: its issuer URL (the JWKS is found at
 * `jwksUri`, or `<issuer>/jwks` as oidc-provider serves it), and the claim and values that say who
 * prepares and who signs. Keycloak, Entra ID and the national e-government IdP differ only here.
 */
export const OidcIssuerSchema = z.strictObject({
  issuer: z.url(),
  jwksUri: z.url().optional(),
  /** The claim carrying the official's roles (`roles`, `groups`, Keycloak's `realm_access.roles` as a dotted path). */
  roleClaim: z.string().min(1).default('roles'),
  /** The claim values that make a preparer or a signatory. */
  roleValues: z.strictObject({ preparer: z.array(z.string().min(1)).min(1), signatory: z.array(z.string().min(1)).min(1) }),
  nameClaim: z.string().min(1).default('name'),
  positionClaim: z.string().min(1).default('position'),
  /**
   * The claim naming the official's agency. Required when one provider serves several agencies (the
   * national e-government IdP, the local dev provider): the issuer alone then does not say who speaks.
   */
  agencyClaim: z.string().min(1).optional(),
});
export type OidcIssuer = z.infer<typeof OidcIssuerSchema>;

/**
 * agencyId → its provider. An issuer serving one agency says by itself which agency speaks; agencies
 * sharing an issuer must each name its `agencyClaim`, and a token speaks for the agency that claim names.
 */
export const OidcIssuersSchema = z.record(z.string().min(1), OidcIssuerSchema);
export type OidcIssuers = z.infer<typeof OidcIssuersSchema>;
