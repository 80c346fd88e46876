import type { Case, EventRecord, TimelineEntry } from '../api/api-types';
import { lanesOf, lastSeqByParty, swimlaneSteps } from './swimlane';

// Only the fields the swimlane reads; the rest of a signed record does not matter here.
const record = (seq: number, type: string, actor: string, at: string): EventRecord => ({
  seq, event: { type, actor, on: at.slice(0, 10) }, agencyId: `${actor}-agency`, service: 'sending-body', at,
}) as unknown as EventRecord;

const events = [
  record(1, 'ProposalSubmitted', 'sender', '2026-02-02T05:00:00Z'),
  record(2, 'ProposalAgreed', 'receiver', '2026-02-03T05:00:00Z'),
  record(3, 'ApprovalRequested', 'sender', '2026-02-04T05:00:00Z'),
];
const theCase = {
  caseId: 'c1', version: 3, ruleSet: 'R3', reference: 'r', status: 'approval-requested', yourRoles: ['receiver'],
  parties: { sender: { agencyId: 's' }, receiver: { agencyId: 'r' }, approver: { agencyId: 'pm' } },
  candidate: { fullName: 'A', position: 'B' }, documents: [], obligations: [], nextDue: null, events, updatedAt: '',
} as unknown as Case;

const entries: TimelineEntry[] = [
  { at: '2026-02-02T05:00:01Z', event: 'ProposalSubmitted', actor: 'sender', cite: 'R3 §12', messageId: 'm1', traceId: 'aa', details: { seq: 1 } },
  {
    at: '2026-02-03T05:00:00Z', event: 'ProposalAgreed', actor: 'receiver', cite: 'R3 §13', messageId: 'm2', traceId: 'bb', details: { seq: 2 },
    receivedBy: [{ agencyId: 's', caseId: 'c1', seq: 2, recordHash: 'h', receivedAt: '2026-02-03T05:00:02Z', receivedOn: '2026-02-03', service: 'sending-body', keyId: 'k', signature: 'x' }],
  } as unknown as TimelineEntry,
  { at: '2026-02-05T00:00:00Z', event: 'DeadlineMissed', actor: 'approver', cite: 'R3 §15' },
];

describe('swimlane', () => {
  it('one lane per party of the case, in the order the law names them', () => {
    expect(lanesOf(theCase)).toEqual(['sender', 'receiver', 'approver']);
  });

  it('joins each step of the shared log with this copy’s history: cite, message id and trace id', () => {
    const steps = swimlaneSteps(theCase, entries);
    expect(steps.map((s) => [s.lane, s.event, s.seq, s.traceId])).toEqual([
      ['sender', 'ProposalSubmitted', 1, 'aa'],
      ['receiver', 'ProposalAgreed', 2, 'bb'],
      ['sender', 'ApprovalRequested', 3, undefined],
      ['approver', 'DeadlineMissed', undefined, undefined],
    ]);
    expect(steps[0]).toMatchObject({ cite: 'R3 §12', messageId: 'm1', on: '2026-02-02' });
  });

  it('R3 §13 and issue #17: a step shows who received it and when, from the signed receipts; a step without receipts shows none', () => {
    const steps = swimlaneSteps(theCase, entries);
    expect(steps[1]?.receivedBy).toEqual([{ agencyId: 's', receivedAt: '2026-02-03T05:00:02Z' }]);
    expect(steps[0]).not.toHaveProperty('receivedBy');
  });

  it('each party’s last step seq', () => {
    expect(lastSeqByParty(theCase)).toEqual({ sender: 3, receiver: 2 });
  });
});
