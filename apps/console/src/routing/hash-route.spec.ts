import { hrefOf, parseRoute } from './hash-route';

describe('hash routes', () => {
  it('round-trips every page', () => {
    for (const route of [{ page: 'cases' }, { page: 'inbox' }, { page: 'case', caseId: 'R3-abc_1' }, { page: 'trace', caseId: 'x:1' }] as const) {
      expect(parseRoute(hrefOf(route))).toEqual(route);
    }
  });

  it('falls back to the case list on anything unknown or unsafe', () => {
    expect(parseRoute('')).toEqual({ page: 'cases' });
    expect(parseRoute('#/case/..%2F..%2Fadmin')).toEqual({ page: 'cases' });
    expect(parseRoute('#/nowhere')).toEqual({ page: 'cases' });
  });
});
