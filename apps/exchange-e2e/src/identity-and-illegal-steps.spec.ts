import { waitFor } from '@sx/testing';
import { addWorkingDays, legalDate } from '@sx/rules';
import { caseAt, DOCUMENT_KINDS, eligibleCandidate, expectOk, openWithPackage, step, type CaseBody, type ErrorBody } from './support/case-flows';
import { useExchange } from './support/exchange';
import { JANUARY_2026, walkToActive } from './support/walk-to-active';

// Who may do what, when, and what the API answers otherwise: every refusal names its code and, where
// a rule of Resolution 755 is behind it, the paragraph; every refusal leaves the case as it was.
// The clock is pinned to Wednesday 18 March 2026.
const TODAY = legalDate('2026-03-18');

interface CaseList {
  readonly items: CaseBody[];
  readonly nextCursor: string | null;
}

describe('Identity, illegal steps and case lists', () => {
  const exchange = useExchange({ env: { SX_FIXED_NOW: '2026-03-18T10:00:00+05:00', SX_SWEEP_INTERVAL_MS: '500' } });
  const sender = (agency = 'ministry-of-finance') => exchange.api('sending-body', agency);
  const receiver = () => exchange.api('receiving-body', 'ministry-of-justice');

  async function submittedCase(agency = 'ministry-of-finance'): Promise<string> {
    const draft = await openWithPackage(sender(agency), { receiverId: 'ministry-of-justice' });
    expectOk(await sender(agency).post(`/cases/${draft.caseId}/proposal`, {}));
    await caseAt(receiver(), draft.caseId, 1);
    return draft.caseId;
  }

  const version = async (caseId: string, agency = 'ministry-of-finance'): Promise<number> => expectOk(await sender(agency).get<CaseBody>(`/cases/${caseId}`)).version;

  it('R3 §13: the sender cannot agree to its own proposal; the refusal names the wrong actor with its citation and changes nothing', async () => {
    const caseId = await submittedCase();
    const before = await version(caseId);
    const res = await sender().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'ProposalAgreed' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(['CASE.WRONG_ACTOR', 'CASE.ILLEGAL_TRANSITION']).toContain(res.body.error.code);
    expect(res.body.error.cite).toMatch(/^R3 §13/);
    expect(res.body.error.text).toEqual({ kk: expect.any(String), ru: expect.any(String), en: expect.any(String) });
    expect(await version(caseId)).toBe(before);
    expect(expectOk(await sender().get<CaseBody>(`/cases/${caseId}`))).toMatchObject({ status: 'proposal-under-review', steps: 1 });
  });

  it('R3 §17: an order before the approval is an illegal transition, cited, and the case version is unchanged', async () => {
    const caseId = await submittedCase();
    const before = await version(caseId);
    const res = await sender().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'OrderIssued', effectiveFrom: '2026-04-01' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.error.code).toBe('CASE.ILLEGAL_TRANSITION');
    expect(res.body.error.cite).toMatch(/^R3 §/);
    expect(await version(caseId)).toBe(before);
  });

  it('R3 §12(4): a package of four documents without the written consent is refused as DOCUMENTS.MISSING, and nothing is sent', async () => {
    const draft = await openWithPackage(sender(), { receiverId: 'ministry-of-justice', kinds: DOCUMENT_KINDS.filter((k) => k !== 'written-consent') });
    const before = await version(draft.caseId);
    const res = await sender().post<ErrorBody>(`/cases/${draft.caseId}/proposal`, {});
    expect(res.status).toBe(422);
    expect(res.body.error.violations?.map((v) => [v.code, v.cite])).toEqual([['DOCUMENTS.MISSING', 'R3 §12(4)']]);
    expect(res.body.error).toMatchObject({ code: 'DOCUMENTS.MISSING', cite: 'R3 §12(4)' });
    expect(await version(draft.caseId)).toBe(before);
    expect(expectOk(await sender().get<CaseBody>(`/cases/${draft.caseId}`))).toMatchObject({ status: 'draft', steps: 0 });
    expect((await receiver().get(`/cases/${draft.caseId}`)).status).toBe(404);
  });

  it('An agency that is not a party to a case can neither read it nor act on it: 404, as if the case did not exist', async () => {
    const caseId = await submittedCase();
    const before = await version(caseId);
    const stranger = exchange.api('sending-body', 'ministry-of-justice');
    const read = await stranger.get<ErrorBody>(`/cases/${caseId}`);
    expect(read.status).toBe(404);
    expect(read.body.error.code).toBe('CASE.NOT_FOUND');
    expect((await stranger.get(`/cases/${caseId}/timeline`)).status).toBe(404);
    const act = await stranger.post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'ProposalWithdrawn' });
    expect(act.status).toBe(404);
    expect(act.body.error.code).toBe('CASE.NOT_FOUND');
    // Another agency on the receiving side, not this case's receiver.
    const otherReceiver = exchange.api('receiving-body', 'akimat-almaty');
    expect((await otherReceiver.get(`/cases/${caseId}`)).status).toBe(404);
    expect((await otherReceiver.post(`/cases/${caseId}/steps`, { type: 'ProposalAgreed' })).status).toBe(404);
    const listed = expectOk(await stranger.get<CaseList>('/cases?limit=100'));
    expect(listed.items.map((c) => c.caseId)).not.toContain(caseId);
    expect(await version(caseId)).toBe(before);
  });

  it('An unknown API key is refused with 401 and no case is opened', async () => {
    const anonymous = exchange.apiWithKey('sending-body', 'sx-dev-not-a-real-key-0000');
    const list = await anonymous.get<ErrorBody>('/cases');
    expect(list.status).toBe(401);
    expect(list.body.error.code).toMatch(/^AUTH\./);
    const open = await anonymous.post<ErrorBody>('/cases', {
      receiverId: 'ministry-of-justice',
      reference: '01-12/401',
      candidate: { fullName: 'Nobody', position: 'Chief expert', eligibility: eligibleCandidate() },
    });
    expect(open.status).toBe(401);
    expect((await exchange.api('sending-body').get('/cases')).status).toBe(401);
  });

  it('SPEC Deadlines: an act dated in the future is refused with 422 CASE.DATE_IN_FUTURE, in Kazakh when asked, and changes nothing', async () => {
    const caseId = await submittedCase();
    const before = expectOk(await receiver().get<CaseBody>(`/cases/${caseId}`)).version;
    const tomorrow = addWorkingDays(TODAY, 1);
    const res = await receiver().post<ErrorBody & { error: { message: string } }>(`/cases/${caseId}/steps`, { type: 'ProposalAgreed', on: tomorrow }, { headers: { 'accept-language': 'kk' } });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('CASE.DATE_IN_FUTURE');
    expect(res.body.error.cite).toBe('SPEC Deadlines');
    expect(res.body.error.text.kk).toBeTruthy();
    expect(res.body.error.text.ru).toBeTruthy();
    expect(res.body.error.text.en).toBeTruthy();
    expect(res.body.error.message).toBe(res.body.error.text.kk);

    const inRussian = await receiver().post<ErrorBody & { error: { message: string } }>(`/cases/${caseId}/steps`, { type: 'ProposalAgreed', on: tomorrow }, { headers: { 'accept-language': 'ru' } });
    expect(inRussian.body.error.message).toBe(inRussian.body.error.text.ru);
    const inEnglish = await receiver().post<ErrorBody & { error: { message: string } }>(`/cases/${caseId}/steps`, { type: 'ProposalAgreed', on: tomorrow });
    expect(inEnglish.body.error.message).toBe(inEnglish.body.error.text.en);

    const after = expectOk(await receiver().get<CaseBody>(`/cases/${caseId}`));
    expect(after.version).toBe(before);
    expect(after).toMatchObject({ status: 'proposal-under-review', steps: 1 });
    // The same step dated today is accepted.
    expect((await step(receiver(), caseId, { type: 'ProposalAgreed' })).status).toBe('proposal-agreed');
  });

  it('R3 §13: a rule violation is explained in Kazakh when Accept-Language is kk', async () => {
    const caseId = await submittedCase();
    const res = await sender().post<ErrorBody & { error: { message: string } }>(`/cases/${caseId}/steps`, { type: 'ProposalAgreed' }, { headers: { 'accept-language': 'kk' } });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.body.error.message).toBe(res.body.error.text.kk);
    expect(res.body.error.message).not.toBe(res.body.error.text.en);
  });

  it('GET /cases?status=proposal-under-review lists only cases in that state', async () => {
    const submittedId = await submittedCase();
    const draft = await openWithPackage(sender(), { receiverId: 'ministry-of-justice' });
    const listed = expectOk(await sender().get<CaseList>('/cases?status=proposal-under-review&limit=100'));
    expect(listed.items.length).toBeGreaterThan(0);
    expect(listed.items.every((c) => c.status === 'proposal-under-review')).toBe(true);
    const ids = listed.items.map((c) => c.caseId);
    expect(ids).toContain(submittedId);
    expect(ids).not.toContain(draft.caseId);
    const drafts = expectOk(await sender().get<CaseList>('/cases?status=draft&limit=100'));
    expect(drafts.items.every((c) => c.status === 'draft')).toBe(true);
    expect(drafts.items.map((c) => c.caseId)).toContain(draft.caseId);
  });

  type Timeline = { entries: { event: string; cite?: string; details?: Record<string, unknown> }[] };
  const timelineOf = async (client: ReturnType<typeof receiver>, caseId: string): Promise<Timeline['entries']> => expectOk(await client.get<Timeline>(`/cases/${caseId}/timeline`)).entries;
  const decisionOf = (c: CaseBody) => c.obligations.find((o) => o.id === 'R3.receiver-decision');

  it('R3 §13: a proposal the sender dates back to 5 January is not overdue: the receiver’s ten working days run from its own receipt, at the receiver and, once its receipt arrives, at the sender', async () => {
    const akimat = () => sender('akimat-almaty');
    const eligibility = eligibleCandidate({
      writtenConsentDate: '2025-12-20',
      performanceRatings: [
        { year: 2023, rating: 'effective' },
        { year: 2024, rating: 'effective' },
        { year: 2025, rating: 'effective' },
      ],
    });
    const backdated = await openWithPackage(akimat(), { receiverId: 'ministry-of-justice', eligibility });
    const sent = expectOk(await akimat().post<CaseBody>(`/cases/${backdated.caseId}/proposal`, { on: '2026-01-05' }));
    // The sender alone knows only the day it declared.
    expect(decisionOf(sent)).toMatchObject({ countsFrom: '2026-01-05', countsFromReceipt: true, due: addWorkingDays(legalDate('2026-01-05'), 10) });

    const dueFromReceipt = addWorkingDays(TODAY, 10);
    const atReceiver = await caseAt(receiver(), backdated.caseId, 1);
    expect(decisionOf(atReceiver)).toMatchObject({ actor: 'receiver', cite: 'R3 §13', countsFrom: TODAY, due: dueFromReceipt, overdue: false });
    const atSender = await waitFor(async () => {
      const c = expectOk(await akimat().get<CaseBody>(`/cases/${backdated.caseId}`));
      return decisionOf(c)?.due === dueFromReceipt ? c : undefined;
    }, { timeoutMs: 20_000, intervalMs: 200, description: 'the sender’s copy counting from the receiver’s receipt' });
    expect(decisionOf(atSender)).toMatchObject({ countsFrom: TODAY, overdue: false });

    // Both timelines say why the date moved, with the receipt behind it; the receiver never missed it.
    for (const client of [akimat(), receiver()]) {
      const started = (await timelineOf(client, backdated.caseId)).filter((e) => e.event === 'PeriodStartedOnReceipt');
      expect(started).toEqual([expect.objectContaining({ cite: 'R3 §13', details: expect.objectContaining({ step: 1, declaredOn: '2026-01-05', receivedOn: TODAY, receivedBy: { agencyId: 'ministry-of-justice', service: 'receiving-body' } }) })]);
    }
    expect((await timelineOf(receiver(), backdated.caseId)).some((e) => e.event === 'DeadlineMissed')).toBe(false);
    expect(expectOk(await receiver().get<CaseList>('/cases?overdue=true&limit=100')).items.map((c) => c.caseId)).not.toContain(backdated.caseId);
  });

  it('R3 §9: GET /cases?overdue=true lists a case whose report of an offence is past due, not one still in time; the sweeper records the miss once', async () => {
    // Served since January; the offence was found on Monday 2 February, and its report never came.
    const lateId = await walkToActive(exchange, 'R3', { dates: JANUARY_2026 });
    const found = await step(receiver(), lateId, { type: 'DisciplinaryOffenceFound', on: '2026-02-02' });
    const report = found.obligations.find((o) => o.id === 'R3.discipline-report:2026-02-02');
    expect(report).toMatchObject({ actor: 'receiver', cite: 'R3 §9', countsFrom: '2026-02-02', overdue: true });
    expect(report).not.toHaveProperty('countsFromReceipt');
    const inTimeId = await submittedCase();

    // The finding is the receiver's own record (the sending body learns of it with the report): its list and its sweeper.
    const client = receiver();
    const overdue = expectOk(await client.get<CaseList>('/cases?overdue=true&limit=100'));
    const ids = overdue.items.map((c) => c.caseId);
    expect(ids).toContain(lateId);
    expect(ids).not.toContain(inTimeId);
    expect(overdue.items.every((c) => c.obligations.some((o) => o.overdue))).toBe(true);
    const missed = await waitFor(
      async () => {
        // Only the report's: the walk's own backdated steps may be swept in passing (the order's period,
        // counted at the receiver from the sender's receipt, can be judged before that receipt arrives).
        const found = (await timelineOf(client, lateId)).filter((e) => e.event === 'DeadlineMissed' && String(e.details?.['obligationId']).startsWith('R3.discipline-report'));
        return found.length > 0 ? found : undefined;
      },
      { timeoutMs: 15_000, description: 'DeadlineMissed in the timeline' },
    );
    expect(missed).toEqual([expect.objectContaining({ cite: 'R3 §9', details: expect.objectContaining({ code: 'DEADLINE.MISSED', obligationId: 'R3.discipline-report:2026-02-02', due: report?.due }) })]);
    expect((await timelineOf(receiver(), inTimeId)).some((e) => e.event === 'DeadlineMissed')).toBe(false);
  });

  it('GET /cases pages with a cursor: limit=1 gives a nextCursor, following it gives the next case, and no case repeats', async () => {
    // The Supreme Audit Chamber sends only here, so its list is exactly these three cases.
    const chamber = () => sender('supreme-audit-chamber');
    const opened: string[] = [];
    for (let i = 0; i < 3; i += 1) opened.push((await openWithPackage(chamber(), { receiverId: 'ministry-of-justice', fullName: `Candidate ${i}` })).caseId);

    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const path: string = cursor ? `/cases?limit=1&cursor=${encodeURIComponent(cursor)}` : '/cases?limit=1';
      const res: CaseList = expectOk(await chamber().get<CaseList>(path));
      expect(res.items.length).toBeLessThanOrEqual(1);
      seen.push(...res.items.map((c) => c.caseId));
      if (page === 0) expect(res.nextCursor).toEqual(expect.any(String));
      cursor = res.nextCursor;
      if (!cursor) break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...opened].sort());

    const whole = expectOk(await chamber().get<CaseList>('/cases?limit=100'));
    expect(whole.items.map((c) => c.caseId)).toEqual(seen);
    expect(whole.nextCursor).toBeNull();
  });
});
