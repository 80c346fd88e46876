import { z } from 'zod';

// What the console reads of the API: only the fields it shows (unknown ones are dropped, so a newer
// service never breaks an older console). The server's own schemas are in libs/case-exchange/src/http.
export const LocalizedSchema = z.object({ kk: z.string(), ru: z.string(), en: z.string() });
export type Localized = z.infer<typeof LocalizedSchema>;

const PartyRefSchema = z.object({ agencyId: z.string(), service: z.string().optional() });
export const RoleSchema = z.enum(['sender', 'receiver', 'mfa', 'approver']);
export type Role = z.infer<typeof RoleSchema>;

export const ObligationSchema = z.object({
  id: z.string(),
  actor: z.string(),
  action: z.string(),
  due: z.string().nullable(),
  cite: z.string(),
  text: LocalizedSchema,
  openedOn: z.string(),
  overdue: z.boolean(),
  workingDaysLeft: z.number().nullable(),
});
export type Obligation = z.infer<typeof ObligationSchema>;

export const EventRecordSchema = z.object({
  seq: z.number(),
  event: z.looseObject({ type: z.string(), actor: z.string(), on: z.string() }),
  agencyId: z.string(),
  service: z.string(),
  at: z.string(),
});
export type EventRecord = z.infer<typeof EventRecordSchema>;

export const CaseDocumentSchema = z.object({
  kind: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  size: z.number().optional(),
  contentType: z.string(),
  proposal: z.number(),
});

export const CaseSchema = z.object({
  caseId: z.string(),
  version: z.number(),
  ruleSet: z.enum(['R1', 'R2', 'R3']),
  reference: z.string(),
  status: z.string(),
  yourRoles: z.array(z.string()),
  parties: z.object({ sender: PartyRefSchema, receiver: PartyRefSchema, mfa: PartyRefSchema.optional(), approver: PartyRefSchema.optional() }),
  candidate: z.object({ fullName: z.string(), position: z.string() }),
  documents: z.array(CaseDocumentSchema),
  obligations: z.array(ObligationSchema),
  nextDue: z.string().nullable(),
  events: z.array(EventRecordSchema),
  updatedAt: z.string(),
});
export type Case = z.infer<typeof CaseSchema>;

export const CaseListSchema = z.object({ items: z.array(CaseSchema), nextCursor: z.string().nullable() });
export type CaseList = z.infer<typeof CaseListSchema>;

export const TimelineEntrySchema = z.object({
  at: z.string(),
  event: z.string(),
  actor: z.string().optional(),
  cite: z.string().optional(),
  messageId: z.string().optional(),
  traceId: z.string().optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
export const TimelineSchema = z.object({ caseId: z.string(), service: z.string(), entries: z.array(TimelineEntrySchema) });

export const ConditionStatusSchema = z.enum(['passed', 'failed', 'notApplicable', 'declared', 'unknown']);
export type ConditionStatus = z.infer<typeof ConditionStatusSchema>;
export const ConditionRowSchema = z.object({
  group: z.enum(['eligibility', 'package']),
  cite: z.string(),
  code: z.string(),
  status: ConditionStatusSchema,
  source: z.enum(['verified', 'senderDeclaration']),
  requirement: LocalizedSchema,
  violation: LocalizedSchema.optional(),
});
export type ConditionRow = z.infer<typeof ConditionRowSchema>;
export const EligibilitySchema = z.object({
  caseId: z.string(),
  asOf: z.string(),
  declaration: z.object({ seq: z.number(), agencyId: z.string(), service: z.string(), on: z.string() }).nullable(),
  conditions: z.array(ConditionRowSchema),
});
export type Eligibility = z.infer<typeof EligibilitySchema>;

/** The case's signed chain as the service exports it, with the service's own verdict on it. */
export const AuditSchema = z.object({
  exportedBy: z.string(),
  records: z.array(z.object({ seq: z.number(), hash: z.string(), agencyId: z.string(), service: z.string() })),
  verification: z.object({ ok: z.boolean(), code: z.string().optional(), seq: z.number().optional(), message: z.string().optional() }),
});
export type Audit = z.infer<typeof AuditSchema>;

export const TraceSpanSchema = z.object({
  traceId: z.string(),
  spanId: z.string(),
  parentSpanId: z.string().optional(),
  links: z.array(z.object({ traceId: z.string(), spanId: z.string() })),
  name: z.string(),
  service: z.string(),
  kind: z.string().optional(),
  startUs: z.number(),
  durationUs: z.number(),
  error: z.boolean(),
});
export type TraceSpan = z.infer<typeof TraceSpanSchema>;
export const CaseTracesSchema = z.object({ caseId: z.string(), traceIds: z.array(z.string()), spans: z.array(TraceSpanSchema), missing: z.array(z.string()) });
export type CaseTraces = z.infer<typeof CaseTracesSchema>;

export const DownloadSchema = z.object({ sha256: z.string(), fileName: z.string(), contentType: z.string(), contentBase64: z.string() });
export const ServiceInfoSchema = z.object({ service: z.string() });

export const ErrorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string(), cite: z.string().optional(), text: LocalizedSchema }) });
