import { active, ev, rejected, step } from '../case-walk.fixture';

describe('R1 §18/§20, R2 §20/§22, R3 §18/§20: early recall by ground', () => {
  it.each([
    ['R1', 'R1 §19'],
    ['R2', 'R2 §21'],
    ['R3', 'R3 §19'],
  ] as const)('%s: ground 1, the term’s expiry, goes through the release notice of %s', (ruleSet, cite) => {
    const v = rejected(active(ruleSet), ev('EarlyRecallDecided', 'sender', '2026-02-02', { ground: 1 }));
    expect(v.map((x) => [x.code, x.cite])).toEqual([['RECALL.EXPIRY_GROUND', cite]]);
  });

  it.each([
    ['R1', 'R1 §18'],
    ['R3', 'R3 §18'],
  ] as const)('%s: there is no ground 6 in %s', (ruleSet, cite) => {
    const v = rejected(active(ruleSet), ev('EarlyRecallDecided', 'sender', '2026-02-02', { ground: 6 }));
    expect(v.map((x) => [x.code, x.cite, x.details?.['ground']])).toEqual([['RECALL.UNKNOWN_GROUND', cite, 6]]);
  });

  it('R2 §20(6), §22: other grounds for ending civil service allow an early recall, notified to the MFA by Thursday 5 February 2026', () => {
    const r = step(active('R2'), ev('EarlyRecallDecided', 'sender', '2026-02-02', { ground: 6 }));
    expect(r.obligationsOpened.map((o) => [o.id, o.due, o.actor])).toEqual([['R2.early-recall-notice', '2026-02-05', 'sender']]);
    expect(r.state.earlyRecall).toEqual({ ground: 6, decidedOn: '2026-02-02' });
  });

  it('R1 §20: an early recall after the release notice supersedes the expiry obligations', () => {
    const notified = step(active('R1'), ev('ReleaseNotified', 'receiver', '2027-08-19', { releaseOn: '2027-09-02' })).state;
    const r = step(notified, ev('EarlyRecallDecided', 'sender', '2027-08-20', { ground: 4 }));
    expect(r.obligationsClosed.map((o) => o.id)).toEqual(['R1.recall-decision']);
  });
});
