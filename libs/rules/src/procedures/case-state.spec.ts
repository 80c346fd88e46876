import { newCase, recordedPeriod, required } from './case-state';

describe('case state helpers', () => {
  it('a field a step relies on but the stored state lacks is reported by name', () => {
    expect(() => required(newCase('R2'), 'asOf')).toThrow('the R2 case in state draft has no asOf');
  });

  it('a routing override carries no period', () => {
    const s = {
      ...newCase('R3'),
      overrides: [{ target: 'term' as const, basis: { kind: 'treaty' as const, act: 'A', article: '1' }, value: { authority: 'not-required' as const }, recordedOn: '2025-01-01' as never }],
    };
    expect(recordedPeriod(s, 'term')).toBeUndefined();
  });
});
