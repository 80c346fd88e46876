import { addWorkingDays, legalDate, subtractWorkingDays } from '@sx/rules';
import { attachPackage, caseAt, eligibleCandidate, expectOk, expectPartiesAgree, openWithPackage, step, type CaseBody, type ErrorBody } from './support/case-flows';
import { useExchange } from './support/exchange';
import { JANUARY_2026, walkToActive, type StepDates } from './support/walk-to-active';

// R1 end to end: the MFA seconds a member of its diplomatic service personnel to the Akimat of
// Almaty, an "other state body", so the Head of the Presidential Administration approves (R1 §11(1)).
// The clock is pinned to Wednesday 18 March 2026, just before Nauryz (21–25 March 2026 off).
const TODAY = legalDate('2026-03-18');
const DIPLOMAT = eligibleCandidate({ diplomaticServicePersonnel: true });

describe('R1: diplomatic service personnel to a state body, proposal to recall', () => {
  const exchange = useExchange({ env: { SX_FIXED_NOW: '2026-03-18T10:00:00+05:00' } });
  const mfa = () => exchange.api('foreign-affairs', 'mfa');
  const receiver = () => exchange.api('receiving-body', 'akimat-almaty');
  const pa = () => exchange.api('presidential-administration', 'presidential-administration');
  const parties = [
    ['foreign-affairs', 'mfa'],
    ['receiving-body', 'akimat-almaty'],
  ] as const;
  const allParties = [...parties, ['presidential-administration', 'presidential-administration']] as const;

  const activeCase = (dates: StepDates = {}, startsOn?: string): Promise<string> =>
    walkToActive(exchange, 'R1', { dates, ...(startsOn ? { startsOn } : {}) });

  it('R1 §12–§17: the MFA proposes, the Akimat agrees, the Head of the PA approves, the Akimat appoints, the MFA orders and sends the personal file; every party agrees', async () => {
    const draft = await openWithPackage(mfa(), { receiverId: 'akimat-almaty', eligibility: DIPLOMAT });
    expect(draft).toMatchObject({ ruleSet: 'R1', status: 'draft', yourRoles: ['sender'] });
    const checks = expectOk(await mfa().get<{ ok: boolean; violations: unknown[] }>(`/cases/${draft.caseId}/checks`));
    expect(checks).toEqual({ ok: true, violations: [] });

    const submitted = expectOk(await mfa().post<CaseBody>(`/cases/${draft.caseId}/proposal`, {}));
    expect(submitted.status).toBe('proposal-under-review');
    // R1 §13: 10 working days from receipt, counted past Nauryz.
    expect(submitted.obligations.find((o) => o.id === 'R1.receiver-decision')).toMatchObject({ actor: 'receiver', cite: 'R1 §13', due: addWorkingDays(TODAY, 10) });

    const atReceiver = await caseAt(receiver(), draft.caseId, 1);
    expect(atReceiver).toMatchObject({ ruleSet: 'R1', status: 'proposal-under-review', yourRoles: ['receiver'] });
    expect(atReceiver.documents.map((d) => d.kind).sort()).toEqual(['cv', 'nomination', 'reasoned-letter', 'service-record', 'written-consent']);
    await expectPartiesAgree(exchange, draft.caseId, parties, 1);

    await step(receiver(), draft.caseId, { type: 'ProposalAgreed' });
    const agreed = await caseAt(mfa(), draft.caseId, 2);
    expect(agreed.status).toBe('proposal-agreed');
    expect(agreed.obligations.find((o) => o.id === 'R1.approval-request')).toMatchObject({ actor: 'sender', cite: 'R1 §15', due: addWorkingDays(TODAY, 3) });

    const requested = await step(mfa(), draft.caseId, { type: 'ApprovalRequested' });
    expect(requested.status).toBe('awaiting-approval');
    // R1 §11(1): an "other state body" receives, so the Head of the Presidential Administration approves.
    expect(requested.parties['approver']).toEqual({ agencyId: 'presidential-administration', service: 'presidential-administration' });

    const atPa = await caseAt(pa(), draft.caseId, 3);
    expect(atPa).toMatchObject({ status: 'awaiting-approval', yourRoles: ['approver'] });
    expect(atPa.documents.map((d) => d.sha256).sort()).toEqual(requested.documents.map((d) => d.sha256).sort());

    await step(pa(), draft.caseId, { type: 'ApprovalGranted' });
    const toAppoint = await caseAt(receiver(), draft.caseId, 4);
    expect(toAppoint.status).toBe('awaiting-appointment');
    expect(toAppoint.obligations.find((o) => o.id === 'R1.appointment-decision')).toMatchObject({ actor: 'receiver', cite: 'R1 §16', due: addWorkingDays(TODAY, 3) });

    await step(receiver(), draft.caseId, { type: 'AppointmentDecided', startsOn: '2026-04-01' });
    const toOrder = await caseAt(mfa(), draft.caseId, 5);
    expect(toOrder.status).toBe('awaiting-order');
    expect(toOrder.obligations.find((o) => o.id === 'R1.order')).toMatchObject({ actor: 'sender', cite: 'R1 §17', due: addWorkingDays(TODAY, 3) });

    const active = await step(mfa(), draft.caseId, { type: 'OrderIssued', effectiveFrom: '2026-04-01' });
    expect(active.status).toBe('active');
    // R1 §17: the copy of the order and of the personal file within 5 working days of signing.
    expect(active.obligations.find((o) => o.id === 'R1.personal-file')).toMatchObject({ actor: 'sender', cite: 'R1 §17', due: addWorkingDays(TODAY, 5) });
    expect(active.obligations.find((o) => o.id === 'R1.release-notice')).toMatchObject({ actor: 'receiver', cite: 'R1 §19' });

    const filed = await step(mfa(), draft.caseId, { type: 'PersonalFileTransferred' });
    expect(filed.obligations.find((o) => o.id === 'R1.personal-file')).toBeUndefined();

    const copies = await expectPartiesAgree(exchange, draft.caseId, allParties, 7);
    // Every copy at that step shows it; a party the law did not tell holds a verified prefix.
    expect(new Set(copies.map((c) => c.status))).toEqual(new Set(['active']));

    const timeline = expectOk(await receiver().get<{ entries: { event: string; cite?: string }[] }>(`/cases/${draft.caseId}/timeline`));
    expect(timeline.entries.map((e) => e.event)).toEqual([
      'ProposalSubmitted',
      'ProposalAgreed',
      'ApprovalRequested',
      'ApprovalGranted',
      'AppointmentDecided',
      'OrderIssued',
      'PersonalFileTransferred',
    ]);
    expect(timeline.entries.every((e) => e.cite?.startsWith('R1 §'))).toBe(true);
  });

  it('R1 §14: after the receiver refuses, the MFA must propose another candidate within 5 working days, and doing so closes that obligation', async () => {
    const draft = await openWithPackage(mfa(), { receiverId: 'akimat-almaty', eligibility: DIPLOMAT });
    expectOk(await mfa().post(`/cases/${draft.caseId}/proposal`, {}));
    await caseAt(receiver(), draft.caseId, 1);
    await step(receiver(), draft.caseId, { type: 'ProposalRefused', reason: 'the position was cut' });

    const refused = await caseAt(mfa(), draft.caseId, 2);
    expect(refused.status).toBe('proposal-refused');
    const replacement = refused.obligations.find((o) => o.id === 'R1.replacement-candidate');
    expect(replacement).toMatchObject({ actor: 'sender', cite: 'R1 §14', due: addWorkingDays(TODAY, 5) });
    expect(replacement?.due).toBe('2026-03-30');
    await expectPartiesAgree(exchange, draft.caseId, parties, 2);

    expectOk(await mfa().put(`/cases/${draft.caseId}/candidate`, { fullName: 'Dauren Serikovich Abenov', position: 'Chief expert', eligibility: DIPLOMAT }));
    await attachPackage(mfa(), draft.caseId);
    const second = expectOk(await mfa().post<CaseBody>(`/cases/${draft.caseId}/proposal`, {}));
    expect(second.status).toBe('proposal-under-review');
    expect(second.obligations.find((o) => o.id === 'R1.replacement-candidate')).toBeUndefined();
    expect(second.obligations.find((o) => o.id === 'R1.receiver-decision')).toMatchObject({ due: addWorkingDays(TODAY, 10) });
    expect(second.documents.filter((d) => d.proposal === 2)).toHaveLength(5);

    const copies = await expectPartiesAgree(exchange, draft.caseId, parties, 3);
    // Every copy at that step shows it; a party the law did not tell holds a verified prefix.
    expect(new Set(copies.map((c) => c.status))).toEqual(new Set(['proposal-under-review']));
  });

  it('R1 §8: the MFA extends the term by up to one year with the consent the receiver gives through its own service and the person’s consent, and an extension beyond the year is refused with its citation', async () => {
    const caseId = await activeCase();
    // The term runs three years from 1 April 2026; the extension may reach one year further.
    // Naming the receiver in consentsOf is no consent: the receiver gives it as its own step.
    const noConsent = await mfa().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'ExtensionDecided', newTermEndsOn: '2030-01-31', consentsOf: ['receiver', 'seconded-person'] });
    expect(noConsent.status).toBe(422);
    expect(noConsent.body.error).toMatchObject({ code: 'EXTENSION.CONSENT_MISSING', cite: 'R1 §8' });

    // The MFA cannot give the receiver's consent itself.
    const bySender = await mfa().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'ExtensionConsented', newTermEndsOn: '2030-01-31' });
    expect(bySender.status).toBeGreaterThanOrEqual(400);
    expect(bySender.status).toBeLessThan(500);
    expect(bySender.body.error).toMatchObject({ code: 'CASE.WRONG_ACTOR', cite: 'R1 §8' });

    const consented = await step(receiver(), caseId, { type: 'ExtensionConsented', newTermEndsOn: '2030-01-31' });
    expect(consented.status).toBe('active');
    const atMfa = await caseAt(mfa(), caseId, 8);
    expect(atMfa.events.at(-1)?.event).toMatchObject({ type: 'ExtensionConsented', actor: 'receiver', newTermEndsOn: '2030-01-31' });

    // The person's written consent is still recorded by the MFA.
    const noPerson = await mfa().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'ExtensionDecided', newTermEndsOn: '2030-01-31', consentsOf: [] });
    expect(noPerson.status).toBe(422);
    expect(noPerson.body.error).toMatchObject({ code: 'EXTENSION.CONSENT_MISSING', cite: 'R1 §8' });

    const extended = await step(mfa(), caseId, { type: 'ExtensionDecided', newTermEndsOn: '2030-01-31', consentsOf: ['seconded-person'] });
    expect(extended.status).toBe('active');
    expect(extended.steps).toBe(9);

    // Beyond the year the receiver cannot consent, and the MFA cannot decide. The receiver acts on a
    // copy that holds the MFA's decision (acting before it arrives is a concurrent step: 409).
    await caseAt(receiver(), caseId, 9);
    const consentBeyond = await receiver().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'ExtensionConsented', newTermEndsOn: '2030-04-01' });
    expect(consentBeyond.status).toBe(422);
    expect(consentBeyond.body.error).toMatchObject({ code: 'EXTENSION.LIMIT_EXCEEDED', cite: 'R1 §8' });
    expect(consentBeyond.body.error.violations?.map((v) => [v.code, v.cite])).toEqual([['EXTENSION.LIMIT_EXCEEDED', 'R1 §8']]);
    const beyond = await mfa().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'ExtensionDecided', newTermEndsOn: '2030-04-01', consentsOf: ['seconded-person'] });
    expect(beyond.status).toBe(422);
    expect(beyond.body.error.violations?.map((v) => [v.code, v.cite])).toContainEqual(['EXTENSION.LIMIT_EXCEEDED', 'R1 §8']);

    // Up to the limit itself (the term's last day, 31 March 2029, + 1 year, R1 §8) is still allowed, on a fresh consent: the first one was used up.
    await step(receiver(), caseId, { type: 'ExtensionConsented', newTermEndsOn: '2030-03-31' });
    await caseAt(mfa(), caseId, 10);
    await step(mfa(), caseId, { type: 'ExtensionDecided', newTermEndsOn: '2030-03-31', consentsOf: ['seconded-person'] });
    // The receiver may not extend: R1 §8 gives that decision to the MFA.
    const byReceiver = await receiver().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'ExtensionDecided', newTermEndsOn: '2030-03-01', consentsOf: ['receiver', 'seconded-person'] });
    expect(byReceiver.status).toBeGreaterThanOrEqual(400);
    expect(byReceiver.status).toBeLessThan(500);

    const copies = await expectPartiesAgree(exchange, caseId, allParties, 11);
    expect(copies.every((c) => c.status === 'active')).toBe(true);
    expect(copies[0]?.events.filter((e) => e.event.type === 'ExtensionConsented')).toHaveLength(2);
    expect(copies[0]?.events.filter((e) => e.event.type === 'ExtensionDecided')).toHaveLength(2);
  });

  it('R1 §19: on expiry the receiver notifies the release, the MFA must decide the recall within 5 working days, and after both decisions the person is recalled at every party', async () => {
    // The case ran earlier this year, so the release decision (10 working days after the notice) is not in the future;
    // a one-month term a law sets (R1 §8 "unless a law provides otherwise") ends on 1 March 2026, so the
    // end-of-term route, which serves only the term's end (R1 §19), is reachable. The override is step 2.
    const caseId = await walkToActive(exchange, 'R1', { dates: JANUARY_2026, startsOn: '2026-02-02', termByLaw: { amount: 1, unit: 'months' } });
    const noticeOn = legalDate('2026-02-18');
    const releaseOn = addWorkingDays(noticeOn, 10);

    // Too late: a notice less than 10 working days before the release is refused.
    const late = await receiver().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'ReleaseNotified', releaseOn: addWorkingDays(noticeOn, 9), on: noticeOn });
    expect(late.status).toBe(422);
    expect(late.body.error).toMatchObject({ code: 'RELEASE.NOTICE_TOO_LATE', cite: 'R1 §19' });

    const notified = await step(receiver(), caseId, { type: 'ReleaseNotified', releaseOn, on: noticeOn });
    expect(notified.status).toBe('release-notified');
    expect(subtractWorkingDays(releaseOn, 10) >= noticeOn).toBe(true);
    // The receiver declares the notice given on 18 February, but the MFA's service received it today: its
    // five working days run from its own receipt (R1 §19 "from receipt"), at the receiver too.
    expect(notified.obligations.find((o) => o.id === 'R1.recall-decision')).toMatchObject({ countsFrom: noticeOn, due: addWorkingDays(noticeOn, 5) });
    const atMfa = await caseAt(mfa(), caseId, 9);
    const recall = atMfa.obligations.find((o) => o.id === 'R1.recall-decision');
    expect(recall).toMatchObject({ actor: 'sender', cite: 'R1 §19', countsFrom: TODAY, due: addWorkingDays(TODAY, 5) });
    await expectPartiesAgree(exchange, caseId, allParties, 9);

    const recalled = await step(mfa(), caseId, { type: 'RecallDecided', on: '2026-02-18' });
    expect(recalled.status).toBe('release-notified');
    expect(recalled.obligations.find((o) => o.id === 'R1.recall-decision')).toBeUndefined();

    await caseAt(receiver(), caseId, 10);
    const released = await step(receiver(), caseId, { type: 'ReleaseDecided', on: releaseOn });
    expect(released.status).toBe('recalled');

    const copies = await expectPartiesAgree(exchange, caseId, allParties, 11);
    // Every copy at that step shows it; a party the law did not tell holds a verified prefix.
    expect(new Set(copies.map((c) => c.status))).toEqual(new Set(['recalled']));
  });

  it('R1 §9: a disciplinary offence found by the receiver must be reported to the MFA within 5 working days; the report closes that obligation', async () => {
    const caseId = await activeCase();
    const found = await step(receiver(), caseId, { type: 'DisciplinaryOffenceFound' });
    const report = found.obligations.find((o) => o.id === `R1.discipline-report:${TODAY}`);
    expect(report).toMatchObject({ actor: 'receiver', cite: 'R1 §9', due: addWorkingDays(TODAY, 5) });
    expect(report?.due).toBe('2026-03-30');
    await expectPartiesAgree(exchange, caseId, allParties, 8);

    // Only the receiver reports (R1 §9: receiver → MFA).
    const byMfa = await mfa().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'DisciplinaryOffenceReported', offenceOn: TODAY });
    expect(byMfa.status).toBeGreaterThanOrEqual(400);
    expect(byMfa.status).toBeLessThan(500);

    const reported = await step(receiver(), caseId, { type: 'DisciplinaryOffenceReported', offenceOn: TODAY });
    expect(reported.obligations.find((o) => o.id.startsWith('R1.discipline-report'))).toBeUndefined();
    const atMfa = await caseAt(mfa(), caseId, 9);
    expect(atMfa.events.at(-1)?.event).toMatchObject({ type: 'DisciplinaryOffenceReported', actor: 'receiver', on: TODAY });
    const copies = await expectPartiesAgree(exchange, caseId, allParties, 9);
    expect(copies.every((c) => c.status === 'active')).toBe(true);
  });
});
