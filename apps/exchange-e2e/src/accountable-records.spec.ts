import { randomUUID } from 'node:crypto';
import { type CaseEventPayload, type SignedRecord, type StepReceipt } from '@sx/contracts';
import { devKeyRing, sealRecord, type Messaging } from '@sx/messaging';
import { api, waitFor } from '@sx/testing';
import { caseAt, expectOk, openWithPackage, step, submit, type CaseBody } from './support/case-flows';
import { useExchange, type Exchange } from './support/exchange';
import { deadLetterOf, publishAsSender, senderBroker } from './support/forged-messages';
import { withMutant } from './support/mutant-service';
import { walkToActive } from './support/walk-to-active';

type CaseCopy = CaseBody & { reference: string; proposed: CaseEventPayload['candidate'] };
type TimelineBody = { entries: Array<{ seq?: number; event: string; receivedBy?: StepReceipt[]; details?: Record<string, unknown> }> };

// Issue #17: a record proves which case it belongs to. An attacker holding only the sending body's
// service key re-sends a genuine chain under a new case id with another candidate: every party refuses
// it (CASE.RECORD_NOT_BOUND) and no copy of the phantom case exists. A log claiming a record of the
// receiving service itself that its store never wrote is refused (CASE.UNKNOWN_OWN_RECORD). Every party
// that applies a step sends its author a signed receipt, shown in both timelines.
//
// The detector proves it can fire: the same transplant sent to a prime-minister process started with
// SX_TEST_MUTANT=no-binding-check (a test-only switch, refused unless SX_DEV_KEYS=1, never read in
// production) is accepted there, and the phantom case appears.
describe('Issue #17: accountable records', () => {
  const exchange: Exchange = useExchange();
  const sender = () => exchange.api('sending-body', 'ministry-of-finance');
  const receiver = () => exchange.api('receiving-body', 'ministry-of-justice');
  let broker: Messaging;
  let active: CaseCopy;

  beforeAll(async () => {
    broker = await senderBroker(exchange.run.amqpUrl, exchange.run.prefix);
    const caseId = await walkToActive(exchange, 'R3');
    active = expectOk(await sender().get<CaseCopy>(`/cases/${caseId}`));
  });
  afterAll(async () => broker?.stop());

  /** The genuine chain up to the sender's approval request (its last step, as the envelope requires), re-sent under a new case id for another candidate. */
  function transplant(): CaseEventPayload {
    const events = (active.events as SignedRecord[]).filter((r) => r.seq <= 3);
    expect(events.map((r) => r.event.type)).toEqual(['ProposalSubmitted', 'ProposalAgreed', 'ApprovalRequested']);
    return {
      caseId: randomUUID(), ruleSet: 'R3', reference: '01-12/phantom', parties: active.parties as CaseEventPayload['parties'],
      candidate: { ...active.proposed, fullName: 'Phantom Candidate' }, documents: active.documents as CaseEventPayload['documents'], files: [], events,
    };
  }

  it('a genuine chain re-sent under a new case id with the sending body’s key is dead-lettered at the receiver and at the approver, with an alarm, and no copy of the new case exists', async () => {
    const payload = transplant();
    for (const to of [{ agencyId: 'ministry-of-justice', service: 'receiving-body' as const }, { agencyId: 'prime-minister', service: 'prime-minister' as const }]) {
      const messageId = await publishAsSender(broker, payload, to);
      const headers = await deadLetterOf(exchange.run.amqpUrl, exchange.run.prefix, to.service, messageId);
      expect(headers['x-sx-dead-reason-code']).toBe('CASE.RECORD_NOT_BOUND');
      expect(String(headers['x-sx-dead-reason'])).toMatch(new RegExp(`belongs to case ${active.caseId}`));
      expect((await exchange.api(to.service, to.agencyId).get(`/cases/${payload.caseId}`)).status).toBe(404);
      const alarms = exchange.process(to.service).output.jsonLines().filter((l) => l['alarm'] === true && l['code'] === 'CASE.RECORD_NOT_BOUND');
      expect(alarms.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('detector check: with the binding check switched off (SX_TEST_MUTANT=no-binding-check) the approver takes the phantom case, so the test above would fail', async () => {
    const payload = transplant();
    await withMutant(exchange, 'prime-minister', 'no-binding-check', async (url) => {
      const mutantBroker = await senderBroker(exchange.run.amqpUrl, `${exchange.run.prefix}-no-binding-check`);
      try {
        await publishAsSender(mutantBroker, payload, { agencyId: 'prime-minister', service: 'prime-minister' });
        const phantom = await waitFor(async () => {
          const res = await api(url, 'dev-key-prime-minister-0000').get<CaseBody>(`/cases/${payload.caseId}`);
          return res.status === 200 ? res.body : undefined;
        }, { timeoutMs: 30_000, intervalMs: 200, description: 'the phantom case at the mutant approver' });
        expect(phantom.status).toBe('awaiting-approval');
      } finally {
        await mutantBroker.stop();
      }
    });
  });

  it('a log holding a record signed as the receiving service that its store never wrote is refused as CASE.UNKNOWN_OWN_RECORD, and the case is untouched', async () => {
    const draft = await openWithPackage(sender(), { receiverId: 'ministry-of-justice' });
    await submit(sender(), draft.caseId);
    const held = await caseAt(receiver(), draft.caseId, 1);
    const first = held.events[0] as SignedRecord;
    const { prevHash: _p, hash: _h, signature: _s, ...binding } = first;
    const agreed = sealRecord({ ...binding, seq: 2, event: { type: 'ProposalAgreed', actor: 'receiver', on: first.event.on }, agencyId: 'ministry-of-justice', service: 'receiving-body' }, first.hash, devKeyRing('receiving-body').signingKey);
    const requested = sealRecord({ ...binding, seq: 3, event: { type: 'ApprovalRequested', actor: 'sender', on: first.event.on } }, agreed.hash, devKeyRing('sending-body').signingKey);
    const copy = expectOk(await receiver().get<CaseCopy>(`/cases/${draft.caseId}`));
    const payload: CaseEventPayload = {
      caseId: draft.caseId, ruleSet: 'R3', reference: copy.reference, parties: copy.parties as CaseEventPayload['parties'], candidate: copy.proposed,
      documents: copy.documents as CaseEventPayload['documents'], files: [], events: [first, agreed, requested],
    };
    const messageId = await publishAsSender(broker, payload, { agencyId: 'ministry-of-justice', service: 'receiving-body' });
    const headers = await deadLetterOf(exchange.run.amqpUrl, exchange.run.prefix, 'receiving-body', messageId);
    expect(headers['x-sx-dead-reason-code']).toBe('CASE.UNKNOWN_OWN_RECORD');
    expect(expectOk(await receiver().get<CaseBody>(`/cases/${draft.caseId}`)).events).toEqual(held.events);
  });

  it('every party that applied a step sent its author a signed receipt: “received by” shows in the author’s timeline and in the receiver’s own', async () => {
    const receivedBy = async (service: 'sending-body' | 'receiving-body', agencyId: string, seq: number, by: string): Promise<StepReceipt> =>
      waitFor(async () => {
        const timeline = expectOk(await exchange.api(service, agencyId).get<TimelineBody>(`/cases/${active.caseId}/timeline`));
        return timeline.entries.find((e) => e.seq === seq)?.receivedBy?.find((r) => r.service === by);
      }, { timeoutMs: 20_000, intervalMs: 200, description: `receipt of step ${seq} by ${by} in ${service}'s timeline` });
    // Step 1 was the sender's: the receiver and the Prime Minister (who joined with step 3) receipted it.
    const byReceiver = await receivedBy('sending-body', 'ministry-of-finance', 1, 'receiving-body');
    expect(byReceiver).toMatchObject({ caseId: active.caseId, seq: 1, recordHash: (active.events[0] as SignedRecord).hash, agencyId: 'ministry-of-justice' });
    expect(await receivedBy('sending-body', 'ministry-of-finance', 1, 'prime-minister')).toMatchObject({ agencyId: 'prime-minister' });
    // Step 2 was the receiver's: the sender's receipt is in the receiver's timeline; the receiver's own receipt of step 1 too.
    expect(await receivedBy('receiving-body', 'ministry-of-justice', 2, 'sending-body')).toMatchObject({ agencyId: 'ministry-of-finance' });
    expect(await receivedBy('receiving-body', 'ministry-of-justice', 1, 'receiving-body')).toEqual(byReceiver);
  });

  it('R3 §16: an approval dated back is counted from the receiver’s own receipt at every copy: the receiver’s, the approver’s (the author) and the sender’s (a third party, sent the receipt because it moved a period)', async () => {
    const approver = () => exchange.api('prime-minister', 'prime-minister');
    const draft = await openWithPackage(sender(), { receiverId: 'ministry-of-justice' });
    await submit(sender(), draft.caseId, '2026-11-02');
    await caseAt(receiver(), draft.caseId, 1);
    await step(receiver(), draft.caseId, { type: 'ProposalAgreed', on: '2026-11-03' });
    await caseAt(sender(), draft.caseId, 2);
    await step(sender(), draft.caseId, { type: 'ApprovalRequested', on: '2026-11-04' });
    await caseAt(approver(), draft.caseId, 3);
    const granted = await step(approver(), draft.caseId, { type: 'ApprovalGranted', on: '2026-11-05' });
    const decisionOf = (c: CaseBody) => c.obligations.find((o) => o.id === 'R3.appointment-decision');
    expect(decisionOf(granted)).toMatchObject({ actor: 'receiver', cite: 'R3 §16', countsFrom: '2026-11-05' });

    const atReceiver = await caseAt(receiver(), draft.caseId, 4);
    const receivedOn = atReceiver.obligations.find((o) => o.id === 'R3.appointment-decision');
    expect(receivedOn).toMatchObject({ countsFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), overdue: false });
    expect(String(receivedOn?.countsFrom) > '2026-11-05').toBe(true);
    for (const [name, client] of [['approver', approver()], ['sender', sender()]] as const) {
      const copy = await waitFor(async () => {
        const c = expectOk(await client.get<CaseBody>(`/cases/${draft.caseId}`));
        return decisionOf(c)?.due === receivedOn?.due ? c : undefined;
      }, { timeoutMs: 20_000, intervalMs: 200, description: `the ${name}'s copy counting from the receiver's receipt` });
      expect(decisionOf(copy)).toMatchObject({ countsFrom: String(receivedOn?.countsFrom), overdue: false });
    }
  });

  it('the record names who decided: the agency system behind the API key (its client id), inside the signed content', () => {
    for (const r of active.events as SignedRecord[]) expect(r.by).toMatchObject({ kind: 'system', subject: `${r.agencyId}-dev-system` });
  });
});
