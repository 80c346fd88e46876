import { z } from 'zod';
import { LegalDateStringSchema, LocalizedTextSchema, RuleSetSchema } from '../common/common.schema';
import { AgencyIdSchema, CaseIdSchema, ServiceNameSchema } from '../common/service-name.schema';
import { RecordedBySchema } from '../identity/actor.schema';

/**
 * What a service pushes to an agency's system (Standard Webhooks: the body is `{ type, timestamp, data }`,
 * the `webhook-id` header is the event's `id`, stable across redeliveries so receivers can deduplicate).
 */
export const WEBHOOK_EVENT_TYPES = ['case.step', 'obligation.due', 'obligation.reminder'] as const;
export const WebhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES).describe('The kind of event.');
export type WebhookEventType = z.infer<typeof WebhookEventTypeSchema>;

const TraceIdSchema = z.string().regex(/^[0-9a-f]{32}$/).describe('W3C trace id of the step, to find it in the case trace.');

/** A step recorded on a case this agency is a party to. */
export const CaseStepEventDataSchema = z
  .object({
    caseId: CaseIdSchema.describe('The case the step was taken on.'),
    ruleSet: RuleSetSchema.describe('The rules that govern the case (R1, R2 or R3).'),
    seq: z.number().int().positive().describe('The step number; deliveries of one case are sent in this order.'),
    event: z.string().min(1).describe("The rules' event type, e.g. ProposalAgreed."),
    agencyId: AgencyIdSchema.describe('The agency that took the step.'),
    by: RecordedBySchema.describe('Who decided, as the signed record names them: the official (issuer, subject, name, position) or the agency’s system (its API client).'),
    service: ServiceNameSchema.describe('The service that recorded the step.'),
    at: z.iso.datetime().describe('When the step was recorded.'),
    status: z.string().min(1).describe('The case status after the step.'),
    traceId: TraceIdSchema.optional(),
  })
  .strict();

/** An obligation of this agency: due (`obligation.due`) or due in a few working days (`obligation.reminder`). */
export const ObligationEventDataSchema = z
  .object({
    obligationId: z.string().min(1).describe('Stable id of the obligation within the case, e.g. R3.receiver-decision.'),
    caseId: CaseIdSchema.describe('The case the obligation belongs to.'),
    ruleSet: RuleSetSchema.describe('The rules that govern the case (R1, R2 or R3); `cite` names the paragraph.'),
    seq: z.number().int().nonnegative().describe('The case step at which the obligation was read.'),
    owedBy: AgencyIdSchema.describe('The agency that owes it (the subscriber).'),
    due: LegalDateStringSchema.describe('The last day to act (Asia/Almaty).'),
    workingDaysLeft: z.number().int().describe('Working days from today to the due date; 0 on the day, negative once missed.'),
    cite: z.string().min(1).describe('The paragraph that sets the obligation, e.g. R3 §10(4).'),
    text: LocalizedTextSchema.describe('What is owed, in kk, ru and en.'),
  })
  .strict();

const TimestampSchema = z.iso.datetime().describe('When the event happened (UTC instant): when the step was recorded, or when the service found the obligation due or coming due.');

/** One kind of event: its `type`, when it happened, and its data. */
const eventOf = <T extends WebhookEventType, D extends z.ZodType>(type: T, meaning: string, data: D) =>
  z.object({ type: z.literal(type).describe(meaning), timestamp: TimestampSchema, data }).strict();

export const WebhookEventSchema = z.discriminatedUnion('type', [
  eventOf('case.step', 'A step was recorded on a case your agency is a party to.', CaseStepEventDataSchema.describe('The step.')),
  eventOf('obligation.due', 'An obligation your agency owes is due today.', ObligationEventDataSchema.describe('The obligation that is due.')),
  eventOf(
    'obligation.reminder',
    'An obligation your agency owes falls due in `workingDaysLeft` working days (one of the subscription’s reminder days).',
    ObligationEventDataSchema.describe('The obligation coming due.'),
  ),
]);
export type WebhookEvent = z.infer<typeof WebhookEventSchema>;
