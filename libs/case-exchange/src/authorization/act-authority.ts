import type { CaseEventType } from '@sx/rules';

/**
 * What an official needs to take an act: `prepare` (a preparer or a signatory of the party agency)
 * or `decide` (a signatory of the agency whose role takes the step). Data, not code: the test checks it
 * covers every transition of R1, R2 and R3, so a new step cannot slip through unclassified.
 */
export type Authority = 'prepare' | 'decide';

/** Acts that are not a step of the procedure: the case file the sending body assembles before it submits. */
export type PreparingAct = 'open-case' | 'replace-candidate' | 'attach-document' | 'check-eligibility';

export type Act = PreparingAct | CaseEventType;

export const PREPARING_ACTS: Readonly<Record<PreparingAct, 'prepare'>> = {
  'open-case': 'prepare',
  'replace-candidate': 'prepare',
  'attach-document': 'prepare',
  'check-eligibility': 'prepare',
};

/**
 * Each step of the procedures. A step is a decision when the law names the head of a body (or the
 * official acting for them), the Head of the Presidential Administration or the Prime Minister as the
 * one who takes it; the interview, the transfer of the personal file and the KPI sheet are staff work.
 */
export const STEP_AUTHORITY: Readonly<Record<CaseEventType, Authority>> = {
  ProposalSubmitted: 'decide',
  CandidateInterviewed: 'prepare',
  ProposalAgreed: 'decide',
  ProposalRefused: 'decide',
  ProposalWithdrawn: 'decide',
  ApprovalRequested: 'decide',
  ApprovalGranted: 'decide',
  ApprovalDenied: 'decide',
  AppointmentDecided: 'decide',
  OrderIssued: 'decide',
  SenderOrderIssued: 'decide',
  PersonalFileTransferred: 'prepare',
  KpiApproved: 'decide',
  ExtensionConsented: 'decide',
  ExtensionDecided: 'decide',
  DisciplinaryOffenceFound: 'decide',
  DisciplinaryOffenceReported: 'decide',
  ReleaseNotified: 'decide',
  ReleaseDecided: 'decide',
  RecallDecided: 'decide',
  EarlyRecallDecided: 'decide',
  EarlyRecallProposed: 'decide',
  EarlyRecallConsented: 'decide',
  EarlyRecallDeclined: 'decide',
  AnotherCandidateRaised: 'decide',
  EarlyRecallNotified: 'decide',
  OverrideRecorded: 'decide',
};

export const authorityOf = (act: Act): Authority =>
  act in PREPARING_ACTS ? PREPARING_ACTS[act as PreparingAct] : STEP_AUTHORITY[act as CaseEventType];
