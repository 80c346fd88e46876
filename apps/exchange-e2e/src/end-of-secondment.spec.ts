import { addWorkingDays, legalDate, subtractWorkingDays } from '@sx/rules';
import { caseAt, expectOk, expectPartiesAgree, step, type CaseBody, type ErrorBody } from './support/case-flows';
import type { PartyApi } from './support/party-api';
import { useExchange } from './support/exchange';
import { JANUARY_2026, walkToActive, type StepDates, type WalkOptions } from './support/walk-to-active';

// How a secondment ends, end to end through the HTTP APIs of the party that takes each step:
// early recall (R1 §20, R3 §20), expiry (R2 §21, R3 §19), and what may happen while the person
// serves: a disciplinary offence (R3 §9) and an extension of the term (R3 §8).
// The clock is pinned to Wednesday 18 March 2026, just before Nauryz (21–25 March 2026 off).
// Cases that must reach a release date run earlier in the year (past `on` dates), because no act
// may be dated in the future.
const TODAY = legalDate('2026-03-18');
const EARLY_RECALL_GROUNDS = [2, 3, 4, 5] as const;
/** R1/R3 §18(2): ground 2 is a joint written decision, so the sender proposes and the receiver consents first. */
const JOINT_DECISION = 2;
/** R1/R3 §18(3), R2 §20(4): the ground of a disciplinary offence, which needs one on record. */
const OFFENCE = 3;
/**
 * A one-month term a law sets (§8 "unless a law provides otherwise"): from 2 February 2026 its last
 * day is 1 March 2026, so the end-of-term route (which serves the term's end only) is reachable by 18 March.
 */
const ONE_MONTH = { amount: 1, unit: 'months' } as const;

describe('End of secondment: early recall, expiry, discipline and extension', () => {
  const exchange = useExchange({ env: { SX_FIXED_NOW: '2026-03-18T10:00:00+05:00' } });
  const activeR3Case = (dates: StepDates = {}, startsOn?: string, termByLaw?: WalkOptions['termByLaw']): Promise<string> =>
    walkToActive(exchange, 'R3', { dates, ...(startsOn ? { startsOn } : {}), ...(termByLaw ? { termByLaw } : {}) });
  const activeR1Case = (): Promise<string> => walkToActive(exchange, 'R1');
  /** Every step in January 2026, so the release dates later in the test are not in the future. */
  const activeR2CaseInJanuary = (): Promise<string> =>
    walkToActive(exchange, 'R2', {
      dates: { submit: '2026-01-19', interview: '2026-01-20', agree: '2026-01-21', request: '2026-01-22', grant: '2026-01-23', order: '2026-01-26', senderOrder: '2026-01-27' },
      startsOn: '2026-02-02',
      termByLaw: ONE_MONTH,
    });

  // R3: the Ministry of Finance seconds to the Ministry of Justice, a central executive body, so the
  // Prime Minister approves (R3 §11(2)).
  const finance = () => exchange.api('sending-body', 'ministry-of-finance');
  const justice = () => exchange.api('receiving-body', 'ministry-of-justice');
  const r3Parties = [
    ['sending-body', 'ministry-of-finance'],
    ['receiving-body', 'ministry-of-justice'],
    ['prime-minister', 'prime-minister'],
  ] as const;

  // R1: the MFA seconds to the Akimat of Almaty, an "other state body", so the Head of the PA approves (R1 §11(1)).
  const mfa = () => exchange.api('foreign-affairs', 'mfa');
  const r1Parties = [
    ['foreign-affairs', 'mfa'],
    ['receiving-body', 'akimat-almaty'],
    ['presidential-administration', 'presidential-administration'],
  ] as const;

  // R2: the Ministry of Finance seconds to the Embassy in Berlin; the MFA is the authorized body.
  const r2Parties = [
    ['sending-body', 'ministry-of-finance'],
    ['foreign-affairs', 'mfa'],
    ['presidential-administration', 'presidential-administration'],
  ] as const;

  /** R1/R3 §18(3): the receiver finds an offence and reports it to the sender (§9), so one is on record at the sender; two steps. */
  const offenceOnRecord = async (caseId: string, sender: PartyApi, receiver: PartyApi): Promise<number> => {
    await step(receiver, caseId, { type: 'DisciplinaryOffenceFound', on: TODAY });
    await step(receiver, caseId, { type: 'DisciplinaryOffenceReported', offenceOn: TODAY });
    await caseAt(sender, caseId, 9);
    return 2;
  };

  /** R1/R3 §18(2): the sender proposes the joint decision, the receiver consents through its own service; two steps. */
  const jointDecision = async (caseId: string, sender: PartyApi, receiver: PartyApi): Promise<number> => {
    await step(sender, caseId, { type: 'EarlyRecallProposed' });
    await caseAt(receiver, caseId, 8);
    const consented = await step(receiver, caseId, { type: 'EarlyRecallConsented' });
    expect(consented.events.at(-1)?.event).toMatchObject({ type: 'EarlyRecallConsented', actor: 'receiver' });
    await caseAt(sender, caseId, 9);
    return 2;
  };

  describe('R3 §20: early recall', () => {
    it.each(EARLY_RECALL_GROUNDS)(
      'R3 §20: on ground %i of R3 §18 (ground 2 after the sending body’s proposal and the receiver’s consent, R3 §18(2); ground 3 after an offence found and reported, R3 §9) the sending body decides an early recall, must notify the receiver within 3 working days, and the notice ends the case recalled at every party',
      async (ground) => {
        const caseId = await activeR3Case();
        const joint =
          ground === JOINT_DECISION ? await jointDecision(caseId, finance(), justice()) : ground === OFFENCE ? await offenceOnRecord(caseId, finance(), justice()) : 0;

        const decided = await step(finance(), caseId, { type: 'EarlyRecallDecided', ground });
        expect(decided.status).toBe('early-recall-decided');
        expect(decided.events.at(-1)?.event).toMatchObject({ type: 'EarlyRecallDecided', actor: 'sender', on: TODAY, ground });
        const notice = decided.obligations.find((o) => o.id === 'R3.early-recall-notice');
        expect(notice).toMatchObject({ actor: 'sender', cite: 'R3 §20', due: addWorkingDays(TODAY, 3) });
        // Three working days past Nauryz: Thursday 19, Friday 20, Thursday 26 March.
        expect(notice?.due).toBe('2026-03-26');
        // The early recall makes the expiry notice (R3 §19) moot.
        expect(decided.obligations.find((o) => o.id === 'R3.release-notice')).toBeUndefined();
        const decidedCopies = await expectPartiesAgree(exchange, caseId, r3Parties, 8 + joint);
        // Every copy at that step shows it; a party the law did not tell holds a verified prefix.
    expect(new Set(decidedCopies.map((c) => c.status))).toEqual(new Set(['early-recall-decided']));

        // Only the sending body notifies (R3 §20).
        const byReceiver = await justice().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'EarlyRecallNotified' });
        expect(byReceiver.status).toBeGreaterThanOrEqual(400);
        expect(byReceiver.status).toBeLessThan(500);

        const notified = await step(finance(), caseId, { type: 'EarlyRecallNotified' });
        expect(notified.status).toBe('recalled');
        expect(notified.obligations.find((o) => o.id === 'R3.early-recall-notice')).toBeUndefined();

        const copies = await expectPartiesAgree(exchange, caseId, r3Parties, 9 + joint);
        // Every copy at that step shows it; a party the law did not tell holds a verified prefix.
    expect(new Set(copies.map((c) => c.status))).toEqual(new Set(['recalled']));
        const atReceiver = copies[1];
        expect(atReceiver?.events.slice(-2).map((e) => e.event.type)).toEqual(['EarlyRecallDecided', 'EarlyRecallNotified']);
      },
    );

    it('R3 §20, §19: ground 1 (the term has expired) is not an early recall and is refused citing R3 §19, and a ground R3 §18 does not list is refused citing R3 §18', async () => {
      const caseId = await activeR3Case();

      const expiry = await finance().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'EarlyRecallDecided', ground: 1 });
      expect(expiry.status).toBe(422);
      expect(expiry.body.error).toMatchObject({ code: 'RECALL.EXPIRY_GROUND', cite: 'R3 §19' });

      // R3 §18 has five grounds; the sixth exists only in R2 §20.
      const sixth = await finance().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'EarlyRecallDecided', ground: 6 });
      expect(sixth.status).toBe(422);
      expect(sixth.body.error).toMatchObject({ code: 'RECALL.UNKNOWN_GROUND', cite: 'R3 §18' });

      const after = expectOk(await finance().get<CaseBody>(`/cases/${caseId}`));
      expect(after).toMatchObject({ status: 'active', steps: 7 });
      const copies = await expectPartiesAgree(exchange, caseId, r3Parties, 7);
      // Every copy at that step shows it; a party the law did not tell holds a verified prefix.
    expect(new Set(copies.map((c) => c.status))).toEqual(new Set(['active']));
    });
  });

  describe('R1 §20: early recall', () => {
    it.each(EARLY_RECALL_GROUNDS)(
      'R1 §20: on ground %i of R1 §18 (ground 2 after the MFA’s proposal and the receiver’s consent, R1 §18(2); ground 3 after an offence found and reported, R1 §9) the MFA decides an early recall, must notify the receiver within 3 working days, and the notice ends the case recalled at every party',
      async (ground) => {
        const caseId = await activeR1Case();
        const akimat = exchange.api('receiving-body', 'akimat-almaty');
        const joint = ground === JOINT_DECISION ? await jointDecision(caseId, mfa(), akimat) : ground === OFFENCE ? await offenceOnRecord(caseId, mfa(), akimat) : 0;

        const decided = await step(mfa(), caseId, { type: 'EarlyRecallDecided', ground });
        expect(decided.status).toBe('early-recall-decided');
        expect(decided.events.at(-1)?.event).toMatchObject({ type: 'EarlyRecallDecided', actor: 'sender', on: TODAY, ground });
        expect(decided.obligations.find((o) => o.id === 'R1.early-recall-notice')).toMatchObject({ actor: 'sender', cite: 'R1 §20', due: addWorkingDays(TODAY, 3) });
        expect(decided.obligations.find((o) => o.id === 'R1.release-notice')).toBeUndefined();
        await expectPartiesAgree(exchange, caseId, r1Parties, 8 + joint);

        const notified = await step(mfa(), caseId, { type: 'EarlyRecallNotified' });
        expect(notified.status).toBe('recalled');
        expect(notified.obligations.find((o) => o.id === 'R1.early-recall-notice')).toBeUndefined();

        const copies = await expectPartiesAgree(exchange, caseId, r1Parties, 9 + joint);
        // Every copy at that step shows it; a party the law did not tell holds a verified prefix.
    expect(new Set(copies.map((c) => c.status))).toEqual(new Set(['recalled']));
      },
    );
  });

  it('R3 §19: on expiry the receiver notifies the sending body at least 10 working days before the release, a later notice is refused, and after the release the sending body recalls the person at every party', async () => {
    // The case ran earlier this year with a one-month term set by a law (R3 §8), so its last day (1 March
    // 2026) and the release date (10 working days after the notice) are not in the future.
    const caseId = await activeR3Case(JANUARY_2026, '2026-02-02', ONE_MONTH);
    const active = expectOk(await justice().get<CaseBody>(`/cases/${caseId}`));
    expect(active.obligations.find((o) => o.id === 'R3.release-notice')).toMatchObject({ actor: 'receiver', cite: 'R3 §19' });

    const noticeOn = legalDate('2026-02-18');
    const releaseOn = addWorkingDays(noticeOn, 10);

    // The end-of-term route serves the term's end only (R3 §18(1)): a release before 1 March 2026 is refused.
    const early = await justice().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'ReleaseNotified', releaseOn: '2026-02-20', on: '2026-02-05' });
    expect(early.status).toBe(422);
    expect(early.body.error).toMatchObject({ code: 'RELEASE.BEFORE_TERM_END', cite: 'R3 §19' });

    // Too late: only nine working days before the release.
    const late = await justice().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'ReleaseNotified', releaseOn: addWorkingDays(noticeOn, 9), on: noticeOn });
    expect(late.status).toBe(422);
    expect(late.body.error).toMatchObject({ code: 'RELEASE.NOTICE_TOO_LATE', cite: 'R3 §19' });

    // Only the receiver notifies the release (R3 §19).
    const bySender = await finance().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'ReleaseNotified', releaseOn, on: noticeOn });
    expect(bySender.status).toBeGreaterThanOrEqual(400);
    expect(bySender.status).toBeLessThan(500);

    const notified = await step(justice(), caseId, { type: 'ReleaseNotified', releaseOn, on: noticeOn });
    expect(notified.status).toBe('release-notified');
    expect(subtractWorkingDays(releaseOn, 10) >= noticeOn).toBe(true);
    expect(notified.obligations.find((o) => o.id === 'R3.release-notice')).toBeUndefined();
    const atSender = await caseAt(finance(), caseId, 9);
    expect(atSender.status).toBe('release-notified');
    expect(atSender.events.at(-1)?.event).toMatchObject({ type: 'ReleaseNotified', actor: 'receiver', on: noticeOn, releaseOn });
    await expectPartiesAgree(exchange, caseId, r3Parties, 9);

    // The recall rests on the release decision (R3 §19), so the sending body cannot recall first.
    const recallFirst = await finance().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'RecallDecided', on: '2026-02-18' });
    expect(recallFirst.status).toBe(422);
    expect(recallFirst.body.error).toMatchObject({ code: 'CASE.ILLEGAL_TRANSITION', cite: 'R3 §19' });

    const released = await step(justice(), caseId, { type: 'ReleaseDecided', on: releaseOn });
    expect(released.status).toBe('release-notified');
    await caseAt(finance(), caseId, 10);

    const recalled = await step(finance(), caseId, { type: 'RecallDecided', on: releaseOn });
    expect(recalled.status).toBe('recalled');

    const copies = await expectPartiesAgree(exchange, caseId, r3Parties, 11);
    // Every copy at that step shows it; a party the law did not tell holds a verified prefix.
    expect(new Set(copies.map((c) => c.status))).toEqual(new Set(['recalled']));
    expect(copies[0]?.events.slice(-3).map((e) => [e.event.type, e.event.actor])).toEqual([
      ['ReleaseNotified', 'receiver'],
      ['ReleaseDecided', 'receiver'],
      ['RecallDecided', 'sender'],
    ]);
  });

  it('R2 §21: on expiry the MFA notifies the sending body at least 10 working days before it releases the person, and on that release the sending body recalls the person at every party', async () => {
    const caseId = await activeR2CaseInJanuary();
    const noticeOn = legalDate('2026-02-18');
    const releaseOn = addWorkingDays(noticeOn, 10);

    const late = await mfa().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'ReleaseNotified', releaseOn: addWorkingDays(noticeOn, 9), on: noticeOn });
    expect(late.status).toBe(422);
    expect(late.body.error).toMatchObject({ code: 'RELEASE.NOTICE_TOO_LATE', cite: 'R2 §21' });

    const notified = await step(mfa(), caseId, { type: 'ReleaseNotified', releaseOn, on: noticeOn });
    expect(notified.status).toBe('release-notified');
    expect(notified.obligations.find((o) => o.id === 'R2.release-notice')).toBeUndefined();
    await caseAt(finance(), caseId, 9);
    await expectPartiesAgree(exchange, caseId, r2Parties, 9);

    const released = await step(mfa(), caseId, { type: 'ReleaseDecided', on: releaseOn });
    expect(released.status).toBe('release-notified');
    await caseAt(finance(), caseId, 10);

    const recalled = await step(finance(), caseId, { type: 'RecallDecided', on: releaseOn });
    expect(recalled.status).toBe('recalled');

    const copies = await expectPartiesAgree(exchange, caseId, r2Parties, 11);
    // Every copy at that step shows it; a party the law did not tell holds a verified prefix.
    expect(new Set(copies.map((c) => c.status))).toEqual(new Set(['recalled']));
    expect(copies[0]?.events.slice(-3).map((e) => [e.event.type, e.event.actor])).toEqual([
      ['ReleaseNotified', 'mfa'],
      ['ReleaseDecided', 'mfa'],
      ['RecallDecided', 'sender'],
    ]);
  });

  it('R3 §9: a disciplinary offence found by the receiver must be reported to the sending body within 5 working days, the report closes that obligation, and the sending body sees the report', async () => {
    const caseId = await activeR3Case();

    const found = await step(justice(), caseId, { type: 'DisciplinaryOffenceFound' });
    expect(found.status).toBe('active');
    const report = found.obligations.find((o) => o.id === `R3.discipline-report:${TODAY}`);
    expect(report).toMatchObject({ actor: 'receiver', cite: 'R3 §9', due: addWorkingDays(TODAY, 5) });
    expect(report?.due).toBe('2026-03-30');
    await expectPartiesAgree(exchange, caseId, r3Parties, 8);

    // Only the receiver reports (R3 §9: receiver → sending body).
    const bySender = await finance().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'DisciplinaryOffenceReported', offenceOn: TODAY });
    expect(bySender.status).toBeGreaterThanOrEqual(400);
    expect(bySender.status).toBeLessThan(500);

    const reported = await step(justice(), caseId, { type: 'DisciplinaryOffenceReported', offenceOn: TODAY });
    expect(reported.obligations.find((o) => o.id.startsWith('R3.discipline-report'))).toBeUndefined();

    const atSender = await caseAt(finance(), caseId, 9);
    expect(atSender.events.at(-1)?.event).toMatchObject({ type: 'DisciplinaryOffenceReported', actor: 'receiver', on: TODAY, offenceOn: TODAY });
    expect(atSender.obligations.find((o) => o.id.startsWith('R3.discipline-report'))).toBeUndefined();
    const timeline = expectOk(await finance().get<{ entries: { event: string; cite?: string }[] }>(`/cases/${caseId}/timeline`));
    expect(timeline.entries.at(-1)).toMatchObject({ event: 'DisciplinaryOffenceReported', cite: 'R3 §9' });

    const copies = await expectPartiesAgree(exchange, caseId, r3Parties, 9);
    expect(copies.every((c) => c.status === 'active')).toBe(true);
  });

  it('R3 §8: the sending body extends the term within one year with the consent the receiver gives through its own service and the person’s consent, and an extension beyond the year is refused citing R3 §8', async () => {
    const caseId = await activeR3Case();
    // The term runs three years from 1 April 2026, to 31 March 2029 (R3 §8: the start date is day one);
    // the extension may reach one year further, to 31 March 2030.
    // Naming the receiver in consentsOf is no consent: the receiver gives it as its own step.
    const noConsent = await finance().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'ExtensionDecided', newTermEndsOn: '2030-01-31', consentsOf: ['receiver', 'seconded-person'] });
    expect(noConsent.status).toBe(422);
    expect(noConsent.body.error).toMatchObject({ code: 'EXTENSION.CONSENT_MISSING', cite: 'R3 §8' });

    // The sending body cannot give the receiver's consent itself.
    const bySender = await finance().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'ExtensionConsented', newTermEndsOn: '2030-01-31' });
    expect(bySender.status).toBeGreaterThanOrEqual(400);
    expect(bySender.status).toBeLessThan(500);
    expect(bySender.body.error).toMatchObject({ code: 'CASE.WRONG_ACTOR', cite: 'R3 §8' });

    // Beyond the year the receiver cannot consent.
    const consentBeyond = await justice().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'ExtensionConsented', newTermEndsOn: '2030-04-02' });
    expect(consentBeyond.status).toBe(422);
    expect(consentBeyond.body.error).toMatchObject({ code: 'EXTENSION.LIMIT_EXCEEDED', cite: 'R3 §8' });
    expect(consentBeyond.body.error.violations?.map((v) => [v.code, v.cite])).toEqual([['EXTENSION.LIMIT_EXCEEDED', 'R3 §8']]);

    await step(justice(), caseId, { type: 'ExtensionConsented', newTermEndsOn: '2030-01-31' });
    const atSender = await caseAt(finance(), caseId, 8);
    expect(atSender.events.at(-1)?.event).toMatchObject({ type: 'ExtensionConsented', actor: 'receiver', newTermEndsOn: '2030-01-31' });

    // Beyond the year the sending body cannot decide either (and the consent is for another date).
    const beyond = await finance().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'ExtensionDecided', newTermEndsOn: '2030-04-02', consentsOf: ['seconded-person'] });
    expect(beyond.status).toBe(422);
    expect(beyond.body.error.violations?.map((v) => [v.code, v.cite])).toEqual([
      ['EXTENSION.CONSENT_MISSING', 'R3 §8'],
      ['EXTENSION.LIMIT_EXCEEDED', 'R3 §8'],
    ]);

    const extended = await step(finance(), caseId, { type: 'ExtensionDecided', newTermEndsOn: '2030-01-31', consentsOf: ['seconded-person'] });
    expect(extended.status).toBe('active');
    expect(extended.steps).toBe(9);

    // The receiver consents but does not decide: R3 §8 gives the decision to the sending body.
    const byReceiver = await justice().post<ErrorBody>(`/cases/${caseId}/steps`, { type: 'ExtensionDecided', newTermEndsOn: '2030-03-01', consentsOf: ['receiver', 'seconded-person'] });
    expect(byReceiver.status).toBeGreaterThanOrEqual(400);
    expect(byReceiver.status).toBeLessThan(500);

    const copies = await expectPartiesAgree(exchange, caseId, r3Parties, 9);
    expect(copies.every((c) => c.status === 'active')).toBe(true);
    expect(copies[1]?.events.slice(-2).map((e) => e.event)).toMatchObject([
      { type: 'ExtensionConsented', actor: 'receiver', newTermEndsOn: '2030-01-31' },
      { type: 'ExtensionDecided', actor: 'sender', newTermEndsOn: '2030-01-31' },
    ]);
  });
});
