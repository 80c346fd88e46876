import { active, ev, HOST, rejected, step } from '../case-walk.fixture';

describe('§8: extension of the term by at most one year', () => {
  it('R1 §8: the MFA extends from 2 September 2027 to 2 September 2028 with the receiver’s and the person’s consent', () => {
    const r = step(active('R1'), ev('ExtensionDecided', 'sender', '2026-05-04', { newTermEndsOn: '2028-09-02', consentsOf: ['receiver', 'seconded-person'] }));
    expect(r.state.termEndsOn).toBe('2028-09-02');
    expect(r.emits.map((m) => [m.type, m.to])).toEqual([['ExtensionDecided', ['receiver', 'seconded-person']]]);
  });

  it('R2 §8: the sending body needs the MFA’s consent, not the receiver’s', () => {
    const v = rejected(active('R2'), ev('ExtensionDecided', 'sender', '2026-05-04', { newTermEndsOn: '2027-10-01', consentsOf: ['receiver', 'seconded-person'] }));
    expect(v.map((x) => [x.code, x.cite, x.details?.['missing']])).toEqual([['EXTENSION.CONSENT_MISSING', 'R2 §8', 'mfa']]);
  });

  it('R3 §8: an extension past one year, without consents and not beyond the current end is rejected on every count at once', () => {
    const v = rejected(active('R3'), ev('ExtensionDecided', 'sender', '2026-05-04', { newTermEndsOn: '2027-06-03', consentsOf: [] }));
    expect(v.map((x) => x.code)).toEqual(['EXTENSION.CONSENT_MISSING', 'EXTENSION.NOT_LATER']);
    const past = rejected(active('R3'), ev('ExtensionDecided', 'sender', '2026-05-04', { newTermEndsOn: '2028-06-04', consentsOf: ['receiver', 'seconded-person'] }));
    expect(past.map((x) => [x.code, x.cite, x.details?.['limit']])).toEqual([['EXTENSION.LIMIT_EXCEEDED', 'R3 §8', '2028-06-03']]);
  });

  it('R3 §8: two extensions together may not pass one year from the first term’s end', () => {
    const once = step(active('R3'), ev('ExtensionDecided', 'sender', '2026-05-04', { newTermEndsOn: '2027-12-03', consentsOf: ['receiver', 'seconded-person'] }));
    const v = rejected(once.state, ev('ExtensionDecided', 'sender', '2027-05-04', { newTermEndsOn: '2028-07-03', consentsOf: ['receiver', 'seconded-person'] }));
    expect(v.map((x) => x.code)).toEqual(['EXTENSION.LIMIT_EXCEEDED']);
  });

  it.each(['R1', 'R2', 'R3'] as const)('%s §8: the person and the host are asked; an extension by the host itself is the wrong actor', (ruleSet) => {
    const v = rejected(active(ruleSet), ev('ExtensionDecided', HOST[ruleSet], '2026-05-04', { newTermEndsOn: '2027-10-01', consentsOf: [] }));
    expect(v.map((x) => [x.code, x.cite])).toEqual([['CASE.WRONG_ACTOR', `${ruleSet} §8`]]);
  });
});
