import { assertScenario, ev } from '../rule-sets/case-walk.fixture';

const charter = { kind: 'charter', act: 'Charter of the receiving international organization', article: 'art. 9' };

// An MFA diplomat to an international organization (2025–2027): the organization's charter sets a
// longer decision period and a two-year term; a refusal, a second candidate, Kurban Ait (6 June 2025),
// the day off for 6 July 2025, and the release on expiry.
describe('R1 procedure, international organization with a charter', () => {
  assertScenario('R1', [
    {
      says: 'R1 §13: a letter sent on Friday 2 May 2025 and received on Monday 5 May 2025 must be answered by Wednesday 21 May 2025 (7 and 9 May are holidays)',
      event: ev('ProposalSubmitted', 'sender', '2025-05-02', { receivedOn: '2025-05-05', receiverKind: 'international-organization' }),
      status: 'proposal-under-review',
      opens: { 'R1.receiver-decision': '2025-05-21' },
      emits: [['ProposalSubmitted', ['receiver']]],
    },
    {
      says: 'R1 §13: the charter of an organization that is not an RK organization sets 15 working days: due Wednesday 28 May 2025',
      event: ev('OverrideRecorded', 'receiver', '2025-05-06', { target: 'receiver-decision', basis: charter, value: { amount: 15, unit: 'working-days' } }),
      status: 'proposal-under-review',
      opens: { 'R1.receiver-decision': '2025-05-28' },
      closes: ['R1.receiver-decision'],
    },
    {
      says: 'R1 §8: the same charter sets a two-year term',
      event: ev('OverrideRecorded', 'sender', '2025-05-06', { target: 'term', basis: charter, value: { amount: 2, unit: 'years' } }),
      status: 'proposal-under-review',
    },
    {
      says: 'R1 §14: refused on Monday 26 May 2025, the MFA must propose another candidate by Monday 2 June 2025',
      event: ev('ProposalRefused', 'receiver', '2025-05-26', { reason: 'profile' }),
      status: 'proposal-refused',
      opens: { 'R1.replacement-candidate': '2025-06-02' },
      closes: ['R1.receiver-decision'],
      emits: [['ProposalRefused', ['sender']]],
    },
    {
      says: 'R1 §13, §14: the second candidate, received Monday 2 June 2025, is answered under the charter by Tuesday 24 June 2025 (Kurban Ait on Friday 6 June)',
      event: ev('ProposalSubmitted', 'sender', '2025-06-02', { receiverKind: 'international-organization' }),
      status: 'proposal-under-review',
      opens: { 'R1.receiver-decision': '2025-06-24' },
      closes: ['R1.replacement-candidate'],
    },
    {
      says: 'R1 §15: agreed on Wednesday 4 June 2025, the MFA writes to the Prime Minister by Tuesday 10 June 2025',
      event: ev('ProposalAgreed', 'receiver', '2025-06-04'),
      status: 'proposal-agreed',
      opens: { 'R1.approval-request': '2025-06-10' },
      closes: ['R1.receiver-decision'],
    },
    {
      says: 'R1 §11(2): the request goes to the Prime Minister',
      event: ev('ApprovalRequested', 'sender', '2025-06-10'),
      status: 'awaiting-approval',
      closes: ['R1.approval-request'],
      emits: [['ApprovalRequested', ['approver']]],
    },
    {
      says: 'R1 §16: agreed on Monday 30 June 2025, the receiver appoints by Thursday 3 July 2025',
      event: ev('ApprovalGranted', 'approver', '2025-06-30'),
      status: 'awaiting-appointment',
      opens: { 'R1.appointment-decision': '2025-07-03' },
    },
    {
      says: 'R1 §17: the confirming document received on Friday 4 July 2025 must be followed by the order by Thursday 10 July 2025 (Monday 7 July is the day off for Sunday 6 July)',
      event: ev('AppointmentDecided', 'receiver', '2025-07-03', { receivedOn: '2025-07-04', startsOn: '2025-09-02' }),
      status: 'awaiting-order',
      opens: { 'R1.order': '2025-07-10' },
      closes: ['R1.appointment-decision'],
      emits: [['AppointmentDecided', ['sender']]],
    },
    {
      says: 'R1 §17, §8, §19: the order signed on Thursday 10 July 2025 requires the personal file by Thursday 17 July 2025; the two-year term’s last day is Wednesday 1 September 2027, notice by Wednesday 18 August 2027',
      event: ev('OrderIssued', 'sender', '2025-07-10', { effectiveFrom: '2025-09-02' }),
      status: 'active',
      opens: { 'R1.personal-file': '2025-07-17', 'R1.release-notice': '2027-08-18' },
      closes: ['R1.order'],
    },
    {
      says: 'R1 §17: the personal file sent on Friday 18 July 2025 is one day late',
      event: ev('PersonalFileTransferred', 'sender', '2025-07-18'),
      status: 'active',
      closes: ['R1.personal-file'],
      late: ['R1.personal-file'],
      emits: [['PersonalFileTransferred', ['receiver']]],
    },
    {
      says: 'R1 §19: notice on Wednesday 18 August 2027 of the release on Wednesday 1 September 2027; the MFA must decide the recall by Wednesday 25 August 2027',
      event: ev('ReleaseNotified', 'receiver', '2027-08-18', { releaseOn: '2027-09-01' }),
      status: 'release-notified',
      opens: { 'R1.recall-decision': '2027-08-25' },
      closes: ['R1.release-notice'],
    },
    {
      says: 'R1 §19: the MFA decides the recall within the five days, before the release decision',
      event: ev('RecallDecided', 'sender', '2027-08-24'),
      status: 'release-notified',
      closes: ['R1.recall-decision'],
    },
    {
      says: 'R1 §19: the receiver releases the person on Wednesday 1 September 2027, the term’s last day, and the case ends',
      event: ev('ReleaseDecided', 'receiver', '2027-09-01'),
      status: 'recalled',
    },
  ]);
});

describe('R1 procedure, state body, official refuses', () => {
  assertScenario('R1', [
    { says: 'R1 §12: proposal to an akimat', event: ev('ProposalSubmitted', 'sender', '2025-06-16', { receiverKind: 'other-state-body' }), status: 'proposal-under-review', opens: { 'R1.receiver-decision': '2025-06-30' } },
    { says: 'R1 §13: agreed', event: ev('ProposalAgreed', 'receiver', '2025-06-20'), status: 'proposal-agreed', opens: { 'R1.approval-request': '2025-06-25' }, closes: ['R1.receiver-decision'] },
    { says: 'R1 §11(1): the Head of the Presidential Administration is asked', event: ev('ApprovalRequested', 'sender', '2025-06-23'), status: 'awaiting-approval', closes: ['R1.approval-request'] },
    {
      says: 'R1 §11: the official refuses; R1 §14 answers only a receiver’s refusal, so the case ends with no replacement obligation',
      event: ev('ApprovalDenied', 'approver', '2025-07-01'),
      status: 'approval-denied',
      emits: [['ApprovalDenied', ['sender', 'receiver']]],
    },
  ]);
});

describe('R1 procedure, early recall and discipline', () => {
  assertScenario('R1', [
    { says: 'R1 §12: proposal to a ministry', event: ev('ProposalSubmitted', 'sender', '2025-09-01', { receivedOn: '2025-09-02', receiverKind: 'central-executive-body' }), status: 'proposal-under-review', opens: { 'R1.receiver-decision': '2025-09-16' } },
    { says: 'R1 §13: agreed', event: ev('ProposalAgreed', 'receiver', '2025-09-10'), status: 'proposal-agreed', opens: { 'R1.approval-request': '2025-09-15' }, closes: ['R1.receiver-decision'] },
    { says: 'R1 §15: sent to the Prime Minister', event: ev('ApprovalRequested', 'sender', '2025-09-11'), status: 'awaiting-approval', closes: ['R1.approval-request'] },
    { says: 'R1 §16: approved', event: ev('ApprovalGranted', 'approver', '2025-09-19'), status: 'awaiting-appointment', opens: { 'R1.appointment-decision': '2025-09-24' } },
    { says: 'R1 §16: appointed from 1 October 2025', event: ev('AppointmentDecided', 'receiver', '2025-09-22', { startsOn: '2025-10-01' }), status: 'awaiting-order', opens: { 'R1.order': '2025-09-25' }, closes: ['R1.appointment-decision'] },
    { says: 'R1 §17: order; a three-year term ends in 2028, beyond the loaded calendar', event: ev('OrderIssued', 'sender', '2025-09-24', { effectiveFrom: '2025-10-01' }), status: 'active', opens: { 'R1.personal-file': '2025-10-01', 'R1.release-notice': null }, closes: ['R1.order'] },
    { says: 'R1 §17: personal file in time', event: ev('PersonalFileTransferred', 'sender', '2025-09-30'), status: 'active', closes: ['R1.personal-file'] },
    { says: 'R1 §9: an offence discovered on Friday 24 October 2025 must reach the MFA by Monday 3 November 2025 (Monday 27 October is off)', event: ev('DisciplinaryOffenceFound', 'receiver', '2025-10-24'), status: 'active', opens: { 'R1.discipline-report:2025-10-24': '2025-11-03' } },
    { says: 'R1 §9: reported in time to the MFA', event: ev('DisciplinaryOffenceReported', 'receiver', '2025-10-30', { offenceOn: '2025-10-24' }), status: 'active', closes: ['R1.discipline-report:2025-10-24'], emits: [['DisciplinaryOffenceReported', ['sender']]] },
    { says: 'R1 §20: an early recall on ground 3 decided on Friday 12 December 2025 must be notified by Thursday 18 December 2025 (16 December is a holiday)', event: ev('EarlyRecallDecided', 'sender', '2025-12-12', { ground: 3 }), status: 'early-recall-decided', opens: { 'R1.early-recall-notice': '2025-12-18' }, closes: ['R1.release-notice'] },
    { says: 'R1 §20: notified; the case ends', event: ev('EarlyRecallNotified', 'sender', '2025-12-17'), status: 'recalled', closes: ['R1.early-recall-notice'] },
  ]);
});
