import { z } from 'zod';
import { CaseEventSchema, LegalDateSchema, PartyRoleSchema } from '@sx/rules';

type EventObject = z.ZodObject<z.ZodRawShape>;

// Every step but the proposal itself (which has its own route with the eligibility and package
// checks). The service fills in `actor` from the caller's role; `on` defaults to today.
const stepSchemas = (CaseEventSchema.options as readonly EventObject[])
  .filter((o) => (o.shape['type'] as z.ZodLiteral<string>).value !== 'ProposalSubmitted')
  .map((o) => o.omit({ actor: true, on: true }).extend({ on: LegalDateSchema.optional(), as: PartyRoleSchema.optional() }).strict());

export const ActOnCaseBodySchema = z.discriminatedUnion('type', stepSchemas as unknown as [EventObject, ...EventObject[]]);

/** A step as the API receives it: the event's own fields, plus `on` and `as`. */
export type ActOnCaseBody = { readonly type: string; readonly on?: string; readonly as?: z.infer<typeof PartyRoleSchema> } & Record<string, unknown>;
