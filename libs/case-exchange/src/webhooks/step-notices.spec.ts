import type { TestRecord } from '../testing/sealed-record';
import type { SignedRecord } from '@sx/contracts';
import type { CaseEvent } from '@sx/rules';
import { advanceCase } from '../case-view/advance-case';
import type { CaseView } from '../case-view/case-view.schema';
import { sealed } from '../testing/sealed-record';
import type { CaseContext } from '../context/case-context';
import { emptyViewFrom } from '../use-cases/receive-case-message/received-case';
import { StepsCommittedNotice } from './step-notice.message';
import { withStepNotices } from './step-notices';

const parties = { sender: { agencyId: 'ministry-of-finance', service: 'sending-body' }, receiver: { agencyId: 'ministry-of-justice', service: 'receiving-body' } } as const;

function submitted(): CaseView {
  const empty = emptyViewFrom({ caseId: 'c1', ruleSet: 'R3', reference: '01/1', parties, candidate: { fullName: 'A', position: 'B', factsHash: '0'.repeat(64) }, documents: [], files: [], events: [] as unknown as [SignedRecord] });
  const record: TestRecord = { seq: 1, event: { type: 'ProposalSubmitted', actor: 'sender', on: '2026-03-18', receiverKind: 'central-executive-body' } as CaseEvent, agencyId: 'ministry-of-finance', service: 'sending-body', at: '2026-03-18T05:00:00.000Z' };
  const advanced = advanceCase(empty, sealed(record), undefined);
  if (!advanced.ok) throw new Error(JSON.stringify(advanced.violations));
  return advanced.view;
}

const ctxWith = (subscribed: string[]): CaseContext => ({ service: 'sending-body', subscribedAgencies: () => new Set(subscribed) }) as unknown as CaseContext;

describe('the webhook notice a committed step carries in its outbox', () => {
  const view = submitted();
  const entries = [{ state: view, step: 1, history: [] }];

  it('adds nothing, and returns the very same entries, when no agency here subscribes (no extra outbox write)', () => {
    expect(withStepNotices(ctxWith([]), null, entries)).toBe(entries);
    // The receiver's agency subscribes, but acts through another service: nothing here either.
    expect(withStepNotices(ctxWith(['ministry-of-justice']), null, entries)?.[0]?.messages).toBeUndefined();
  });

  it('adds one notice to this service itself for a subscribed party, with a case.step event per new step', () => {
    const [entry] = withStepNotices(ctxWith(['ministry-of-finance']), null, entries) ?? [];
    const notice = entry?.messages?.at(-1);
    expect(notice).toMatchObject({ type: StepsCommittedNotice.type, fromService: 'sending-body', toService: 'sending-body', caseId: 'c1' });
    expect(StepsCommittedNotice.payload.parse(notice?.payload)).toEqual({
      agencies: ['ministry-of-finance'],
      events: [{ type: 'case.step', timestamp: '2026-03-18T05:00:00.000Z', data: { caseId: 'c1', ruleSet: 'R3', seq: 1, event: 'ProposalSubmitted', agencyId: 'ministry-of-finance', by: view.events[0]?.by, service: 'sending-body', at: '2026-03-18T05:00:00.000Z', status: view.status } }],
    });
  });

  it('leaves entries without a step (a local change, a sweep) alone', () => {
    expect(withStepNotices(ctxWith(['ministry-of-finance']), null, [{ state: view, history: [] }])?.[0]?.messages).toBeUndefined();
  });
});
