import type { Cite, RuleSet } from '../../common/citation';
import type { RuleViolation } from '../../common/rule-violation';
import { active, ev, rejected, step } from '../../rule-sets/case-walk.fixture';

describe('R1 §18/§20, R2 §20/§22, R3 §18/§20: early recall by ground', () => {
  // Ground 2 is refused here too: the sender alone has no joint decision to rest on (R1/R3 §18(2), R2 §20(2)).
  it.each<[RuleSet, number, string, Cite, string, RuleViolation['details']]>([
    ['R1', 1, 'is the term’s expiry and goes through the release notice of', 'R1 §19', 'RECALL.EXPIRY_GROUND', undefined],
    ['R2', 1, 'is the term’s expiry and goes through the release notice of', 'R2 §21', 'RECALL.EXPIRY_GROUND', undefined],
    ['R3', 1, 'is the term’s expiry and goes through the release notice of', 'R3 §19', 'RECALL.EXPIRY_GROUND', undefined],
    ['R1', 6, 'is no ground in', 'R1 §18', 'RECALL.UNKNOWN_GROUND', { ground: 6 }],
    ['R3', 6, 'is no ground in', 'R3 §18', 'RECALL.UNKNOWN_GROUND', { ground: 6 }],
    ['R1', 2, 'is not for the sender alone to recall on, under', 'R1 §18(2)', 'RECALL.JOINT_DECISION_MISSING', { missing: 'proposal' }],
    ['R2', 2, 'is not for the sender alone to recall on, under', 'R2 §20(2)', 'RECALL.JOINT_DECISION_MISSING', { missing: 'proposal' }],
    ['R3', 2, 'is not for the sender alone to recall on, under', 'R3 §18(2)', 'RECALL.JOINT_DECISION_MISSING', { missing: 'proposal' }],
  ])('%s: ground %i %s %s', (ruleSet, ground, _says, cite, code, details) => {
    const v = rejected(active(ruleSet), ev('EarlyRecallDecided', 'sender', '2026-02-02', { ground }));
    expect(v.map((x) => [x.code, x.cite, x.details])).toEqual([[code, cite, details]]);
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
    expect(consented.state.jointRecall).toEqual({ proposedBy: 'sender', proposedOn: '2026-02-02', consentedOn: '2026-02-03' });
    const decided = step(consented.state, ev('EarlyRecallDecided', 'sender', '2026-02-04', { ground: 2 }));
    expect([decided.state.status, decided.history.cite]).toEqual(['early-recall-decided', ruleSet === 'R2' ? 'R2 §22' : `${ruleSet} §20`]);
  });

  it.each(['R1', 'R2', 'R3'] as const)('%s: the joint decision is both parties’ own, so the other party may propose it and the sender consents', (ruleSet) => {
    const proposed = step(active(ruleSet), ev('EarlyRecallProposed', OTHER[ruleSet], '2026-02-02'));
    expect(proposed.emits.map((m) => m.to)).toEqual([['sender']]);
    const consented = step(proposed.state, ev('EarlyRecallConsented', 'sender', '2026-02-03')).state;
    expect(consented.jointRecall).toEqual({ proposedBy: OTHER[ruleSet], proposedOn: '2026-02-02', consentedOn: '2026-02-03' });
    expect(step(consented, ev('EarlyRecallDecided', 'sender', '2026-02-04', { ground: 2 })).state.status).toBe('early-recall-decided');
  });

  it('R3 §18(2): a proposal is answered by the party that did not make it, and a signed decision is signed once', () => {
    expect(rejected(active('R3'), ev('EarlyRecallConsented', 'receiver', '2026-02-02')).map((x) => [x.code, x.details?.['missing']])).toEqual([
      ['RECALL.JOINT_DECISION_MISSING', 'proposal'],
    ]);
    expect(rejected(active('R3'), ev('EarlyRecallDeclined', 'receiver', '2026-02-02')).map((x) => x.code)).toEqual(['RECALL.JOINT_DECISION_MISSING']);
    const proposed = step(active('R3'), ev('EarlyRecallProposed', 'sender', '2026-02-02')).state;
    expect(rejected(proposed, ev('EarlyRecallConsented', 'sender', '2026-02-03')).map((x) => [x.code, x.details?.['proposedBy']])).toEqual([['RECALL.OWN_PROPOSAL', 'sender']]);
    expect(rejected(proposed, ev('EarlyRecallDeclined', 'sender', '2026-02-03')).map((x) => x.code)).toEqual(['RECALL.OWN_PROPOSAL']);
    expect(rejected(proposed, ev('EarlyRecallConsented', 'approver', '2026-02-03')).map((x) => x.code)).toEqual(['CASE.WRONG_ACTOR']);
    const consented = step(proposed, ev('EarlyRecallConsented', 'receiver', '2026-02-03')).state;
    expect(rejected(consented, ev('EarlyRecallConsented', 'receiver', '2026-02-04')).map((x) => [x.code, x.cite])).toEqual([['CASE.ILLEGAL_TRANSITION', 'R3 §18(2)']]);
    expect(rejected(consented, ev('EarlyRecallDeclined', 'receiver', '2026-02-04')).map((x) => x.code)).toEqual(['CASE.ILLEGAL_TRANSITION']);
    expect(rejected(consented, ev('EarlyRecallProposed', 'sender', '2026-02-04')).map((x) => x.code)).toEqual(['CASE.ILLEGAL_TRANSITION']);
  });

  it('R3 §18(2): the receiver may decline a proposed joint decision; the ground then needs a new proposal, which either party may make', () => {
    const proposed = step(active('R3'), ev('EarlyRecallProposed', 'sender', '2026-02-02')).state;
    const declined = step(proposed, ev('EarlyRecallDeclined', 'receiver', '2026-02-03', { reason: 'needed until the project ends' }));
    expect(declined.emits.map((m) => [m.type, m.to])).toEqual([['EarlyRecallDeclined', ['sender']]]);
    expect(declined.state.jointRecall).toEqual({ proposedBy: 'sender', proposedOn: '2026-02-02', declinedOn: '2026-02-03' });
    expect(rejected(declined.state, ev('EarlyRecallConsented', 'receiver', '2026-02-04')).map((x) => x.code)).toEqual(['RECALL.JOINT_DECISION_MISSING']);
    expect(rejected(declined.state, ev('EarlyRecallDecided', 'sender', '2026-02-04', { ground: 2 })).map((x) => x.details?.['missing'])).toEqual(['consent']);
    const again = step(declined.state, ev('EarlyRecallProposed', 'receiver', '2026-03-02')).state;
    const signed = step(again, ev('EarlyRecallConsented', 'sender', '2026-03-03')).state;
    expect(signed.jointRecall).toEqual({ proposedBy: 'receiver', proposedOn: '2026-03-02', consentedOn: '2026-03-03' });
  });

  it('R3 §18(2): the law sets no time to answer, so a proposal left unanswered does not block the ground: a new proposal replaces it', () => {
    const proposed = step(active('R3'), ev('EarlyRecallProposed', 'sender', '2026-02-02')).state;
    const renewed = step(proposed, ev('EarlyRecallProposed', 'sender', '2026-06-01')).state;
    expect(renewed.jointRecall).toEqual({ proposedBy: 'sender', proposedOn: '2026-06-01' });
    expect(step(renewed, ev('EarlyRecallConsented', 'receiver', '2026-06-02')).state.jointRecall?.consentedOn).toBe('2026-06-02');
  });

  it('R1 §18(4): other grounds need no joint decision', () => {
    expect(step(active('R1'), ev('EarlyRecallDecided', 'sender', '2026-02-02', { ground: 4 })).state.status).toBe('early-recall-decided');
  });
});

describe('R1/R3 §18(3), R2 §20(4): an early recall for a disciplinary offence rests on an offence on record', () => {
  it.each([
    ['R1', 3, 'R1 §18'],
    ['R2', 4, 'R2 §20'],
    ['R3', 3, 'R3 §18'],
  ] as const)('%s: a recall on ground %i with no offence found in the case is refused citing %s', (ruleSet, ground, cite) => {
    const v = rejected(active(ruleSet), ev('EarlyRecallDecided', 'sender', '2026-02-02', { ground }));
    expect(v.map((x) => [x.code, x.cite])).toEqual([['RECALL.NO_OFFENCE_ON_RECORD', cite]]);
  });

  it.each([
    ['R1', 3, 'receiver'],
    ['R2', 4, 'mfa'],
    ['R3', 3, 'receiver'],
  ] as const)('%s: once an offence is found (§9), the recall on ground %i is accepted', (ruleSet, ground, finder) => {
    const found = step(active(ruleSet), ev('DisciplinaryOffenceFound', finder, '2026-01-20'));
    expect(found.state.offenceFoundOn).toBe('2026-01-20');
    expect(step(found.state, ev('EarlyRecallDecided', 'sender', '2026-02-02', { ground })).state.status).toBe('early-recall-decided');
  });
});
