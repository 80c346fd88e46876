import { addWorkingDays, legalDate } from '@sx/rules';
import { ok, type operations } from '@sx/client';
import { attachPackage, caseAt, eligibleCandidate, expectOk, expectPartiesAgree, openWithPackage, step, submit, type CaseBody, type ErrorBody } from './support/case-flows';
import { useExchange } from './support/exchange';
import type { PartyApi } from './support/party-api';
import { walkToActive } from './support/walk-to-active';

// R3 end to end: a ministry seconds a civil servant to another ministry (Prime Minister's approval,
// R3 §11(2)), every step through the HTTP APIs of the party that takes it. The clock is pinned to
// Wednesday 18 March 2026, just before Nauryz, so the first deadline crosses the holidays.
const TODAY = legalDate('2026-03-18');

describe('R3: civil servant to a state body, proposal to recall', () => {
  const exchange = useExchange({ env: { SX_FIXED_NOW: '2026-03-18T10:00:00+05:00' } });
  const sender = () => exchange.api('sending-body', 'ministry-of-finance');
  const receiver = () => exchange.api('receiving-body', 'ministry-of-justice');
  const pm = () => exchange.api('prime-minister', 'prime-minister');
  const parties = [
    ['sending-body', 'ministry-of-finance'],
    ['receiving-body', 'ministry-of-justice'],
  ] as const;

  it('R3 §12–§17: proposal, agreement, PM approval, appointment and order; every party holds the same case and deadlines', async () => {
    const draft = await openWithPackage(sender(), { receiverId: 'ministry-of-justice' });
    expect(draft).toMatchObject({ ruleSet: 'R3', status: 'draft', yourRoles: ['sender'] });

    const submitted = expectOk(await sender().post<CaseBody>(`/cases/${draft.caseId}/proposal`, {}));
    expect(submitted.status).toBe('proposal-under-review');
    // R3 §13: 10 working days from receipt, counted past Nauryz (21–25 March 2026 off).
    const receiverDecision = submitted.obligations.find((o) => o.id === 'R3.receiver-decision');
    expect(receiverDecision).toMatchObject({ actor: 'receiver', cite: 'R3 §13', due: addWorkingDays(TODAY, 10) });
    expect(receiverDecision?.due).toBe('2026-04-06');

    const atReceiver = await caseAt(receiver(), draft.caseId, 1);
    expect(atReceiver).toMatchObject({ status: 'proposal-under-review', yourRoles: ['receiver'] });
    expect(atReceiver.documents.map((d) => d.kind).sort()).toEqual(['cv', 'nomination', 'reasoned-letter', 'service-record', 'written-consent']);
    await expectPartiesAgree(exchange, draft.caseId, parties, 1);

    await step(receiver(), draft.caseId, { type: 'ProposalAgreed' });
    const agreed = await caseAt(sender(), draft.caseId, 2);
    expect(agreed.obligations.find((o) => o.id === 'R3.approval-request')).toMatchObject({ actor: 'sender', cite: 'R3 §15', due: addWorkingDays(TODAY, 3) });

    const requested = await step(sender(), draft.caseId, { type: 'ApprovalRequested' });
    expect(requested.status).toBe('awaiting-approval');
    expect(requested.parties['approver']).toEqual({ agencyId: 'prime-minister', service: 'prime-minister' });

    const atPm = await caseAt(pm(), draft.caseId, 3);
    expect(atPm).toMatchObject({ status: 'awaiting-approval', yourRoles: ['approver'] });
    // The approver sees the package the sender attached, file for file.
    expect(atPm.documents.map((d) => d.sha256).sort()).toEqual(requested.documents.map((d) => d.sha256).sort());
    expect(atPm.documents).toHaveLength(5);
    const anyDoc = atPm.documents[0];
    const file = await pm().get<{ contentBase64: string }>(`/cases/${draft.caseId}/files/${anyDoc?.sha256}`);
    expect(file.status).toBe(200);

    await step(pm(), draft.caseId, { type: 'ApprovalGranted' });
    await caseAt(receiver(), draft.caseId, 4);
    await step(receiver(), draft.caseId, { type: 'AppointmentDecided', startsOn: '2026-04-01' });
    const toOrder = await caseAt(sender(), draft.caseId, 5);
    expect(toOrder.obligations.find((o) => o.id === 'R3.order')).toMatchObject({ actor: 'sender', cite: 'R3 §17', due: addWorkingDays(TODAY, 3) });

    const active = await step(sender(), draft.caseId, { type: 'OrderIssued', effectiveFrom: '2026-04-01' });
    expect(active.status).toBe('active');
    await step(sender(), draft.caseId, { type: 'PersonalFileTransferred' });

    const copies = await expectPartiesAgree(exchange, draft.caseId, [...parties, ['prime-minister', 'prime-minister']], 7);
    expect(copies.every((c) => c.status === 'active')).toBe(true);

    const timeline = expectOk(await receiver().get<{ entries: { event: string; cite?: string; messageId?: string }[] }>(`/cases/${draft.caseId}/timeline`));
    expect(timeline.entries.map((e) => e.event)).toEqual([
      'ProposalSubmitted',
      'ProposalAgreed',
      'ApprovalRequested',
      'ApprovalGranted',
      'AppointmentDecided',
      'OrderIssued',
      'PersonalFileTransferred',
    ]);
    expect(timeline.entries.every((e) => e.cite?.startsWith('R3 §'))).toBe(true);
  });

  it('R3 §10: an ineligible candidate is refused with every failed condition cited, and nothing is sent', async () => {
    const draft = await openWithPackage(sender(), {
      receiverId: 'ministry-of-justice',
      eligibility: eligibleCandidate({ senderServiceStart: '2024-01-10', unexpungedSanctions: 1, writtenConsentDate: null }),
      kinds: ['reasoned-letter', 'nomination', 'cv'],
    });
    const refused = await sender().post<ErrorBody>(`/cases/${draft.caseId}/proposal`, {});
    expect(refused.status).toBe(422);
    const cited = refused.body.error.violations?.map((v) => [v.code, v.cite]);
    expect(cited).toEqual(
      expect.arrayContaining([
        ['ELIGIBILITY.SERVICE_TOO_SHORT', 'R3 §10(1)'],
        ['ELIGIBILITY.UNEXPUNGED_SANCTION', 'R3 §10(2)'],
        ['ELIGIBILITY.NO_WRITTEN_CONSENT', 'R3 §10(6)'],
        ['DOCUMENTS.MISSING', 'R3 §12(3)'],
        ['DOCUMENTS.MISSING', 'R3 §12(4)'],
      ]),
    );
    const after = expectOk(await sender().get<CaseBody>(`/cases/${draft.caseId}`));
    expect(after).toMatchObject({ status: 'draft', steps: 0 });
    expect((await receiver().get(`/cases/${draft.caseId}`)).status).toBe(404);
  });

  it('GET /cases filters by who owes the open obligation, due within N working days, and procedure; bad values are 400', async () => {
    const draft = await openWithPackage(sender(), { receiverId: 'ministry-of-justice' });
    await submit(sender(), draft.caseId);
    const atReceiver = await caseAt(receiver(), draft.caseId, 1);
    // R3 §13: the receiver decides within 10 working days; Nauryz (21–25 March) lies in between.
    const due = atReceiver.obligations.find((o) => o.actor === 'receiver')?.due;
    expect(due).toBe(addWorkingDays(TODAY, 10));
    const listed = async (who: PartyApi, query: NonNullable<operations['listCases']['parameters']['query']>): Promise<string[]> =>
      (await ok(who.typed.GET('/cases', { params: { query: { limit: 100, ...query } } }))).items.map((c) => c.caseId);

    expect(await listed(receiver(), { owedBy: 'me' })).toContain(draft.caseId);
    expect(await listed(receiver(), { owedBy: 'others' })).not.toContain(draft.caseId);
    expect(await listed(sender(), { owedBy: 'others' })).toContain(draft.caseId);
    expect(await listed(sender(), { owedBy: 'me' })).not.toContain(draft.caseId);
    expect(await listed(receiver(), { owedBy: 'me', dueWithin: 10 })).toContain(draft.caseId);
    expect(await listed(receiver(), { owedBy: 'me', dueWithin: 9 })).not.toContain(draft.caseId);
    expect(await listed(receiver(), { procedure: 'R3', status: 'proposal-under-review' })).toContain(draft.caseId);
    expect(await listed(receiver(), { procedure: 'R1' })).not.toContain(draft.caseId);
    expect(await listed(receiver(), { overdue: 'true' })).not.toContain(draft.caseId);

    for (const bad of ['owedBy=everyone', 'dueWithin=-1', 'dueWithin=soon', 'procedure=R4']) {
      const res = await receiver().get<ErrorBody>(`/cases?${bad}`);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'REQUEST.INVALID', text: { kk: expect.any(String), ru: expect.any(String), en: expect.any(String) } });
    }
  });

  it('R3 §13–§14: a refusal leaves no deadline for another candidate; the receiver, an interested party, raises one and the sender proposes it under §12', async () => {
    const draft = await openWithPackage(sender(), { receiverId: 'ministry-of-justice' });
    expectOk(await sender().post(`/cases/${draft.caseId}/proposal`, {}));
    await caseAt(receiver(), draft.caseId, 1);
    await step(receiver(), draft.caseId, { type: 'ProposalRefused', reason: 'position filled' });
    const refused = await caseAt(sender(), draft.caseId, 2);
    expect(refused).toMatchObject({ status: 'proposal-refused', obligations: [] });

    const raised = await step(receiver(), draft.caseId, { type: 'AnotherCandidateRaised' });
    expect(raised.events.at(-1)?.event).toMatchObject({ type: 'AnotherCandidateRaised', actor: 'receiver' });
    const told = await caseAt(sender(), draft.caseId, 3);
    expect(told).toMatchObject({ status: 'proposal-refused' });

    expectOk(await sender().put(`/cases/${draft.caseId}/candidate`, { fullName: 'Dauren Serikovich Abenov', position: 'Chief expert', eligibility: eligibleCandidate() }));
    await attachPackage(sender(), draft.caseId);
    const second = expectOk(await sender().post<CaseBody>(`/cases/${draft.caseId}/proposal`, {}));
    expect(second.status).toBe('proposal-under-review');
    expect(second.documents.filter((d) => d.proposal === 2)).toHaveLength(5);
    await caseAt(receiver(), draft.caseId, 4);
  });

  it('R3 §11: the Prime Minister denies approval; the case ends for every party', async () => {
    const draft = await openWithPackage(sender(), { receiverId: 'ministry-of-justice' });
    expectOk(await sender().post(`/cases/${draft.caseId}/proposal`, {}));
    await caseAt(receiver(), draft.caseId, 1);
    await step(receiver(), draft.caseId, { type: 'ProposalAgreed' });
    await caseAt(sender(), draft.caseId, 2);
    await step(sender(), draft.caseId, { type: 'ApprovalRequested' });
    await caseAt(pm(), draft.caseId, 3);
    await step(pm(), draft.caseId, { type: 'ApprovalDenied' });
    const copies = await expectPartiesAgree(exchange, draft.caseId, [...parties, ['prime-minister', 'prime-minister']], 4);
    // Every copy at that step shows it; a party the law did not tell holds a verified prefix.
    expect(new Set(copies.map((c) => c.status))).toEqual(new Set(['approval-denied']));
    expect(copies.every((c) => c.obligations.length === 0)).toBe(true);
  });

  it('R3 §18(2): a joint written decision needs both parties’ steps: the sending body alone cannot recall on ground 2, and only the party that did not propose consents', async () => {
    const caseId = await walkToActive(exchange, 'R3');

    const alone = await sender().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'EarlyRecallDecided', ground: 2 });
    expect(alone.status).toBe(422);
    expect(alone.body.error).toMatchObject({ code: 'RECALL.JOINT_DECISION_MISSING', cite: 'R3 §18(2)' });

    const proposed = await step(sender(), caseId, { type: 'EarlyRecallProposed' });
    expect([proposed.status, proposed.events.at(-1)?.event.type]).toEqual(['active', 'EarlyRecallProposed']);
    await caseAt(receiver(), caseId, 8);

    const unconsented = await sender().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'EarlyRecallDecided', ground: 2 });
    expect(unconsented.body.error).toMatchObject({ code: 'RECALL.JOINT_DECISION_MISSING', cite: 'R3 §18(2)' });
    const bySender = await sender().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'EarlyRecallConsented' });
    expect(bySender.body.error).toMatchObject({ code: 'RECALL.OWN_PROPOSAL', cite: 'R3 §18(2)' });

    const consented = await step(receiver(), caseId, { type: 'EarlyRecallConsented' });
    expect(consented.events.at(-1)?.event).toMatchObject({ type: 'EarlyRecallConsented', actor: 'receiver' });
    const copies = await expectPartiesAgree(exchange, caseId, [...parties, ['prime-minister', 'prime-minister']], 9);
    // Every copy at that step shows it; a party the law did not tell holds a verified prefix.
    expect(new Set(copies.map((c) => c.status))).toEqual(new Set(['active']));
  });
});
