import type { Parties, SignedRecord } from '@sx/contracts';
import { addWorkingDays, buildCalendar, legalDate, shippedCalendarYears } from '@sx/rules';
import { sealedStep } from '../testing/sealed-record';
import { advanceCase } from './advance-case';
import type { CaseView } from './case-view.schema';
import { newCaseView } from './new-case-view';
import { startOnOwnReceipt, type ReceiptStart } from './start-on-receipt';

const parties: Parties = {
  sender: { agencyId: 'ministry-of-finance', service: 'sending-body' },
  receiver: { agencyId: 'ministry-of-justice', service: 'receiving-body' },
};
const calendar = buildCalendar(shippedCalendarYears);

function submittedOn(on: string): { view: CaseView; record: SignedRecord } {
  const record = sealedStep(1, { type: 'ProposalSubmitted', actor: 'sender', on, receiverKind: 'central-executive-body' }, parties.sender);
  const fresh = newCaseView({ caseId: 'c1', ruleSet: 'R3', reference: '01/1', parties, candidate: { fullName: 'A', position: 'B', presidentialAdministrationServant: false } });
  const advanced = advanceCase(fresh, record, undefined, calendar);
  if (!advanced.ok) throw new Error(JSON.stringify(advanced.violations));
  return { view: advanced.view, record };
}

const receiptOf = (record: SignedRecord, receivedOn: string, by = parties.receiver): ReceiptStart => ({
  seq: record.seq, recordHash: record.hash, receivedAt: `${receivedOn}T05:00:00.000Z`, receivedOn, agencyId: by.agencyId, service: by.service,
});

describe('startOnOwnReceipt: the receiving party’s receipt starts the period it owes (issue #17)', () => {
  const { view, record } = submittedOn('2026-01-05');

  it('R3 §13: a receipt on 18 March moves the receiver’s decision to ten working days after it, on every field the lists and the sweeper read', () => {
    const started = startOnOwnReceipt(view, receiptOf(record, '2026-03-18'), calendar);
    const due = addWorkingDays(legalDate('2026-03-18'), 10, calendar);
    expect(started?.view.procedure.obligations['R3~receiver-decision']).toMatchObject({ countsFrom: '2026-03-18', due });
    expect(started?.view).toMatchObject({ nextDue: due, nextUnrecordedDue: due });
    expect(started?.history).toMatchObject({ event: 'PeriodStartedOnReceipt', cite: 'R3 §13', actor: 'receiver', details: { step: 1, declaredOn: '2026-01-05', receivedOn: '2026-03-18' } });
  });

  it('R3 §13: a miss recorded on the earlier date is withdrawn, so the sweeper judges the new date', () => {
    const missed = { ...view, missedDeadlines: { 'R3~receiver-decision': view.nextDue ?? '' } };
    expect(startOnOwnReceipt(missed, receiptOf(record, '2026-03-18'), calendar)?.view.missedDeadlines).toEqual({});
  });

  it('moves nothing for a receipt of another record, by a party that owes nothing, or received the day declared', () => {
    expect(startOnOwnReceipt(view, { ...receiptOf(record, '2026-03-18'), recordHash: 'f'.repeat(64) }, calendar)).toBeNull();
    expect(startOnOwnReceipt(view, receiptOf(record, '2026-03-18', parties.sender), calendar)).toBeNull();
    expect(startOnOwnReceipt(view, receiptOf(record, '2026-01-05'), calendar)).toBeNull();
    expect(startOnOwnReceipt(view, { ...receiptOf(record, '2026-03-18'), seq: 2 }, calendar)).toBeNull();
  });
});
