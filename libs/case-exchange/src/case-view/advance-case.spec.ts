import type { Parties, SignedRecord } from '@sx/contracts';
import { sealedStep } from '../testing/sealed-record';
import { buildCalendar, shippedCalendarYears } from '@sx/rules';
import { advanceCase } from './advance-case';
import type { CaseView } from './case-view.schema';
import { newCaseView } from './new-case-view';

const parties: Parties = {
  sender: { agencyId: 'ministry-of-finance', service: 'sending-body' },
  receiver: { agencyId: 'ministry-of-justice', service: 'receiving-body' },
};
const SENDER = parties.sender;
const RECEIVER = parties.receiver;

const newR3 = (): CaseView =>
  newCaseView({ caseId: 'c1', ruleSet: 'R3', reference: '01/1', parties, candidate: { fullName: 'A', position: 'B', presidentialAdministrationServant: false } });


const submitted = sealedStep(1, { type: 'ProposalSubmitted', actor: 'sender', on: '2026-03-18', receiverKind: 'central-executive-body' }, SENDER);
const agreed = sealedStep(2, { type: 'ProposalAgreed', actor: 'receiver', on: '2026-03-26' }, RECEIVER);
const requested = sealedStep(3, { type: 'ApprovalRequested', actor: 'sender', on: '2026-03-27' }, SENDER);

function walk(view: CaseView, ...records: SignedRecord[]): CaseView {
  return records.reduce((v, r) => {
    const advanced = advanceCase(v, r, undefined);
    if (!advanced.ok) throw new Error(JSON.stringify(advanced.violations));
    return advanced.view;
  }, view);
}

describe('advanceCase', () => {
  describe('a ProposalSubmitted record on a new R3 view', () => {
    const before = newR3();
    const advanced = advanceCase(before, submitted, 'msg-1');
    if (!advanced.ok) throw new Error(JSON.stringify(advanced.violations));

    it('puts the case under review', () => {
      expect(advanced.view.status).toBe('proposal-under-review');
      expect(advanced.view.procedure.status).toBe('proposal-under-review');
    });

    it('R3 §13: makes the receiver’s answer due in 10 working days, past Nauryz (Monday 6 April 2026)', () => {
      expect(advanced.view.nextDue).toBe('2026-04-06');
      expect(advanced.view.nextUnrecordedDue).toBe('2026-04-06');
      expect(advanced.view.dueBlocked).toBe(false);
    });

    it('stores the opened obligation under a key without dots', () => {
      expect(Object.keys(advanced.view.procedure.obligations)).toEqual(['R3~receiver-decision']);
    });

    it('appends the record to the log and leaves the view it was given unchanged', () => {
      expect(advanced.view.events).toEqual([submitted]);
      expect(before.events).toEqual([]);
      expect(before.status).toBe('draft');
    });

    it('adds no approver while the approving authority is not known', () => {
      expect(advanced.view.parties).toEqual(parties);
      expect(advanced.view.partyAgencies).toEqual(['ministry-of-finance', 'ministry-of-justice']);
    });

    it('writes a history entry with the paragraph, the message and the details of the step', () => {
      expect(advanced.history).toEqual({
        at: submitted.at,
        event: 'ProposalSubmitted',
        actor: 'sender',
        seq: 1,
        cite: 'R3 §12',
        messageId: 'msg-1',
        details: expect.objectContaining({
          seq: 1,
          on: '2026-03-18',
          agencyId: 'ministry-of-finance',
          service: 'sending-body',
          from: 'draft',
          to: 'proposal-under-review',
          obligationsOpened: [{ id: 'R3.receiver-decision', actor: 'receiver', due: '2026-04-06', cite: 'R3 §13' }],
        }),
      });
      expect(advanced.step.cite).toBe('R3 §12');
    });

    it('writes no messageId into the history of a step taken here', () => {
      const local = advanceCase(before, submitted, undefined);
      expect(local.ok && 'messageId' in local.history).toBe(false);
    });
  });

  it('counts with the calendar it is given: without the year’s data the due date is blocked, not guessed', () => {
    const without2026 = buildCalendar(shippedCalendarYears.filter((y) => y.year !== 2026));
    const result = advanceCase(newR3(), submitted, undefined, without2026);
    if (!result.ok) throw new Error(JSON.stringify(result.violations));
    expect(result.view.nextDue).toBeNull();
    expect(result.view.dueBlocked).toBe(true);
    expect(result.history.details).toEqual(expect.objectContaining({ obligationsOpened: [expect.objectContaining({ id: 'R3.receiver-decision', due: null })] }));
  });

  it('returns the violations of an event the procedure does not allow, and no view', () => {
    const result = advanceCase(newR3(), sealedStep(1, { type: 'ApprovalRequested', actor: 'sender', on: '2026-03-18' }, SENDER), undefined);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.violations.length).toBeGreaterThan(0);
    expect(result.violations[0]).toEqual(expect.objectContaining({ code: expect.any(String) }));
  });

  describe('an R3 case to a central executive body', () => {
    it('R3 §11(2): has the Prime Minister’s service as approver once approval is requested', () => {
      const view = walk(newR3(), submitted, agreed, requested);
      expect(view.status).toBe('awaiting-approval');
      expect(view.parties.approver).toEqual({ agencyId: 'prime-minister', service: 'prime-minister' });
      expect(view.partyAgencies).toEqual(['ministry-of-finance', 'ministry-of-justice', 'prime-minister']);
      expect(view.events.map((r) => r.seq)).toEqual([1, 2, 3]);
    });

    it('R3 §15: does not name the approver at the receiver’s agreement, though the rules already know who it will be', () => {
      const view = walk(newR3(), submitted, agreed);
      expect(view.status).toBe('proposal-agreed');
      expect(view.procedure.approvingAuthority).toBe('prime-minister');
      expect(view.parties.approver).toBeUndefined();
    });

    it('keeps an approver already named in the parties', () => {
      const named: CaseView = { ...newR3(), parties: { ...parties, approver: { agencyId: 'presidential-administration', service: 'presidential-administration' } } };
      const view = walk(named, submitted, agreed, requested);
      expect(view.parties.approver).toEqual({ agencyId: 'presidential-administration', service: 'presidential-administration' });
    });
  });
});
