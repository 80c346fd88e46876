import { assertScenario, ev } from '../rule-sets/case-walk.fixture';

// A secondment to another state body in 2024–2027, through Nauryz, the 2024 transfer of 8 May to
// Saturday 4 May, the observed day for 6 July, an extension and the release on expiry.
describe('R3 procedure, state body, proposal to recall on expiry', () => {
  assertScenario('R3', [
    {
      says: 'R3 §13: a letter received on Tuesday 19 March 2024 must be answered by Friday 5 April 2024 (Nauryz 21–22 March and Monday 25 March, the day off for Saturday 23 March, are not counted)',
      event: ev('ProposalSubmitted', 'sender', '2024-03-19', { receiverKind: 'other-state-body' }),
      status: 'proposal-under-review',
      opens: { 'R3.receiver-decision': '2024-04-05' },
      emits: [['ProposalSubmitted', ['receiver']]],
    },
    {
      says: 'R3 §15: agreed on Thursday 4 April 2024, the proposal goes to the Head of the Presidential Administration by Tuesday 9 April 2024',
      event: ev('ProposalAgreed', 'receiver', '2024-04-04'),
      status: 'proposal-agreed',
      opens: { 'R3.approval-request': '2024-04-09' },
      closes: ['R3.receiver-decision'],
      emits: [['ProposalAgreed', ['sender']]],
    },
    {
      says: 'R3 §15: the request sent on Monday 8 April 2024 fulfils the obligation in time',
      event: ev('ApprovalRequested', 'sender', '2024-04-08'),
      status: 'awaiting-approval',
      closes: ['R3.approval-request'],
      emits: [['ApprovalRequested', ['approver']]],
    },
    {
      says: 'R3 §16: agreed on Friday 3 May 2024, the appointment is due Friday 10 May 2024 (Saturday 4 May works, 7–9 May are off)',
      event: ev('ApprovalGranted', 'approver', '2024-05-03'),
      status: 'awaiting-appointment',
      opens: { 'R3.appointment-decision': '2024-05-10' },
      emits: [['ApprovalGranted', ['sender', 'receiver']]],
    },
    {
      says: 'R3 §17: the confirming document received on Friday 10 May 2024 must be followed by the order by Wednesday 15 May 2024',
      event: ev('AppointmentDecided', 'receiver', '2024-05-10', { startsOn: '2024-06-03' }),
      status: 'awaiting-order',
      opens: { 'R3.order': '2024-05-15' },
      closes: ['R3.appointment-decision'],
    },
    {
      says: 'R3 §8, §19: an order effective Monday 3 June 2024 sets the term’s last day to Wednesday 2 June 2027 (back on 3 June); notice is due by Wednesday 19 May 2027',
      event: ev('OrderIssued', 'sender', '2024-05-14', { effectiveFrom: '2024-06-03' }),
      status: 'active',
      opens: { 'R3.release-notice': '2027-05-19' },
      closes: ['R3.order'],
      emits: [['OrderIssued', ['receiver', 'seconded-person']]],
    },
    {
      says: 'R3 §17: the copy of the order and the personal file carry no period in R3',
      event: ev('PersonalFileTransferred', 'sender', '2024-06-20'),
      status: 'active',
    },
    {
      says: 'R3 §9: an offence discovered on Wednesday 3 July 2024 must be reported by Thursday 11 July 2024 (Monday 8 July is the day off for 6 July)',
      event: ev('DisciplinaryOffenceFound', 'receiver', '2024-07-03'),
      status: 'active',
      opens: { 'R3.discipline-report:2024-07-03': '2024-07-11' },
    },
    {
      says: 'R3 §9: a report sent on Friday 12 July 2024 is recorded as late',
      event: ev('DisciplinaryOffenceReported', 'receiver', '2024-07-12', { offenceOn: '2024-07-03' }),
      status: 'active',
      closes: ['R3.discipline-report:2024-07-03'],
      late: ['R3.discipline-report:2024-07-03'],
      emits: [['DisciplinaryOffenceReported', ['sender']]],
    },
    {
      says: 'R3 §8: the receiver consents, through its own service, to extending the term to Friday 3 December 2027; the sending body is told and no period opens',
      event: ev('ExtensionConsented', 'receiver', '2027-04-30', { newTermEndsOn: '2027-12-03' }),
      status: 'active',
      emits: [['ExtensionConsented', ['sender']]],
    },
    {
      says: 'R3 §8: extended to Friday 3 December 2027 on the receiver’s consent and the person’s recorded consent, the notice moves to Friday 19 November 2027',
      event: ev('ExtensionDecided', 'sender', '2027-05-04', { newTermEndsOn: '2027-12-03', consentsOf: ['seconded-person'] }),
      status: 'active',
      opens: { 'R3.release-notice': '2027-11-19' },
      closes: ['R3.release-notice'],
    },
    {
      says: 'R3 §19: notice on Friday 19 November 2027 of a release on Friday 3 December 2027 is ten working days before it',
      event: ev('ReleaseNotified', 'receiver', '2027-11-19', { releaseOn: '2027-12-03' }),
      status: 'release-notified',
      closes: ['R3.release-notice'],
      emits: [['ReleaseNotified', ['sender']]],
    },
    {
      says: 'R3 §19: the receiver releases the person on Friday 3 December 2027',
      event: ev('ReleaseDecided', 'receiver', '2027-12-03'),
      status: 'release-notified',
    },
    {
      says: 'R3 §19: on the basis of that decision the sending body recalls the person, and the case ends',
      event: ev('RecallDecided', 'sender', '2027-12-06'),
      status: 'recalled',
      emits: [['RecallDecided', ['receiver', 'seconded-person']]],
    },
  ]);
});

// New Year 2026: 1–2 January are off, 7 January (Orthodox Christmas) is not moved.
describe('R3 procedure, early recall over New Year', () => {
  assertScenario('R3', [
    { says: 'R3 §12: proposal to an international organization', event: ev('ProposalSubmitted', 'sender', '2025-09-15', { receiverKind: 'international-organization' }), status: 'proposal-under-review', opens: { 'R3.receiver-decision': '2025-09-29' } },
    { says: 'R3 §13: agreed', event: ev('ProposalAgreed', 'receiver', '2025-09-22'), status: 'proposal-agreed', opens: { 'R3.approval-request': '2025-09-25' }, closes: ['R3.receiver-decision'] },
    { says: 'R3 §11(2): the Prime Minister is asked', event: ev('ApprovalRequested', 'sender', '2025-09-23'), status: 'awaiting-approval', closes: ['R3.approval-request'] },
    { says: 'R3 §16: approved Friday 24 October 2025, appointment due Thursday 30 October 2025 (Monday 27 October is the day off for Saturday 25 October)', event: ev('ApprovalGranted', 'approver', '2025-10-24'), status: 'awaiting-appointment', opens: { 'R3.appointment-decision': '2025-10-30' } },
    { says: 'R3 §16: appointed from 3 November 2025', event: ev('AppointmentDecided', 'receiver', '2025-10-28', { startsOn: '2025-11-03' }), status: 'awaiting-order', opens: { 'R3.order': '2025-10-31' }, closes: ['R3.appointment-decision'] },
    { says: 'R3 §8: a term from 3 November 2025 ends on 2 November 2028, beyond the loaded calendar: the notice date stays open', event: ev('OrderIssued', 'sender', '2025-10-30', { effectiveFrom: '2025-11-03' }), status: 'active', opens: { 'R3.release-notice': null }, closes: ['R3.order'] },
    { says: 'R3 §18(2): the sending body proposes a joint written decision; the receiver is told', event: ev('EarlyRecallProposed', 'sender', '2025-12-29'), status: 'active', emits: [['EarlyRecallProposed', ['receiver']]] },
    { says: 'R3 §18(2): the receiver signs it as its own step; the sending body is told', event: ev('EarlyRecallConsented', 'receiver', '2025-12-30'), status: 'active', emits: [['EarlyRecallConsented', ['sender']]] },
    { says: 'R3 §20: an early recall decided on Tuesday 30 December 2025 must be notified by Tuesday 6 January 2026', event: ev('EarlyRecallDecided', 'sender', '2025-12-30', { ground: 2 }), status: 'early-recall-decided', opens: { 'R3.early-recall-notice': '2026-01-06' }, closes: ['R3.release-notice'] },
    { says: 'R3 §20: notified on Wednesday 7 January 2026 (Orthodox Christmas), one day late; the case ends', event: ev('EarlyRecallNotified', 'sender', '2026-01-07'), status: 'recalled', closes: ['R3.early-recall-notice'], late: ['R3.early-recall-notice'], emits: [['EarlyRecallNotified', ['receiver', 'seconded-person']]] },
  ]);
});

describe('R3 procedure, refusal and a treaty that dispenses with approval', () => {
  assertScenario('R3', [
    { says: 'R3 §12: first candidate', event: ev('ProposalSubmitted', 'sender', '2025-03-18', { receiverKind: 'international-organization' }), status: 'proposal-under-review', opens: { 'R3.receiver-decision': '2025-04-04' } },
    { says: 'R3 §14: after a refusal no period runs for another candidate', event: ev('ProposalRefused', 'receiver', '2025-03-26'), status: 'proposal-refused', closes: ['R3.receiver-decision'] },
    { says: 'R3 §14: the sending body initiates another candidate', event: ev('ProposalSubmitted', 'sender', '2025-04-01', { receiverKind: 'international-organization' }), status: 'proposal-under-review', opens: { 'R3.receiver-decision': '2025-04-15' } },
    {
      says: 'R3 §11: a ratified treaty recorded with its article dispenses with the official’s agreement',
      event: ev('OverrideRecorded', 'sender', '2025-04-02', { target: 'approval-routing', basis: { kind: 'treaty', act: 'Agreement between the RK and the organization', article: 'art. 7' }, value: { authority: 'not-required' } }),
      status: 'proposal-under-review',
      emits: [['OverrideRecorded', ['receiver']]],
    },
    { says: 'R3 §11, §16: agreed on Thursday 3 April 2025, the appointment is due Tuesday 8 April 2025', event: ev('ProposalAgreed', 'receiver', '2025-04-03'), status: 'awaiting-appointment', opens: { 'R3.appointment-decision': '2025-04-08' }, closes: ['R3.receiver-decision'] },
  ]);
});
