import { addMonths, addWorkingDays, legalDate } from '@sx/rules';
import { attachPackage, caseAt, eligibleCandidate, expectOk, expectPartiesAgree, openWithPackage, step, type CaseBody, type ErrorBody } from './support/case-flows';
import { useExchange } from './support/exchange';
import { walkToActive } from './support/walk-to-active';

// R2 end to end: a ministry seconds a civil servant to the Embassy in Berlin. The MFA, as the
// authorized body, interviews and agrees; the Presidential Administration approves (R2 §17); the MFA
// and then the sending body issue their orders (R2 §18–§19); KPIs follow within a month (R2 §12).
// The clock is pinned to Wednesday 18 March 2026, just before Nauryz (21–25 March 2026 off).
const TODAY = legalDate('2026-03-18');
const NB_CANDIDATE = (percent: number) =>
  eligibleCandidate({
    nationalBankEmployee: true,
    nationalBankWorkStart: '2018-09-03',
    nationalBankKpi: [
      { year: 2024, percent },
      { year: 2025, percent: percent + 2 },
    ],
  });

describe('R2: civil servant or National Bank employee to a foreign institution', () => {
  const exchange = useExchange({ env: { SX_FIXED_NOW: '2026-03-18T10:00:00+05:00' } });
  const sender = (agency = 'ministry-of-finance') => exchange.api('sending-body', agency);
  const mfa = () => exchange.api('foreign-affairs', 'mfa');
  const embassy = () => exchange.api('foreign-affairs', 'embassy-berlin');
  const pa = () => exchange.api('presidential-administration', 'presidential-administration');
  const parties = [
    ['sending-body', 'ministry-of-finance'],
    ['foreign-affairs', 'mfa'],
  ] as const;
  const allParties = [...parties, ['presidential-administration', 'presidential-administration']] as const;

  /** Submits a ministry-of-finance case and returns its id once the MFA holds it. */
  async function submitted(): Promise<string> {
    const draft = await openWithPackage(sender(), { receiverId: 'embassy-berlin' });
    expectOk(await sender().post(`/cases/${draft.caseId}/proposal`, {}));
    await caseAt(mfa(), draft.caseId, 1);
    return draft.caseId;
  }

  const activeCase = (): Promise<string> => walkToActive(exchange, 'R2', { dispatchedOn: TODAY });

  it('R2 §13–§19, §12: the MFA interviews and agrees, the Presidential Administration approves, both orders are issued and the KPIs are approved within a month; every party agrees', async () => {
    const draft = await openWithPackage(sender(), { receiverId: 'embassy-berlin' });
    expect(draft).toMatchObject({ ruleSet: 'R2', status: 'draft', yourRoles: ['sender'] });
    expect(draft.parties['mfa']).toEqual({ agencyId: 'mfa', service: 'foreign-affairs' });

    const sent = expectOk(await sender().post<CaseBody>(`/cases/${draft.caseId}/proposal`, {}));
    expect(sent.status).toBe('proposal-under-review');
    // R2 §14: the interview within 15 working days, the decision within 3 months of receipt.
    expect(sent.obligations.find((o) => o.id === 'R2.mfa-interview')).toMatchObject({ actor: 'mfa', cite: 'R2 §14', due: addWorkingDays(TODAY, 15) });
    expect(sent.obligations.find((o) => o.id === 'R2.mfa-decision')).toMatchObject({ actor: 'mfa', cite: 'R2 §14', due: addMonths(TODAY, 3) });

    const atMfa = await caseAt(mfa(), draft.caseId, 1);
    expect(atMfa).toMatchObject({ ruleSet: 'R2', status: 'proposal-under-review', yourRoles: ['mfa'] });
    expect(atMfa.documents).toHaveLength(5);
    await expectPartiesAgree(exchange, draft.caseId, parties, 1);

    const interviewed = await step(mfa(), draft.caseId, { type: 'CandidateInterviewed' });
    expect(interviewed.status).toBe('proposal-under-review');
    expect(interviewed.obligations.find((o) => o.id === 'R2.mfa-interview')).toBeUndefined();
    expect(interviewed.obligations.find((o) => o.id === 'R2.mfa-decision')).toBeDefined();

    await step(mfa(), draft.caseId, { type: 'ProposalAgreed' });
    const agreed = await caseAt(sender(), draft.caseId, 3);
    expect(agreed.status).toBe('proposal-agreed');
    expect(agreed.obligations.find((o) => o.id === 'R2.approval-request')).toMatchObject({ actor: 'sender', cite: 'R2 §16', due: addWorkingDays(TODAY, 3) });

    const requested = await step(sender(), draft.caseId, { type: 'ApprovalRequested' });
    expect(requested.status).toBe('awaiting-approval');
    // R2 §17: the President, or by his authority the Head of the Presidential Administration.
    expect(requested.parties['approver']).toEqual({ agencyId: 'presidential-administration', service: 'presidential-administration' });
    const atPa = await caseAt(pa(), draft.caseId, 4);
    expect(atPa).toMatchObject({ status: 'awaiting-approval', yourRoles: ['approver'] });
    expect(atPa.documents).toHaveLength(5);

    await step(pa(), draft.caseId, { type: 'ApprovalGranted' });
    const toOrder = await caseAt(mfa(), draft.caseId, 5);
    expect(toOrder.status).toBe('awaiting-order');
    expect(toOrder.obligations.find((o) => o.id === 'R2.order')).toMatchObject({ actor: 'mfa', cite: 'R2 §18', due: addWorkingDays(TODAY, 3) });

    const ordered = await step(mfa(), draft.caseId, { type: 'OrderIssued', effectiveFrom: '2026-04-01' });
    expect(ordered.status).toBe('awaiting-sender-order');
    await caseAt(sender(), draft.caseId, 6);

    const active = await step(sender(), draft.caseId, { type: 'SenderOrderIssued', dispatchedOn: TODAY });
    expect(active.status).toBe('active');
    // R2 §12: KPIs no later than one month from the dispatch date.
    const kpi = active.obligations.find((o) => o.id === 'R2.kpi');
    expect(kpi).toMatchObject({ actor: 'sender', cite: 'R2 §12', due: addMonths(TODAY, 1) });
    expect(kpi?.due).toBe('2026-04-20');
    await expectPartiesAgree(exchange, draft.caseId, allParties, 7);

    const kpiDone = await step(sender(), draft.caseId, { type: 'KpiApproved' });
    expect(kpiDone.obligations.find((o) => o.id === 'R2.kpi')).toBeUndefined();

    const copies = await expectPartiesAgree(exchange, draft.caseId, allParties, 8);
    // Every copy at that step shows it; a party the law did not tell holds a verified prefix.
    expect(new Set(copies.map((c) => c.status))).toEqual(new Set(['active']));
    // The embassy, the receiver, sees the same case through foreign-affairs.
    const atEmbassy = await caseAt(embassy(), draft.caseId, 8);
    expect(atEmbassy).toMatchObject({ status: 'active', yourRoles: ['receiver'] });

    // The sender's timeline also holds its own drafting (CaseOpened, DocumentAttached) before the procedure's steps.
    const timeline = expectOk(await sender().get<{ entries: { event: string; cite?: string }[] }>(`/cases/${draft.caseId}/timeline`));
    const steps = timeline.entries.slice(timeline.entries.findIndex((e) => e.event === 'ProposalSubmitted'));
    expect(timeline.entries[0]?.event).toBe('CaseOpened');
    expect(steps.map((e) => e.event)).toEqual([
      'ProposalSubmitted',
      'CandidateInterviewed',
      'ProposalAgreed',
      'ApprovalRequested',
      'ApprovalGranted',
      'OrderIssued',
      'SenderOrderIssued',
      'KpiApproved',
    ]);
    expect(steps.every((e) => e.cite?.startsWith('R2 §'))).toBe(true);
  });

  it('R2 §16: a civil servant of the Presidential Administration needs no approval step once the MFA agrees; the MFA proceeds to its order', async () => {
    const paSender = () => sender('presidential-administration');
    const draft = await openWithPackage(paSender(), { receiverId: 'embassy-berlin', extra: { presidentialAdministrationServant: true } });
    expect(draft).toMatchObject({ ruleSet: 'R2', yourRoles: ['sender'] });
    expectOk(await paSender().post(`/cases/${draft.caseId}/proposal`, {}));
    await caseAt(mfa(), draft.caseId, 1);

    // R2 §14: the MFA may agree only after the interview.
    const early = await mfa().post<ErrorBody>(`/cases/${draft.caseId}/steps`, { type: 'ProposalAgreed' });
    expect(early.status).toBe(422);
    expect(early.body.error).toMatchObject({ code: 'CASE.INTERVIEW_MISSING', cite: 'R2 §14' });
    await step(mfa(), draft.caseId, { type: 'CandidateInterviewed' });
    await step(mfa(), draft.caseId, { type: 'ProposalAgreed' });
    const agreed = await caseAt(paSender(), draft.caseId, 3);
    expect(agreed.status).toBe('awaiting-order');
    expect(agreed.obligations.find((o) => o.id === 'R2.approval-request')).toBeUndefined();
    expect(agreed.obligations.find((o) => o.id === 'R2.order')).toMatchObject({ actor: 'mfa', cite: 'R2 §18', due: addWorkingDays(TODAY, 3) });

    const noApproval = await paSender().post<ErrorBody>(`/cases/${draft.caseId}/steps`, { type: 'ApprovalRequested' });
    expect(noApproval.status).toBeGreaterThanOrEqual(400);
    expect(noApproval.status).toBeLessThan(500);
    expect(noApproval.body.error.code).toBe('CASE.ILLEGAL_TRANSITION');

    await step(mfa(), draft.caseId, { type: 'OrderIssued', effectiveFrom: '2026-04-01' });
    await caseAt(paSender(), draft.caseId, 4);
    const active = await step(paSender(), draft.caseId, { type: 'SenderOrderIssued', dispatchedOn: TODAY });
    expect(active.status).toBe('active');
    expect(active.parties['approver']).toBeUndefined();
    const copies = await expectPartiesAgree(exchange, draft.caseId, [['sending-body', 'presidential-administration'], ['foreign-affairs', 'mfa']], 5);
    // Every copy at that step shows it; a party the law did not tell holds a verified prefix.
    expect(new Set(copies.map((c) => c.status))).toEqual(new Set(['active']));
  });

  it('R2 §15: after the MFA refuses, the sending body must propose another candidate within 5 working days', async () => {
    const caseId = await submitted();
    await step(mfa(), caseId, { type: 'ProposalRefused', reason: 'the interview was not passed' });
    const refused = await caseAt(sender(), caseId, 2);
    expect(refused.status).toBe('proposal-refused');
    const replacement = refused.obligations.find((o) => o.id === 'R2.replacement-candidate');
    expect(replacement).toMatchObject({ actor: 'sender', cite: 'R2 §15', due: addWorkingDays(TODAY, 5) });
    expect(refused.obligations.find((o) => o.id === 'R2.mfa-decision')).toBeUndefined();
    await expectPartiesAgree(exchange, caseId, parties, 2);

    expectOk(await sender().put(`/cases/${caseId}/candidate`, { fullName: 'Yerlan Bolatovich Kassymov', position: 'First secretary', eligibility: eligibleCandidate() }));
    await attachPackage(sender(), caseId);
    const second = expectOk(await sender().post<CaseBody>(`/cases/${caseId}/proposal`, {}));
    expect(second.status).toBe('proposal-under-review');
    expect(second.obligations.find((o) => o.id === 'R2.replacement-candidate')).toBeUndefined();
    await expectPartiesAgree(exchange, caseId, parties, 3);
  });

  it('R2 §22: the sending body decides an early recall on a ground of R2 §20, notifies the MFA within 3 working days, and the person is recalled at every party', async () => {
    const caseId = await activeCase();
    // Expiry (ground 1) is not an early recall: it follows R2 §21.
    const expiry = await sender().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'EarlyRecallDecided', ground: 1 });
    expect(expiry.status).toBe(422);
    expect(expiry.body.error.cite).toMatch(/^R2 §/);

    const decided = await step(sender(), caseId, { type: 'EarlyRecallDecided', ground: 3 });
    expect(decided.status).toBe('early-recall-decided');
    expect(decided.obligations.find((o) => o.id === 'R2.early-recall-notice')).toMatchObject({ actor: 'sender', cite: 'R2 §22', due: addWorkingDays(TODAY, 3) });
    await expectPartiesAgree(exchange, caseId, allParties, 8);

    const notified = await step(sender(), caseId, { type: 'EarlyRecallNotified' });
    expect(notified.status).toBe('recalled');
    expect(notified.obligations.find((o) => o.id === 'R2.early-recall-notice')).toBeUndefined();
    const copies = await expectPartiesAgree(exchange, caseId, allParties, 9);
    // Every copy at that step shows it; a party the law did not tell holds a verified prefix.
    expect(new Set(copies.map((c) => c.status))).toEqual(new Set(['recalled']));
  });

  it('R2 §11(5): a National Bank employee with at least 80 % KPI in the last two years is proposed, and one with 70 % is refused with that citation', async () => {
    const nb = () => sender('national-bank');
    const good = await openWithPackage(nb(), { receiverId: 'embassy-berlin', eligibility: NB_CANDIDATE(85) });
    expect(good.ruleSet).toBe('R2');
    const checks = expectOk(await nb().get<{ ok: boolean; violations: unknown[] }>(`/cases/${good.caseId}/checks`));
    expect(checks).toEqual({ ok: true, violations: [] });
    const sent = expectOk(await nb().post<CaseBody>(`/cases/${good.caseId}/proposal`, {}));
    expect(sent.status).toBe('proposal-under-review');
    await expectPartiesAgree(exchange, good.caseId, [['sending-body', 'national-bank'], ['foreign-affairs', 'mfa']], 1);

    const weak = await openWithPackage(nb(), { receiverId: 'embassy-berlin', eligibility: NB_CANDIDATE(70), fullName: 'Asel Maratovna Zhunusova' });
    const refused = await nb().post<ErrorBody>(`/cases/${weak.caseId}/proposal`, {});
    expect(refused.status).toBe(422);
    expect(refused.body.error.violations?.map((v) => [v.code, v.cite])).toEqual([['ELIGIBILITY.KPI_BELOW_THRESHOLD', 'R2 §11(5)']]);
    expect(refused.body.error).toMatchObject({ code: 'ELIGIBILITY.KPI_BELOW_THRESHOLD', cite: 'R2 §11(5)' });
    const after = expectOk(await nb().get<CaseBody>(`/cases/${weak.caseId}`));
    expect(after).toMatchObject({ status: 'draft', steps: 0 });
    expect((await mfa().get(`/cases/${weak.caseId}`)).status).toBe(404);
  });
});
