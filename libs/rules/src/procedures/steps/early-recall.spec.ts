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

describe('R1/R3 §18(2), R2 §20(2): an early recall by joint written decision needs both parties’ own steps', () => {
  const OTHER = { R1: 'receiver', R2: 'mfa', R3: 'receiver' } as const;

  it.each([
    ['R1', 'R1 §18(2)'],
    ['R2', 'R2 §20(2)'],
    ['R3', 'R3 §18(2)'],
  ] as const)('%s: the sender alone cannot recall on ground 2 (%s)', (ruleSet, cite) => {
    const v = rejected(active(ruleSet), ev('EarlyRecallDecided', 'sender', '2026-02-02', { ground: 2 }));
    expect(v.map((x) => [x.code, x.cite, x.details?.['missing']])).toEqual([['RECALL.JOINT_DECISION_MISSING', cite, 'proposal']]);
  });

  it.each(['R1', 'R2', 'R3'] as const)('%s: a proposal without the other party’s consent is not yet a joint decision', (ruleSet) => {
    const proposed = step(active(ruleSet), ev('EarlyRecallProposed', 'sender', '2026-02-02'));
    expect(proposed.emits.map((m) => [m.type, m.to])).toEqual([['EarlyRecallProposed', [OTHER[ruleSet]]]]);
    const v = rejected(proposed.state, ev('EarlyRecallDecided', 'sender', '2026-02-03', { ground: 2 }));
    expect(v.map((x) => [x.code, x.details?.['missing']])).toEqual([['RECALL.JOINT_DECISION_MISSING', 'consent']]);
  });

  it.each(['R1', 'R2', 'R3'] as const)('%s: proposed by the sender and consented by the other party, the recall on ground 2 takes effect', (ruleSet) => {
    const proposed = step(active(ruleSet), ev('EarlyRecallProposed', 'sender', '2026-02-02')).state;
    const consented = step(proposed, ev('EarlyRecallConsented', OTHER[ruleSet], '2026-02-03'));
    expect(consented.emits.map((m) => [m.type, m.to, m.cite])).toEqual([['EarlyRecallConsented', ['sender'], ruleSet === 'R2' ? 'R2 §20(2)' : `${ruleSet} §18(2)`]]);
    expect(consented.state.jointRecall).toEqual({ proposedOn: '2026-02-02', consentedOn: '2026-02-03' });
    const decided = step(consented.state, ev('EarlyRecallDecided', 'sender', '2026-02-04', { ground: 2 }));
    expect([decided.state.status, decided.history.cite]).toEqual(['early-recall-decided', ruleSet === 'R2' ? 'R2 §22' : `${ruleSet} §20`]);
  });

  it('R3 §18(2): only the receiver consents, only the sender proposes, and each only once', () => {
    expect(rejected(active('R3'), ev('EarlyRecallProposed', 'receiver', '2026-02-02')).map((x) => x.code)).toEqual(['CASE.WRONG_ACTOR']);
    expect(rejected(active('R3'), ev('EarlyRecallConsented', 'receiver', '2026-02-02')).map((x) => [x.code, x.details?.['missing']])).toEqual([
      ['RECALL.JOINT_DECISION_MISSING', 'proposal'],
    ]);
    const proposed = step(active('R3'), ev('EarlyRecallProposed', 'sender', '2026-02-02')).state;
    expect(rejected(proposed, ev('EarlyRecallProposed', 'sender', '2026-02-03')).map((x) => [x.code, x.cite])).toEqual([['CASE.ILLEGAL_TRANSITION', 'R3 §18(2)']]);
    expect(rejected(proposed, ev('EarlyRecallConsented', 'sender', '2026-02-03')).map((x) => x.code)).toEqual(['CASE.WRONG_ACTOR']);
    const consented = step(proposed, ev('EarlyRecallConsented', 'receiver', '2026-02-03')).state;
    expect(rejected(consented, ev('EarlyRecallConsented', 'receiver', '2026-02-04')).map((x) => x.code)).toEqual(['CASE.ILLEGAL_TRANSITION']);
  });

  it('R1 §18(3): other grounds need no joint decision', () => {
    expect(step(active('R1'), ev('EarlyRecallDecided', 'sender', '2026-02-02', { ground: 3 })).state.status).toBe('early-recall-decided');
  });
});
