import { z } from 'zod';
import { ServiceNameSchema } from '@sx/contracts';
import { OidcIssuerSchema } from '@sx/http-kit';
import { OrganizationSchema } from '@sx/rules';

/**
 * An agency that takes part in secondments: an organization of the kinds the rules distinguish, and
 * the service through which it acts (a state body sends through `sending-body` and receives through
 * `receiving-body`; the MFA, the PA and the PM have services of their own), and the identity
 * provider that vouches for its officials: issuer, the claim and values of its roles, and, where one
 * provider serves several agencies, the claim naming the agency. `DEV_PLACEHOLDER_ISSUER` stands for
 * the local provider (runtime/official-tokens.ts).
 */
export const AgencySchema = OrganizationSchema.extend({
  services: z.array(ServiceNameSchema).min(1),
  identityProvider: OidcIssuerSchema,
}).strict();
export type Agency = z.infer<typeof AgencySchema>;

export const AgencyListSchema = z
  .array(AgencySchema)
  .min(1)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    for (const [i, a] of list.entries()) {
      if (seen.has(a.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate agency id ${a.id}` });
      seen.add(a.id);
    }
  });
