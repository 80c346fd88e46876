import { z } from 'zod';
import { CASE_EVENT_TYPES, procedureDefinition, RULE_SETS, type CaseEventType } from '@sx/rules';
import { defineMessage, type MessageDefinition } from './message-definition';
import { RuleSetSchema } from '../common/common.schema';
import { AgencyIdSchema, CaseIdSchema, SERVICE_NAMES, ServiceNameSchema, type ServiceName } from '../common/service-name.schema';
import { DocumentMetadataSchema } from '../common/document-metadata.schema';
import { rolesOf } from '../roles/service-roles';
import { RecordedBySchema } from '../identity/actor.schema';
import { caseEventText, CaseEventWireSchema } from './case-event-wire.schema';

export const PartyRefSchema = z
  .object({
    agencyId: AgencyIdSchema.describe('The party’s agency: an id of GET /agencies.'),
    service: ServiceNameSchema.describe('The service the agency acts through: its steps are taken and signed there, and case messages for it go to that service’s inbox.'),
  })
  .strict();
export type PartyRef = z.infer<typeof PartyRefSchema>;

export const PartiesSchema = z
  .object({
    sender: PartyRefSchema.describe('Who sends the candidate and opens the case: the MFA in R1, the sending state body in R2 and R3.'),
    receiver: PartyRefSchema.describe('The receiving state body or organization (R1 §3, R3 §3) or, in R2, the foreign institution (R2 §3).'),
    mfa: PartyRefSchema.optional().describe('R2 only: the MFA as the authorized body, which interviews the candidate and agrees or refuses (R2 §14).'),
    approver: PartyRefSchema.optional().describe(
      'The official whose agreement the secondment needs, once the route is known: the Head of the Presidential Administration or the Prime Minister (R1 §11, R3 §11), the President or by his authority the Head of the Presidential Administration (R2 §10, §17). It joins with the sender’s ApprovalRequested step; absent before that, and when no approval is needed (R2 §16).',
    ),
  })
  .strict();
export type Parties = z.infer<typeof PartiesSchema>;

const Sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** The package a record is about: which proposal, and each of its documents' SHA-256 by kind. */
export const PackageManifestSchema = z
  .object({
    proposal: z.number().int().positive().describe('Which candidate’s package: 1 for the first proposal, 2 for the first replacement candidate, and so on.'),
    documents: z.record(z.string().min(1).max(100), Sha256HexSchema).describe('Document kind → SHA-256 (lowercase hex) of the file, for every document of that package.'),
  })
  .strict();
export type PackageManifest = z.infer<typeof PackageManifestSchema>;

/**
 * One step of a case as every party records it: the rules' event, who took it, through which service,
 * and what it is about. The case, the rule set, the edition in force, the candidate and the package are
 * inside the hashed and signed content, so a record proves which case it belongs to and cannot be
 * replayed into another; `by` names the official (or system) who decided.
 */
export const EventRecordSchema = z
  .object({
    seq: z.number().int().positive().describe('The step’s number in the case, from 1, the same at every party; a party applies steps in this order.'),
    caseId: CaseIdSchema.describe('The case the step belongs to. Every record of a chain names the same case: a record re-sent under another case id is refused (CASE.RECORD_NOT_BOUND).'),
    ruleSet: RuleSetSchema.describe('The rules that govern the case (R1, R2 or R3), fixed by record 1.'),
    edition: z.string().min(1).max(200).describe('The edition of the rules in force for the case when the step was taken (the resolution that wrote its current text).'),
    candidateHash: Sha256HexSchema.describe('SHA-256 of the canonical JSON of the candidate as proposed (`fullName`, `position`, `factsHash`): the same as the record before unless this record is a new proposal (R1 §14, R2 §15, R3 §14).'),
    package: PackageManifestSchema.describe('The document package the step is about, as proposed: the same as the record before unless this record is a new proposal.'),
    event: CaseEventWireSchema.describe('The step as the rules define it: its `type`, who took it (`actor`), its legal date (`on`) and the fields of that type.'),
    agencyId: AgencyIdSchema.describe('The agency that took the step.'),
    service: ServiceNameSchema.describe('The service through which the agency took the step, and which signed it.'),
    by: RecordedBySchema.describe('Who decided: the official signed in through their agency’s identity provider (issuer, subject, name, position), or the agency’s IT system (its API client).'),
    at: z.iso.datetime().describe('When the service recorded the step (UTC instant). Deadlines count from the legal date `event.on`, not from this.'),
    /** The W3C trace id under which the step was taken, so every party's timeline links to one trace. */
    traceId: z.string().regex(/^[0-9a-f]{32}$/).optional().describe('The W3C trace id under which the step was taken, the same in every party’s timeline (GET /cases/{caseId}/traces).'),
  })
  .strict();
export type EventRecord = z.infer<typeof EventRecordSchema>;

/** The `prevHash` of a case's first record. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * A step as the case's audit chain holds it: the record, the hash of the record before it, its own
 * hash (SHA-256 of the canonical JSON of everything but `hash` and `signature`), and the Ed25519
 * signature over that hash by the service that recorded the step. Every party verifies the whole
 * chain it receives, so no service can put words into another party's mouth.
 */
export const SignedRecordSchema = EventRecordSchema.extend({
  prevHash: Sha256HexSchema.describe('The `hash` of the record before this one; 64 zeros for the case’s first record. Links the chain, so no step can be removed or reordered unnoticed.'),
  hash: Sha256HexSchema.describe('SHA-256 (lowercase hex) of the canonical JSON of this record without `hash` and `signature`.'),
  signature: z
    .object({
      keyId: z.string().min(1).max(200).describe('The signing key’s id, `<service>:<fingerprint>`: which public key (SX_PUBLIC_KEYS) verifies the signature.'),
      value: z.string().min(1).max(200).describe('The Ed25519 signature over `hash`, base64.'),
    })
    .strict()
    .describe('The recording service’s signature over `hash`: every party verifies it, so no service can put words into another party’s mouth.'),
}).strict();
export type SignedRecord = z.infer<typeof SignedRecordSchema>;

export const CaseDocumentSchema = DocumentMetadataSchema.extend({
  contentType: z.string().min(1).max(100).describe('The file’s media type as uploaded, e.g. `application/pdf`.'),
  /** Which candidate's package (1 for the first proposal, 2 for the first replacement …). */
  proposal: z.number().int().positive().describe('Which candidate’s package the document belongs to: 1 for the first proposal, 2 for the first replacement candidate (R1 §14, R2 §15, R3 §14), and so on.'),
}).strict();
export type CaseDocument = z.infer<typeof CaseDocumentSchema>;

export const FileContentSchema = z
  .object({
    sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the file (lowercase hex): the `sha256` of the document it is the content of; checked on receipt.'),
    contentBase64: z.string().describe('The file’s bytes, base64.'),
  })
  .strict();

/**
 * The payload of every case message. It carries the whole event log (a few dozen small records at
 * most), so a party that joins late — the approver — rebuilds the case from it, and a copy that
 * missed nothing applies only the last record. Files travel with the steps that hand over a package.
 */
export const CaseEventPayloadSchema = z
  .object({
    caseId: CaseIdSchema.describe('The case id, the same at every party.'),
    ruleSet: RuleSetSchema.describe('The rules that govern the case: R1 (MFA staff to state bodies and organizations), R2 (to foreign institutions) or R3 (civil servants to state bodies and organizations).'),
    reference: z.string().min(1).max(100).describe('The registration number of the sender’s reasoned letter proposing the candidate (R1 §12, R2 §13, R3 §12).'),
    parties: PartiesSchema.describe('Every party of the case: its agency and the service it acts through.'),
    candidate: z
      .object({
        fullName: z.string().min(1).max(200).describe('The candidate’s full name.'),
        position: z.string().min(1).max(300).describe('The position (staff unit) the candidate is proposed for at the receiver.'),
        factsHash: Sha256HexSchema.describe('SHA-256 of the canonical JSON of the eligibility facts the sender declared: the facts stay with the sender, the hash binds them into every record’s `candidateHash`.'),
      })
      .strict()
      .describe('The candidate of the latest proposal; the eligibility facts stay with the sender. Its hash must equal the `candidateHash` of the proposal record.'),
    documents: z.array(CaseDocumentSchema).max(100).describe('The package of documents so far (R1 §12, R2 §13, R3 §12): each with its kind, file name, SHA-256 and the proposal it belongs to.'),
    files: z.array(FileContentSchema).max(50).describe('The files this step hands over (a package travels with its letter); empty for other steps. Each must match a document’s `sha256`.'),
    /** The signed chain of every step so far; the last one is the step this message announces. */
    events: z.array(SignedRecordSchema).min(1).max(500).describe('The signed chain of every step so far; the last one is the step this message announces. A party that joins late (the approver) rebuilds the case from it.'),
  })
  .strict();
export type CaseEventPayload = z.infer<typeof CaseEventPayloadSchema>;

/** The services that may send an event of this type: those playing one of its actor roles. */
function sendersOf(type: CaseEventType): ServiceName[] {
  const roles = new Set(RULE_SETS.flatMap((rs) => procedureDefinition(rs).transitions.filter((e) => e.event === type).flatMap((e) => e.actors)));
  return SERVICE_NAMES.filter((s) => RULE_SETS.some((rs) => rolesOf(s, rs).some((r) => roles.has(r))));
}

/**
 * Version 3: every record binds its case, rule set, edition, candidate and package and names who
 * decided. Version 2 (records that named only the sealing service) and version 1 (unsigned) are no
 * longer accepted: a v2 message is dead-lettered as UNKNOWN_VERSION.
 */
export const CASE_EVENT_MESSAGE_VERSION = 3;

/** One message definition per case event type, all with the same payload. */
export const CASE_EVENT_MESSAGES: readonly MessageDefinition<CaseEventType, typeof CaseEventPayloadSchema>[] = CASE_EVENT_TYPES.filter(
  (t) => sendersOf(t).length > 0,
).map((type) =>
  defineMessage({ type, version: CASE_EVENT_MESSAGE_VERSION, payload: CaseEventPayloadSchema, from: sendersOf(type), to: [...SERVICE_NAMES], description: caseEventText(type) }),
);

export const caseEventMessage = (type: CaseEventType): MessageDefinition<CaseEventType, typeof CaseEventPayloadSchema> => {
  const def = CASE_EVENT_MESSAGES.find((d) => d.type === type);
  if (!def) throw new RangeError(`no message is defined for ${type}`);
  return def;
};


