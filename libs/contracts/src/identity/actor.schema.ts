import { z } from 'zod';
import { AgencyIdSchema } from '../common/service-name.schema';

/**
 * Who is acting, as the edge established it: an official signed in through their agency's OpenID
 * Connect provider (`person`), or an agency's IT system with an API key (`system`). Both credential
 * paths produce this one shape; use cases never see a token or a key.
 */
export const ActorSchema = z
  .object({
    agencyId: AgencyIdSchema.describe('The agency the actor acts for.'),
    kind: z.enum(['person', 'system']).describe('`person`: an official signed in through OpenID Connect; `system`: an agency IT system with an API key.'),
    /** The token's issuer (persons only). */
    issuer: z.string().min(1).max(500).optional().describe('The identity provider that vouched for the official (the token’s `iss`); absent for systems.'),
    subject: z.string().min(1).max(200).describe('The official’s stable id at the issuer (`sub`), or the system’s API client id.'),
    name: z.string().min(1).max(200).describe('The official’s display name, or the API client’s name.'),
    position: z.string().min(1).max(300).optional().describe('The official’s position, as the identity provider states it.'),
    roles: z.array(z.string().min(1).max(100)).max(50).describe('What the actor may do in its agency: `preparer`, `signatory` (persons); `system` (API clients).'),
  })
  .strict();
export type Actor = z.infer<typeof ActorSchema>;

/**
 * The deciding official or system as a signed record names it: inside the hashed and signed content,
 * so the chain is evidence against a decision-maker, not only an agency.
 */
export const RecordedBySchema = z
  .object({
    kind: z.enum(['person', 'system']).describe('`person`: an official; `system`: an agency IT system (API client).'),
    issuer: z.string().min(1).max(500).optional().describe('The identity provider that authenticated the official (`iss`); absent for systems.'),
    subject: z.string().min(1).max(200).describe('The official’s id at the issuer (`sub`), or the API client id.'),
    name: z.string().min(1).max(200).describe('The official’s display name, or the API client’s name.'),
    position: z.string().min(1).max(300).optional().describe('The official’s position when they acted.'),
  })
  .strict();
export type RecordedBy = z.infer<typeof RecordedBySchema>;

export const recordedByOf = (actor: Actor): RecordedBy => ({
  kind: actor.kind,
  ...(actor.issuer ? { issuer: actor.issuer } : {}),
  subject: actor.subject,
  name: actor.name,
  ...(actor.position ? { position: actor.position } : {}),
});

/** A service acting on its own account (the sweeper recording a missed deadline): no person decided. */
export const serviceActor = (agencyId: string, service: string): Actor => ({ agencyId, kind: 'system', subject: `service:${service}`, name: service, roles: ['system'] });
