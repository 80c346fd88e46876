import type { Cite } from '../common/citation';
import type { PartyRole } from '../deadlines/party-role';
import type { CaseEvent } from './events.schema';

/** What the services turn into AMQP messages. Types follow the event that caused them. */
export type MessageType =
  | 'ProposalSubmitted'
  | 'CandidateInterviewed'
  | 'ProposalAgreed'
  | 'ProposalRefused'
  | 'ProposalWithdrawn'
  | 'ApprovalRequested'
  | 'ApprovalGranted'
  | 'ApprovalDenied'
  | 'AppointmentDecided'
  | 'OrderIssued'
  | 'SenderOrderIssued'
  | 'PersonalFileTransferred'
  | 'KpiApproved'
  | 'ExtensionConsented'
  | 'ExtensionDecided'
  | 'DisciplinaryOffenceReported'
  | 'ReleaseNotified'
  | 'ReleaseDecided'
  | 'RecallDecided'
  | 'EarlyRecallNotified'
  | 'OverrideRecorded';

export interface MessageIntent {
  readonly type: MessageType;
  readonly to: readonly PartyRole[];
  readonly cite: Cite;
  /** The event that caused it, so the message can carry its dates. */
  readonly event: CaseEvent;
}
