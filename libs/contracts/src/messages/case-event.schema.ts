import { z } from 'zod';
import { CASE_EVENT_TYPES, CaseEventSchema, procedureDefinition, RULE_SETS, type CaseEventType } from '@sx/rules';
import { defineMessage, type MessageDefinition } from '../catalog/message-definition';
import { RuleSetSchema } from '../common/common.schema';
import { AgencyIdSchema, CaseIdSchema, SERVICE_NAMES, ServiceNameSchema, type ServiceName } from '../common/service-name.schema';
import { DocumentMetadataSchema } from '../common/document-metadata.schema';
import { rolesOf } from '../roles/service-roles';

export const PartyRefSchema = z.object({ agencyId: AgencyIdSchema, service: ServiceNameSchema }).strict();
export type PartyRef = z.infer<typeof PartyRefSchema>;

export const PartiesSchema = z
  .object({ sender: PartyRefSchema, receiver: PartyRefSchema, mfa: PartyRefSchema.optional(), approver: PartyRefSchema.optional() })
  .strict();
export type Parties = z.infer<typeof PartiesSchema>;

/** One step of a case as every party records it: the rules' event, who took it, through which service. */
export const EventRecordSchema = z
  .object({
    seq: z.number().int().positive(),
    event: CaseEventSchema,
    agencyId: AgencyIdSchema,
    service: ServiceNameSchema,
    at: z.iso.datetime(),
    /** The W3C trace id under which the step was taken, so every party's timeline links to one trace. */
    traceId: z.string().regex(/^[0-9a-f]{32}$/).optional(),
  })
  .strict();
export type EventRecord = z.infer<typeof EventRecordSchema>;

const Sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** The `prevHash` of a case's first record. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * A step as the case's audit chain holds it: the record, the hash of the record before it, its own
 * hash (SHA-256 of the canonical JSON of everything but `hash` and `signature`), and the Ed25519
 * signature over that hash by the service that recorded the step. Every party verifies the whole
 * chain it receives, so no service can put words into another party's mouth.
 */
export const SignedRecordSchema = EventRecordSchema.extend({
  prevHash: Sha256HexSchema,
  hash: Sha256HexSchema,
  signature: z.object({ keyId: z.string().min(1).max(200), value: z.string().min(1).max(200) }).strict(),
}).strict();
export type SignedRecord = z.infer<typeof SignedRecordSchema>;

export const CaseDocumentSchema = DocumentMetadataSchema.extend({
  contentType: z.string().min(1).max(100),
  /** Which candidate's package (1 for the first proposal, 2 for the first replacement …). */
  proposal: z.number().int().positive(),
}).strict();
export type CaseDocument = z.infer<typeof CaseDocumentSchema>;

export const FileContentSchema = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), contentBase64: z.string() }).strict();

/**
 * The payload of every case message. It carries the whole event log (a few dozen small records at
 * most), so a party that joins late — the approver — rebuilds the case from it, and a copy that
 * missed nothing applies only the last record. Files travel with the steps that hand over a package.
 */
export const CaseEventPayloadSchema = z
  .object({
    caseId: CaseIdSchema,
    ruleSet: RuleSetSchema,
    reference: z.string().min(1).max(100),
    parties: PartiesSchema,
    candidate: z.object({ fullName: z.string().min(1).max(200), position: z.string().min(1).max(300) }).strict(),
    documents: z.array(CaseDocumentSchema).max(100),
    files: z.array(FileContentSchema).max(50),
    /** The signed chain of every step so far; the last one is the step this message announces. */
    events: z.array(SignedRecordSchema).min(1).max(500),
  })
  .strict();
export type CaseEventPayload = z.infer<typeof CaseEventPayloadSchema>;

/** The services that may send an event of this type: those playing one of its actor roles. */
function sendersOf(type: CaseEventType): ServiceName[] {
  const roles = new Set(RULE_SETS.flatMap((rs) => procedureDefinition(rs).transitions.filter((e) => e.event === type).flatMap((e) => e.actors)));
  return SERVICE_NAMES.filter((s) => RULE_SETS.some((rs) => rolesOf(s, rs).some((r) => roles.has(r))));
}

const describe = (type: CaseEventType): string => {
  const steps = RULE_SETS.flatMap((rs) => procedureDefinition(rs).transitions.filter((e) => e.event === type).map((e) => `${e.cite} (${e.actors.join('/')}): ${e.text.en}`));
  return steps.length > 0 ? steps.join('; ') : type;
};

/**
 * Version 2: the payload's log is the signed audit chain (version 1 carried unsigned records and is
 * no longer accepted: a party must be able to verify every step it is told of).
 */
export const CASE_EVENT_MESSAGE_VERSION = 2;

/** One message definition per case event type, all with the same payload. */
export const CASE_EVENT_MESSAGES: readonly MessageDefinition<CaseEventType, typeof CaseEventPayloadSchema>[] = CASE_EVENT_TYPES.filter(
  (t) => sendersOf(t).length > 0,
).map((type) =>
  defineMessage({ type, version: CASE_EVENT_MESSAGE_VERSION, payload: CaseEventPayloadSchema, from: sendersOf(type), to: [...SERVICE_NAMES], description: describe(type) }),
);

export const caseEventMessage = (type: CaseEventType): MessageDefinition<CaseEventType, typeof CaseEventPayloadSchema> => {
  const def = CASE_EVENT_MESSAGES.find((d) => d.type === type);
  if (!def) throw new RangeError(`no message is defined for ${type}`);
  return def;
};


