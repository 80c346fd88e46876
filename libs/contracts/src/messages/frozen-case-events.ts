import { z } from 'zod';
import { CaseEventSchema } from '@sx/rules';
import { CaseEventPayloadSchema } from './case-event.schema';
import { StepReceiptSchema } from './step-receipt.schema';

const toJson = (schema: z.ZodType): unknown => JSON.parse(JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })));

/** A JSON Schema without its `description`s: what is left is what a message must be. */
export const withoutDescriptions = (schema: unknown): unknown =>
  JSON.parse(JSON.stringify(schema), (key, value: unknown) => (key === 'description' ? undefined : value));

/** The rules' events as JSON Schema: what a step's `event` must be. */
export const caseEventsJsonSchema = (): unknown => toJson(CaseEventSchema);

/**
 * The wire contract a message version freezes: the rules' events, the case message payload (with its
 * signed records: what each binds and who decided) and the step receipt, descriptions left out.
 * `case-events.v<N>.frozen.json` is that contract for the current version (CASE_EVENT_MESSAGE_VERSION),
 * written by `npx tsx libs/contracts/scripts/write-catalog.ts --freeze` only when a new version is added.
 */
export const wireContractJsonSchema = (): unknown => ({
  events: caseEventsJsonSchema(),
  payload: withoutDescriptions(toJson(CaseEventPayloadSchema)),
  stepReceipt: withoutDescriptions(toJson(StepReceiptSchema)),
});
