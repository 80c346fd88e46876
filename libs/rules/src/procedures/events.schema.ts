import { z } from 'zod';
import { LegalDateSchema } from '../common/legal-date';
import { LegalBasisSchema } from '../deadlines/legal-basis';
import { OVERRIDE_TARGETS } from '../deadlines/override-clauses';
import { PartyRoleSchema } from '../deadlines/party-role';
import { OrganizationKindSchema } from '../organizations';
import { PeriodSchema } from '../parameters/period';
import { ApprovingAuthoritySchema } from '../routing/approval-route';

// Every event names who acts and the legal date it happened. Where the law counts from receipt
// (a letter, a copy of a document), `receivedOn` is the day the other side received it; it
// defaults to `on` because the exchange is electronic.
const base = { actor: PartyRoleSchema, on: LegalDateSchema };
const received = { receivedOn: LegalDateSchema.optional() };
const ev = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...base, ...shape }).strict();

export const ProposalSubmittedSchema = ev('ProposalSubmitted', {
  ...received,
  receiverKind: OrganizationKindSchema,
  candidateIsPresidentialAdministrationServant: z.boolean().optional(),
});
export const CandidateInterviewedSchema = ev('CandidateInterviewed', {});
export const ProposalAgreedSchema = ev('ProposalAgreed', { ...received });
export const ProposalRefusedSchema = ev('ProposalRefused', { ...received, reason: z.string().optional() });
export const ProposalWithdrawnSchema = ev('ProposalWithdrawn', {});
export const ApprovalRequestedSchema = ev('ApprovalRequested', {});
export const ApprovalGrantedSchema = ev('ApprovalGranted', { ...received });
export const ApprovalDeniedSchema = ev('ApprovalDenied', {});
export const AppointmentDecidedSchema = ev('AppointmentDecided', { ...received, startsOn: LegalDateSchema });
export const OrderIssuedSchema = ev('OrderIssued', { effectiveFrom: LegalDateSchema });
export const SenderOrderIssuedSchema = ev('SenderOrderIssued', { dispatchedOn: LegalDateSchema });
export const PersonalFileTransferredSchema = ev('PersonalFileTransferred', {});
export const KpiApprovedSchema = ev('KpiApproved', {});
/** §8: the receiver (R1, R3) or the MFA (R2) consents, through its own service, to extending the term to `newTermEndsOn`. */
export const ExtensionConsentedSchema = ev('ExtensionConsented', { newTermEndsOn: LegalDateSchema });
export const ExtensionDecidedSchema = ev('ExtensionDecided', {
  newTermEndsOn: LegalDateSchema,
  /**
   * The parties whose written consent the decider records: the seconded person, who has no service
   * of their own. The receiver's (R1/R3) or the MFA's (R2) consent counts only as its own
   * `ExtensionConsented` step for the same `newTermEndsOn`; naming it here proves nothing.
   */
  consentsOf: z.array(PartyRoleSchema),
});
/** `on` is the day the offence was committed or discovered (§9). */
export const DisciplinaryOffenceFoundSchema = ev('DisciplinaryOffenceFound', {});
export const DisciplinaryOffenceReportedSchema = ev('DisciplinaryOffenceReported', { offenceOn: LegalDateSchema });
export const ReleaseNotifiedSchema = ev('ReleaseNotified', { ...received, releaseOn: LegalDateSchema });
export const ReleaseDecidedSchema = ev('ReleaseDecided', {});
export const RecallDecidedSchema = ev('RecallDecided', {});
export const EarlyRecallDecidedSchema = ev('EarlyRecallDecided', { ground: z.number().int().min(1).max(6) });
/**
 * R1/R3 §18(2), R2 §20(2): either party of the joint written decision (the sender and the receiver,
 * in R2 the sender and the MFA) proposes ending the secondment by it.
 */
export const EarlyRecallProposedSchema = ev('EarlyRecallProposed', {});
/** R1/R3 §18(2), R2 §20(2): the other party signs the joint decision through its own service, on `on`. */
export const EarlyRecallConsentedSchema = ev('EarlyRecallConsented', {});
/** R1/R3 §18(2), R2 §20(2): the other party declines the proposed joint decision; either may propose again. */
export const EarlyRecallDeclinedSchema = ev('EarlyRecallDeclined', { reason: z.string().optional() });
/** R3 §14: after the receiver's refusal an interested party (the sending body or the receiver) raises another candidate. */
export const AnotherCandidateRaisedSchema = ev('AnotherCandidateRaised', {});
export const EarlyRecallNotifiedSchema = ev('EarlyRecallNotified', {});
export const OverrideRecordedSchema = ev('OverrideRecorded', {
  target: z.enum(OVERRIDE_TARGETS),
  basis: LegalBasisSchema,
  value: z.union([PeriodSchema, z.object({ authority: ApprovingAuthoritySchema }).strict()]),
});

export const CaseEventSchema = z.discriminatedUnion('type', [
  ProposalSubmittedSchema,
  CandidateInterviewedSchema,
  ProposalAgreedSchema,
  ProposalRefusedSchema,
  ProposalWithdrawnSchema,
  AnotherCandidateRaisedSchema,
  ApprovalRequestedSchema,
  ApprovalGrantedSchema,
  ApprovalDeniedSchema,
  AppointmentDecidedSchema,
  OrderIssuedSchema,
  SenderOrderIssuedSchema,
  PersonalFileTransferredSchema,
  KpiApprovedSchema,
  ExtensionConsentedSchema,
  ExtensionDecidedSchema,
  DisciplinaryOffenceFoundSchema,
  DisciplinaryOffenceReportedSchema,
  ReleaseNotifiedSchema,
  ReleaseDecidedSchema,
  RecallDecidedSchema,
  EarlyRecallProposedSchema,
  EarlyRecallConsentedSchema,
  EarlyRecallDeclinedSchema,
  EarlyRecallDecidedSchema,
  EarlyRecallNotifiedSchema,
  OverrideRecordedSchema,
]);
export type CaseEvent = z.infer<typeof CaseEventSchema>;
export type CaseEventType = CaseEvent['type'];
export type EventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;
export const CASE_EVENT_TYPES: readonly CaseEventType[] = CaseEventSchema.options.map((o) => o.shape.type.value);
