import { bound, type TestRecord } from '../../testing/sealed-record';
import { legalDate, type CaseEvent } from '@sx/rules';
import type { EventRecord, SignedRecord } from '@sx/contracts';
import { sealed } from '../../testing/sealed-record';
import { advanceCase } from '../../case-view/advance-case';
import type { CaseView } from '../../case-view/case-view.schema';
import { emptyViewFrom } from '../receive-case-message/received-case';
import { sweepCase } from './sweep-case';

const parties = { sender: { agencyId: 'ministry-of-finance', service: 'sending-body' }, receiver: { agencyId: 'ministry-of-justice', service: 'receiving-body' } } as const;

function submittedR3(on: string): CaseView {
  const empty = emptyViewFrom({ caseId: 'c1', ruleSet: 'R3', reference: '01/1', parties, candidate: { fullName: 'A', position: 'B', factsHash: '0'.repeat(64) }, documents: [], files: [], events: [] as unknown as [SignedRecord] });
  const record: TestRecord = {
    seq: 1,
    event: { type: 'ProposalSubmitted', actor: 'sender', on, receiverKind: 'central-executive-body' } as CaseEvent,
    agencyId: 'ministry-of-finance',
    service: 'sending-body',
    at: `${on}T05:00:00.000Z`,
  };
  const advanced = advanceCase(empty, sealed(record), undefined);
  if (!advanced.ok) throw new Error(JSON.stringify(advanced.violations));
  return advanced.view;
}

describe('the obligation sweeper', () => {
  const view = submittedR3('2026-03-18');

  it('R3 §13: on the due date itself (Monday 6 April 2026) the receiver’s answer is not yet missed', () => {
    expect(view.nextDue).toBe('2026-04-06');
    expect(sweepCase(view, legalDate('2026-04-06'), '2026-04-06T10:00:00Z')).toBeNull();
  });

  it('R3 §13: the day after, the missed answer is recorded once, with its paragraph and DEADLINE.MISSED', () => {
    const change = sweepCase(view, legalDate('2026-04-07'), '2026-04-07T10:00:00Z');
    expect(change?.history).toEqual([
      expect.objectContaining({ event: 'DeadlineMissed', actor: 'receiver', cite: 'R3 §13', details: expect.objectContaining({ code: 'DEADLINE.MISSED', obligationId: 'R3.receiver-decision', due: '2026-04-06' }) }),
    ]);
    expect(change?.state.missedDeadlines).toEqual({ 'R3~receiver-decision': '2026-04-06' });
    // Still open and overdue for the lists, but nothing left for the sweeper to record.
    expect(change?.state.nextDue).toBe('2026-04-06');
    expect(change?.state.nextUnrecordedDue).toBeNull();
    if (!change) throw new Error('the sweep recorded nothing');
    expect(sweepCase(change.state, legalDate('2026-04-08'), '2026-04-08T10:00:00Z')).toBeNull();
  });
});
