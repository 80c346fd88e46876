import { active, ev, rejected, step } from '../../rule-sets/case-walk.fixture';

describe('R1 §19, R2 §21, R3 §19: the release route serves the term’s end only (R1/R3 §18(1), R2 §20(1))', () => {
  it('R3 §19: a release notice naming a release before the term’s last day (Wednesday 2 June 2027) does not end the secondment early', () => {
    const v = rejected(active('R3'), ev('ReleaseNotified', 'receiver', '2026-01-15', { releaseOn: '2026-02-02' }));
    expect(v.map((x) => [x.code, x.cite, x.details?.['termEndsOn']])).toEqual([['RELEASE.BEFORE_TERM_END', 'R3 §19', '2027-06-02']]);
    expect(v[0]?.text.en).toContain('R3 §18(1)');
  });

  it.each([
    ['R1', 'receiver', '2027-09-01'],
    ['R2', 'mfa', '2027-03-31'],
    ['R3', 'receiver', '2027-06-02'],
  ] as const)('%s: the release decision is taken no sooner than the term’s last day (%s)', (ruleSet, host, lastDay) => {
    const notified = step(active(ruleSet), ev('ReleaseNotified', host, '2026-01-15', { releaseOn: lastDay })).state;
    const early = rejected(notified, ev('ReleaseDecided', host, '2026-02-16'));
    expect(early.map((x) => x.code)).toEqual(['RELEASE.BEFORE_TERM_END']);
    expect(step(notified, ev('ReleaseDecided', host, lastDay)).state.releaseDecidedOn).toBe(lastDay);
  });

  it('R3 §19: with the release refused before the term’s end, the sending body’s recall cannot end the case either', () => {
    const notified = step(active('R3'), ev('ReleaseNotified', 'receiver', '2026-01-15', { releaseOn: '2027-06-02' })).state;
    expect(rejected(notified, ev('ReleaseDecided', 'receiver', '2026-02-02')).map((x) => x.code)).toEqual(['RELEASE.BEFORE_TERM_END']);
    expect(rejected(notified, ev('RecallDecided', 'sender', '2026-02-03')).map((x) => x.code)).toEqual(['CASE.ILLEGAL_TRANSITION']);
  });
});

describe('R1 §19, R2 §21, R3 §19: release on expiry', () => {
  it('R3 §19: notice on Friday 21 May 2027 of a release on Thursday 3 June 2027 is too late; the latest day was Thursday 20 May 2027', () => {
    const v = rejected(active('R3'), ev('ReleaseNotified', 'receiver', '2027-05-21', { releaseOn: '2027-06-03' }));
    expect(v.map((x) => [x.code, x.cite, x.details?.['latestNoticeOn']])).toEqual([['RELEASE.NOTICE_TOO_LATE', 'R3 §19', '2027-05-20']]);
  });

  it('R3 §19: a release decided on Wednesday 2 June 2027 comes less than ten working days after the notice of Thursday 20 May 2027', () => {
    const notified = step(active('R3'), ev('ReleaseNotified', 'receiver', '2027-05-20', { releaseOn: '2027-06-03' })).state;
    const v = rejected(notified, ev('ReleaseDecided', 'receiver', '2027-06-02'));
    expect(v.map((x) => [x.code, x.cite])).toEqual([['RELEASE.TOO_EARLY', 'R3 §19']]);
  });

  it('R3 §19: the sending body’s recall rests on the receiver’s release decision and cannot precede it', () => {
    const notified = step(active('R3'), ev('ReleaseNotified', 'receiver', '2027-05-20', { releaseOn: '2027-06-03' })).state;
    const v = rejected(notified, ev('RecallDecided', 'sender', '2027-05-25'));
    expect(v.map((x) => [x.code, x.cite])).toEqual([['CASE.ILLEGAL_TRANSITION', 'R3 §19']]);
  });

  it('R2 §21: the MFA’s release decision is taken once', () => {
    const notified = step(active('R2'), ev('ReleaseNotified', 'mfa', '2027-03-12', { releaseOn: '2027-04-01' })).state;
    const released = step(notified, ev('ReleaseDecided', 'mfa', '2027-04-01')).state;
    expect(rejected(released, ev('ReleaseDecided', 'mfa', '2027-04-02')).map((x) => [x.code, x.cite])).toEqual([['CASE.ILLEGAL_TRANSITION', 'R2 §21']]);
  });

  it('R1 §19: the MFA’s recall decision is taken once', () => {
    const notified = step(active('R1'), ev('ReleaseNotified', 'receiver', '2027-08-19', { releaseOn: '2027-09-02' })).state;
    const recalled = step(notified, ev('RecallDecided', 'sender', '2027-08-20')).state;
    expect(rejected(recalled, ev('RecallDecided', 'sender', '2027-08-23')).map((x) => [x.code, x.cite])).toEqual([['CASE.ILLEGAL_TRANSITION', 'R1 §19']]);
  });

  it('SPEC Deadlines: a release date in a year the calendar lacks is refused with the calendar’s citation, not thrown', () => {
    const v = rejected(active('R3'), ev('ReleaseNotified', 'receiver', '2027-05-20', { releaseOn: '2030-06-03' }));
    expect(v.map((x) => [x.code, x.cite])).toEqual([['CALENDAR.YEAR_NOT_COVERED', 'SPEC Deadlines']]);
  });
});

describe('R3 §19: the texts state the notice period in force, from its dated parameter', () => {
  it('R3 §19: a late notice says "at least 10 working days" in en, "10 рабочих дней" in ru and "10 жұмыс күні" in kk', () => {
    const [v] = rejected(active('R3'), ev('ReleaseNotified', 'receiver', '2027-05-21', { releaseOn: '2027-06-03' }));
    expect([v?.text.en, v?.details?.['noticeWorkingDays']]).toEqual(['Written notice must be given at least 10 working days before the release decision', 10]);
    expect(v?.text.ru).toContain('10 рабочих дней');
    expect(v?.text.kk).toContain('10 жұмыс күні');
  });

  it('R3 §19: the release-notice obligation states its period from the parameter', () => {
    const notice = active('R3').obligations['R3.release-notice'];
    expect(notice?.text.en).toBe('The receiver notifies the sending body in writing at least 10 working days before the release decision');
  });
});
