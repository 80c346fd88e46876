import { z } from 'zod';
import { CaseEventWireSchema } from '@sx/contracts';
import { LegalDateSchema, PartyRoleSchema } from '@sx/rules';

type EventObject = z.ZodObject<z.ZodRawShape>;

// Every step but the proposal itself (which has its own route with the eligibility and package
// checks). The service fills in `actor` from the caller's role; `on` defaults to today. The events
// come from the contract's described copy, so each field says what it means in the documents.
const stepSchemas = (CaseEventWireSchema.options as readonly EventObject[])
  .filter((o) => (o.shape['type'] as z.ZodLiteral<string>).value !== 'ProposalSubmitted')
  .map((o) =>
    o
      .omit({ actor: true, on: true })
      .extend({
        on: LegalDateSchema.optional().describe(
          'The legal date of the step (YYYY-MM-DD in Asia/Almaty): the date of the letter, decision or order; default today. Not in the future, nor before the case’s last step. A period the step opens counts from the next day.',
        ),
        as: PartyRoleSchema.optional().describe('The role you act in, when your agency holds more than one in this case; default your first role. A role you do not hold is refused (403).'),
      })
      .strict(),
  );

export const ActOnCaseBodySchema = z.discriminatedUnion('type', stepSchemas as unknown as [EventObject, ...EventObject[]]);

/** A step as the API receives it: the event's own fields, plus `on` and `as`. */
export type ActOnCaseBody = { readonly type: string; readonly on?: string; readonly as?: z.infer<typeof PartyRoleSchema> } & Record<string, unknown>;
