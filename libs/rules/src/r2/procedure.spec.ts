import { assertScenario, ev } from '../rule-sets/case-walk.fixture';

// A civil servant to an embassy in 2025: three months ending on a 31st, Kurban Ait (Friday 6 June),
// the day off for 6 July and for 30 August, and an early recall across New Year 2026.
describe('R2 procedure, embassy, with the KPI month and an early recall', () => {
  assertScenario('R2', [
    {
      says: 'R2 §14: a letter received on Friday 31 January 2025 needs the interview by Friday 21 February 2025 and the decision by Wednesday 30 April 2025 (no 31 April)',
      event: ev('ProposalSubmitted', 'sender', '2025-01-31', { receiverKind: 'foreign-institution' }),
      status: 'proposal-under-review',
      opens: { 'R2.mfa-interview': '2025-02-21', 'R2.mfa-decision': '2025-04-30' },
      emits: [['ProposalSubmitted', ['mfa']]],
    },
    { says: 'R2 §14: interviewed on Tuesday 18 February 2025', event: ev('CandidateInterviewed', 'mfa', '2025-02-18'), status: 'proposal-under-review', closes: ['R2.mfa-interview'] },
    {
      says: 'R2 §16: agreed late on Wednesday 4 June 2025, the letter to the Presidential Administration is due Tuesday 10 June 2025 (Kurban Ait on Friday 6 June)',
      event: ev('ProposalAgreed', 'mfa', '2025-06-04'),
      status: 'proposal-agreed',
      opens: { 'R2.approval-request': '2025-06-10' },
      closes: ['R2.mfa-decision'],
      late: ['R2.mfa-decision'],
    },
    { says: 'R2 §16: the letter is sent', event: ev('ApprovalRequested', 'sender', '2025-06-10'), status: 'awaiting-approval', closes: ['R2.approval-request'] },
    {
      says: 'R2 §18: approved on Friday 4 July 2025, the MFA order is due Thursday 10 July 2025 (Monday 7 July is off)',
      event: ev('ApprovalGranted', 'approver', '2025-07-04'),
      status: 'awaiting-order',
      opens: { 'R2.order': '2025-07-10' },
      emits: [['ApprovalGranted', ['sender', 'mfa']]],
    },
    { says: 'R2 §18: the MFA appoints from 1 August 2025', event: ev('OrderIssued', 'mfa', '2025-07-09', { effectiveFrom: '2025-08-01' }), status: 'awaiting-sender-order', closes: ['R2.order'], emits: [['OrderIssued', ['sender', 'seconded-person']]] },
    {
      says: 'R2 §12, §19: dispatched on Thursday 31 July 2025, the KPIs are due Tuesday 2 September 2025 (31 August is a Sunday, 1 September the day off for 30 August)',
      event: ev('SenderOrderIssued', 'sender', '2025-07-11', { dispatchedOn: '2025-07-31' }),
      status: 'active',
      opens: { 'R2.kpi': '2025-09-02', 'R2.release-notice': null },
      emits: [['SenderOrderIssued', ['mfa', 'seconded-person']]],
    },
    { says: 'R2 §12: KPIs approved in time', event: ev('KpiApproved', 'sender', '2025-09-01'), status: 'active', closes: ['R2.kpi'], emits: [['KpiApproved', ['mfa', 'seconded-person']]] },
    { says: 'R2 §9: an offence found by the MFA on Monday 15 December 2025 must reach the sending body by Tuesday 23 December 2025 (16 December is a holiday)', event: ev('DisciplinaryOffenceFound', 'mfa', '2025-12-15'), status: 'active', opens: { 'R2.discipline-report:2025-12-15': '2025-12-23' } },
    { says: 'R2 §9: reported to the sending body', event: ev('DisciplinaryOffenceReported', 'mfa', '2025-12-19', { offenceOn: '2025-12-15' }), status: 'active', closes: ['R2.discipline-report:2025-12-15'], emits: [['DisciplinaryOffenceReported', ['sender']]] },
    {
      says: 'R2 §22: an early recall on ground 4 decided on Tuesday 30 December 2025 must reach the MFA by Tuesday 6 January 2026',
      event: ev('EarlyRecallDecided', 'sender', '2025-12-30', { ground: 4 }),
      status: 'early-recall-decided',
      opens: { 'R2.early-recall-notice': '2026-01-06' },
      closes: ['R2.release-notice'],
    },
    { says: 'R2 §22: notified; the case ends', event: ev('EarlyRecallNotified', 'sender', '2026-01-05'), status: 'recalled', closes: ['R2.early-recall-notice'], emits: [['EarlyRecallNotified', ['mfa', 'seconded-person']]] },
  ]);
});

// R2 §16 part 2 for a civil servant of the Presidential Administration, and the release on expiry in
// 2027 around Constitution Day (15 March) and Nauryz (21 March is a Sunday: 22–24 March are off).
describe('R2 procedure, Presidential Administration servant, release on expiry', () => {
  assertScenario('R2', [
    {
      says: 'R2 §14: a letter received on Monday 8 January 2024 needs the interview by Monday 29 January 2024 and the decision by Monday 8 April 2024',
      event: ev('ProposalSubmitted', 'sender', '2024-01-08', { receiverKind: 'foreign-institution', candidateIsPresidentialAdministrationServant: true }),
      status: 'proposal-under-review',
      opens: { 'R2.mfa-interview': '2024-01-29', 'R2.mfa-decision': '2024-04-08' },
    },
    { says: 'R2 §14: interviewed', event: ev('CandidateInterviewed', 'mfa', '2024-01-24'), status: 'proposal-under-review', closes: ['R2.mfa-interview'] },
    {
      says: 'R2 §16: no letter to the Presidential Administration is needed; the MFA order is due Wednesday 6 March 2024, three working days after its agreement on Friday 1 March 2024',
      event: ev('ProposalAgreed', 'mfa', '2024-03-01'),
      status: 'awaiting-order',
      opens: { 'R2.order': '2024-03-06' },
      closes: ['R2.mfa-decision'],
    },
    { says: 'R2 §18: the MFA appoints from Monday 1 April 2024', event: ev('OrderIssued', 'mfa', '2024-03-06', { effectiveFrom: '2024-04-01' }), status: 'awaiting-sender-order', closes: ['R2.order'] },
    {
      says: 'R2 §12, §21: dispatched on Monday 1 April 2024, KPIs are due Thursday 2 May 2024 (1 May is a holiday); the term’s last day is Wednesday 31 March 2027, notice by Thursday 11 March 2027',
      event: ev('SenderOrderIssued', 'sender', '2024-03-07', { dispatchedOn: '2024-04-01' }),
      status: 'active',
      opens: { 'R2.kpi': '2024-05-02', 'R2.release-notice': '2027-03-11' },
    },
    { says: 'R2 §21: the MFA notifies the sending body on Thursday 11 March 2027', event: ev('ReleaseNotified', 'mfa', '2027-03-11', { releaseOn: '2027-03-31' }), status: 'release-notified', closes: ['R2.release-notice'], emits: [['ReleaseNotified', ['sender']]] },
    { says: 'R2 §21: the MFA releases the person on Wednesday 31 March 2027, the term’s last day', event: ev('ReleaseDecided', 'mfa', '2027-03-31'), status: 'release-notified', emits: [['ReleaseDecided', ['sender', 'seconded-person']]] },
    {
      says: 'R2 §21: the sending body recalls the person; the KPI obligation never met is closed with the case',
      event: ev('RecallDecided', 'sender', '2027-04-02'),
      status: 'recalled',
      closes: ['R2.kpi'],
      emits: [['RecallDecided', ['mfa', 'seconded-person']]],
    },
  ]);
});
