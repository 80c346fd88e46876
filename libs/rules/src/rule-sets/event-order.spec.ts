import { active, ev, rejected, step } from './case-walk.fixture';

describe('SPEC Procedure: a case is a sequence of acts, none dated before the previous step', () => {
  it.each(['R1', 'R2', 'R3'] as const)('%s: a step dated before the last accepted step is refused by the library itself', (ruleSet) => {
    const state = active(ruleSet);
    const last = state.lastStepOn ?? '';
    const v = rejected(state, ev('EarlyRecallProposed', 'sender', '2020-01-01'));
    expect(v.map((x) => [x.code, x.cite, x.details?.['on'], x.details?.['last']])).toEqual([['CASE.DATE_BEFORE_LAST_STEP', `SPEC Procedure ${ruleSet}`, '2020-01-01', last]]);
  });

  it('R3: a step on the same day as the previous one is in order, and moves the last step’s date', () => {
    const state = active('R3');
    const r = step(state, ev('EarlyRecallProposed', 'sender', state.lastStepOn ?? ''));
    expect(r.state.lastStepOn).toBe(state.lastStepOn);
    expect(step(r.state, ev('EarlyRecallConsented', 'receiver', '2026-02-02')).state.lastStepOn).toBe('2026-02-02');
  });
});
