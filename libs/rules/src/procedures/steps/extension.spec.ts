import type { RuleSet } from '../../common/citation';
import { addCalendarDays, legalDate } from '../../common/legal-date';
import type { PartyRole } from '../../deadlines/party-role';
import { active, ev, HOST, rejected, step, TO_ACTIVE, walk } from '../../rule-sets/case-walk.fixture';
import type { CaseState } from '../case-state';

/** §8: who consents through its own service (R1/R3 the receiver, R2 the MFA). */
const CONSENTER: Readonly<Record<RuleSet, PartyRole>> = { R1: 'receiver', R2: 'mfa', R3: 'receiver' };

const consented = (ruleSet: RuleSet, newTermEndsOn: string, state: CaseState = active(ruleSet), on = '2026-05-01'): CaseState =>
  step(state, ev('ExtensionConsented', CONSENTER[ruleSet], on, { newTermEndsOn })).state;

describe('§8: the receiver (R1, R3) or the MFA (R2) consents as its own step', () => {
  it('R1 §8: the receiver consents to a last day of 1 September 2028; the MFA is told and nothing opens', () => {
    const r = step(active('R1'), ev('ExtensionConsented', 'receiver', '2026-05-01', { newTermEndsOn: '2028-09-01' }));
    expect(r.state.status).toBe('active');
    expect(r.state.extensionConsent).toEqual({ by: 'receiver', newTermEndsOn: '2028-09-01', on: '2026-05-01' });
    expect(r.state.termEndsOn).toBe('2027-09-01');
    expect(r.emits.map((m) => [m.type, m.to, m.cite])).toEqual([['ExtensionConsented', ['sender'], 'R1 §8']]);
    expect(r.obligationsOpened).toEqual([]);
    expect(r.obligationsClosed).toEqual([]);
  });

  it.each([
    ['R1', 'sender'],
    ['R1', 'seconded-person'],
    ['R2', 'receiver'],
    ['R2', 'sender'],
    ['R3', 'sender'],
    ['R3', 'mfa'],
  ] as const)('%s §8: a consent by the %s is the wrong actor', (ruleSet, actor) => {
    const v = rejected(active(ruleSet), ev('ExtensionConsented', actor, '2026-05-01', { newTermEndsOn: '2027-10-01' }));
    expect(v.map((x) => [x.code, x.cite])).toEqual([['CASE.WRONG_ACTOR', `${ruleSet} §8`]]);
  });

  it('R2 §8: from a 1 April 2024 start the MFA cannot consent past 31 March 2028, four years counted inclusive', () => {
    const v = rejected(active('R2'), ev('ExtensionConsented', 'mfa', '2026-05-01', { newTermEndsOn: '2028-04-01' }));
    expect(v.map((x) => [x.code, x.cite, x.details?.['limit']])).toEqual([['EXTENSION.LIMIT_EXCEEDED', 'R2 §8', '2028-03-31']]);
    expect(v[0]?.text.en).toBe('The term may be extended by at most 1 year: the last day allowed is 2028-03-31');
    expect(v[0]?.text.ru).toContain('не более чем на 1 год');
  });

  it('R3 §8: a consent to an end not later than the current last day (2 June 2027) is refused', () => {
    const v = rejected(active('R3'), ev('ExtensionConsented', 'receiver', '2026-05-01', { newTermEndsOn: '2027-06-02' }));
    expect(v.map((x) => [x.code, x.details?.['current']])).toEqual([['EXTENSION.NOT_LATER', '2027-06-02']]);
  });

  it('R3 §8: a later consent replaces an earlier one', () => {
    const s = consented('R3', '2027-12-03', consented('R3', '2027-10-01'));
    expect(s.extensionConsent?.newTermEndsOn).toBe('2027-12-03');
  });
});

describe('§8: extension of the term by at most one year', () => {
  it('R1 §8: the MFA extends the last day from 1 September 2027 to 1 September 2028 with the receiver’s consent step and the person’s recorded consent; the person is back on 2 September 2028', () => {
    const r = step(consented('R1', '2028-09-01'), ev('ExtensionDecided', 'sender', '2026-05-04', { newTermEndsOn: '2028-09-01', consentsOf: ['seconded-person'] }));
    expect([r.state.termEndsOn, r.state.returnsOn]).toEqual(['2028-09-01', '2028-09-02']);
    expect(r.emits.map((m) => [m.type, m.to])).toEqual([['ExtensionDecided', ['receiver', 'seconded-person']]]);
    expect(r.state).not.toHaveProperty('extensionConsent');
  });

  it.each(['R1', 'R2', 'R3'] as const)('%s §8: naming the receiver or the MFA in consentsOf is no consent: without its own step the decision is refused', (ruleSet) => {
    const v = rejected(active(ruleSet), ev('ExtensionDecided', 'sender', '2026-05-04', { newTermEndsOn: '2027-10-01', consentsOf: ['receiver', 'mfa', 'seconded-person'] }));
    expect(v.map((x) => [x.code, x.cite, x.details?.['missing']])).toEqual([['EXTENSION.CONSENT_MISSING', `${ruleSet} §8`, CONSENTER[ruleSet]]]);
  });

  it('R2 §8: the sending body needs the MFA’s consent, not the receiver’s', () => {
    const v = rejected(active('R2'), ev('ExtensionDecided', 'sender', '2026-05-04', { newTermEndsOn: '2027-10-01', consentsOf: ['receiver', 'seconded-person'] }));
    expect(v.map((x) => [x.code, x.cite, x.details?.['missing']])).toEqual([['EXTENSION.CONSENT_MISSING', 'R2 §8', 'mfa']]);
    const r = step(consented('R2', '2027-10-01'), ev('ExtensionDecided', 'sender', '2026-05-04', { newTermEndsOn: '2027-10-01', consentsOf: ['seconded-person'] }));
    expect(r.state.termEndsOn).toBe('2027-10-01');
  });

  it('R3 §8: a consent to 1 October 2027 does not carry a decision to 3 December 2027', () => {
    const v = rejected(consented('R3', '2027-10-01'), ev('ExtensionDecided', 'sender', '2026-05-04', { newTermEndsOn: '2027-12-03', consentsOf: ['seconded-person'] }));
    expect(v.map((x) => [x.code, x.details?.['missing']])).toEqual([['EXTENSION.CONSENT_MISSING', 'receiver']]);
  });

  it('R1 §8: a consent recorded as another party’s does not count', () => {
    const forged: CaseState = { ...active('R1'), extensionConsent: { by: 'mfa', newTermEndsOn: legalDate('2027-10-01'), on: legalDate('2026-05-01') } };
    const v = rejected(forged, ev('ExtensionDecided', 'sender', '2026-05-04', { newTermEndsOn: '2027-10-01', consentsOf: ['seconded-person'] }));
    expect(v.map((x) => [x.code, x.details?.['missing']])).toEqual([['EXTENSION.CONSENT_MISSING', 'receiver']]);
  });

  it('R1 §8: the person’s consent is still recorded by the MFA; without it the decision is refused', () => {
    const v = rejected(consented('R1', '2027-10-01'), ev('ExtensionDecided', 'sender', '2026-05-04', { newTermEndsOn: '2027-10-01', consentsOf: [] }));
    expect(v.map((x) => [x.code, x.details?.['missing']])).toEqual([['EXTENSION.CONSENT_MISSING', 'seconded-person']]);
  });

  it('R3 §8: an extension past one year, without consents and not beyond the current end is rejected on every count at once', () => {
    const v = rejected(active('R3'), ev('ExtensionDecided', 'sender', '2026-05-04', { newTermEndsOn: '2027-06-02', consentsOf: [] }));
    expect(v.map((x) => [x.code, x.details?.['missing']])).toEqual([['EXTENSION.CONSENT_MISSING', 'receiver, seconded-person'], ['EXTENSION.NOT_LATER', undefined]]);
    // Started 3 June 2024: 2 June 2028 is four years to the day; 3 June 2028 would be four years and a day.
    const past = rejected(active('R3'), ev('ExtensionDecided', 'sender', '2026-05-04', { newTermEndsOn: '2028-06-03', consentsOf: ['seconded-person'] }));
    expect(past.map((x) => [x.code, x.cite, x.details?.['limit']])).toEqual([
      ['EXTENSION.CONSENT_MISSING', 'R3 §8', undefined],
      ['EXTENSION.LIMIT_EXCEEDED', 'R3 §8', '2028-06-02'],
    ]);
  });

  it('R3 §8: two extensions together may not pass one year from the first term’s end; each needs its own consent', () => {
    const once = step(consented('R3', '2027-12-03'), ev('ExtensionDecided', 'sender', '2026-05-04', { newTermEndsOn: '2027-12-03', consentsOf: ['seconded-person'] }));
    const used = rejected(once.state, ev('ExtensionDecided', 'sender', '2027-05-04', { newTermEndsOn: '2027-12-03', consentsOf: ['seconded-person'] }));
    expect(used.map((x) => x.code)).toEqual(['EXTENSION.CONSENT_MISSING', 'EXTENSION.NOT_LATER']);
    const tooFar = rejected(once.state, ev('ExtensionConsented', 'receiver', '2027-05-01', { newTermEndsOn: '2028-07-03' }));
    expect(tooFar.map((x) => x.code)).toEqual(['EXTENSION.LIMIT_EXCEEDED']);
    const twice = step(consented('R3', '2028-06-02', once.state, '2027-05-01'), ev('ExtensionDecided', 'sender', '2027-05-04', { newTermEndsOn: '2028-06-02', consentsOf: ['seconded-person'] }));
    expect(twice.state.termEndsOn).toBe('2028-06-02');
  });

  it.each(['R1', 'R2', 'R3'] as const)('%s §8: the person and the host are asked; an extension by the host itself is the wrong actor', (ruleSet) => {
    const v = rejected(consented(ruleSet, '2027-10-01'), ev('ExtensionDecided', HOST[ruleSet], '2026-05-04', { newTermEndsOn: '2027-10-01', consentsOf: [] }));
    expect(v.map((x) => [x.code, x.cite])).toEqual([['CASE.WRONG_ACTOR', `${ruleSet} §8`]]);
  });
});

describe('R1 §8: a term a law sets in days has its own last day, and the one-year limit runs on from it', () => {
  const law = { kind: 'law', act: 'Law of the RK on diplomatic service', article: 'art. 12' };
  const inDays = walk('R1', TO_ACTIVE.R1.map((e) => (e.type === 'OverrideRecorded' ? ev('OverrideRecorded', 'sender', '2025-06-16', { target: 'term', basis: law, value: { amount: 700, unit: 'calendar-days' } }) : e)));

  it('R1 §8: 700 calendar days from 2 September 2025, day one included, end on 2 August 2027', () => {
    expect([inDays.termEndsOn, inDays.returnsOn]).toEqual(['2027-08-02', '2027-08-03']);
  });

  it('R1 §8: the extension may reach 2 August 2028, one year from the day the person would be back', () => {
    const v = rejected(inDays, ev('ExtensionConsented', 'receiver', '2026-05-01', { newTermEndsOn: '2028-08-03' }));
    expect(v.map((x) => [x.code, x.details?.['limit']])).toEqual([['EXTENSION.LIMIT_EXCEEDED', '2028-08-02']]);
  });
});

describe('§8: an extension prolongs a term that is still running', () => {
  it.each(['R1', 'R2', 'R3'] as const)('%s §8: once the term’s last day has passed, neither a consent nor an extension is accepted', (ruleSet) => {
    const lastDay = active(ruleSet).termEndsOn ?? '';
    const dayAfter = addCalendarDays(legalDate(lastDay), 1);
    const lateConsent = rejected(active(ruleSet), ev('ExtensionConsented', CONSENTER[ruleSet], dayAfter, { newTermEndsOn: addCalendarDays(legalDate(lastDay), 30) }));
    expect(lateConsent.map((x) => [x.code, x.cite, x.details?.['termEndsOn']])).toEqual([['EXTENSION.TERM_ENDED', `${ruleSet} §8`, lastDay]]);
    const newEnd = addCalendarDays(legalDate(lastDay), 30);
    const onLastDay = consented(ruleSet, newEnd, active(ruleSet), lastDay);
    const lateDecision = rejected(onLastDay, ev('ExtensionDecided', 'sender', dayAfter, { newTermEndsOn: newEnd, consentsOf: ['seconded-person'] }));
    expect(lateDecision.map((x) => x.code)).toEqual(['EXTENSION.TERM_ENDED']);
    const inTime = step(onLastDay, ev('ExtensionDecided', 'sender', lastDay, { newTermEndsOn: newEnd, consentsOf: ['seconded-person'] }));
    expect(inTime.state.termEndsOn).toBe(newEnd);
  });
});
