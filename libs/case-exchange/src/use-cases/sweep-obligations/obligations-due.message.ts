import { z } from 'zod';
import { CaseIdSchema, defineMessage, SERVICE_NAMES } from '@sx/contracts';

/** Cases one message hands over: a day with thousands of due obligations is a few dozen messages. */
export const DUE_CASES_PER_MESSAGE = 50;

const DueObligationSchema = z
  .object({
    key: z.string().min(1).max(200).describe('The obligation as the case stores it (`R3~receiver-decision`).'),
    due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().describe('Its due date when indexed; null while the calendar cannot give it yet.'),
    rev: z.number().int().min(0).optional().describe('The case’s log length once the change that opened it is appended: a case read shorter has not seen it yet.'),
  })
  .strict();

/**
 * A service's note to itself, from its sweeper to its workers: these cases have obligations that
 * came due. The sweeper only finds them (its cost is the due-date index) and hands them over in a
 * few confirmed publishes; whichever replica takes a message records the missed deadlines, so the
 * work spreads over the replicas and survives a crash (an unacknowledged message is redelivered).
 */
export const ObligationsDueNotice = defineMessage({
  type: 'ObligationsDue',
  version: 1,
  from: SERVICE_NAMES,
  to: SERVICE_NAMES,
  description: 'Local only (a service to itself): cases whose obligations came due, for the workers that record each missed deadline (DEADLINE.MISSED) in the case log.',
  payload: z
    .object({
      cases: z
        .array(
          z
            .object({
              caseId: CaseIdSchema.describe('A case with at least one obligation due before today.'),
              attention: z.array(DueObligationSchema).max(100).describe('Its marks on the attention list (undated or indexed late), dropped once settled.'),
            })
            .strict(),
        )
        .min(1)
        .max(DUE_CASES_PER_MESSAGE)
        .describe('The cases to sweep, each at most once per message.'),
    })
    .strict(),
});
export type ObligationsDuePayload = z.infer<typeof ObligationsDueNotice.payload>;
