import { procedureDefinition } from './procedure-definition';

describe('procedureDefinition: what services generate their documentation from', () => {
  it('R1: states from the proposal to the recall, and every period with its paragraph', () => {
    const d = procedureDefinition('R1');
    expect(d.states).toEqual([
      'draft', 'proposal-under-review', 'proposal-refused', 'proposal-agreed', 'awaiting-approval', 'approval-denied',
      'awaiting-appointment', 'awaiting-order', 'active', 'release-notified', 'early-recall-decided', 'recalled', 'withdrawn',
    ]);
    expect(d.terminal).toEqual(['approval-denied', 'recalled', 'withdrawn']);
    expect(Object.fromEntries(d.obligations.map((o) => [o.id, `${o.cite} ${o.period.amount} ${o.period.unit} ${o.counting} by ${o.actor}`]))).toEqual({
      'R1.receiver-decision': 'R1 §13 10 working-days after by receiver',
      'R1.approval-request': 'R1 §15 3 working-days after by sender',
      'R1.appointment-decision': 'R1 §16 3 working-days after by receiver',
      'R1.replacement-candidate': 'R1 §14 5 working-days after by sender',
      'R1.order': 'R1 §17 3 working-days after by sender',
      'R1.personal-file': 'R1 §17 5 working-days after by sender',
      'R1.release-notice': 'R1 §19 10 working-days before by receiver',
      'R1.discipline-report': 'R1 §9 5 working-days after by receiver',
      'R1.recall-decision': 'R1 §19 5 working-days after by sender',
      'R1.early-recall-notice': 'R1 §20 3 working-days after by sender',
    });
  });

  it('R2: the MFA reviews, the sending body issues its own order, and the KPIs follow', () => {
    const d = procedureDefinition('R2');
    expect(d.states).toContain('awaiting-sender-order');
    expect(d.states).not.toContain('awaiting-appointment');
    expect(d.transitions.find((t) => t.event === 'ProposalAgreed')).toMatchObject({ actors: ['mfa'], cite: 'R2 §14', to: ['proposal-agreed', 'awaiting-order'] });
    expect(d.obligations.map((o) => o.id).sort()).toEqual([
      'R2.approval-request', 'R2.discipline-report', 'R2.early-recall-notice', 'R2.kpi', 'R2.mfa-decision', 'R2.mfa-interview', 'R2.order', 'R2.release-notice', 'R2.replacement-candidate',
    ]);
  });

  it.each([
    ['R1', 'receiver'],
    ['R2', 'mfa'],
    ['R3', 'receiver'],
  ] as const)('%s §8: the %s consents to an extension as its own step, while the case is active, and no period opens', (ruleSet, consenter) => {
    const d = procedureDefinition(ruleSet);
    const consent = d.transitions.find((t) => t.event === 'ExtensionConsented');
    const decision = d.transitions.find((t) => t.event === 'ExtensionDecided');
    expect(consent).toMatchObject({ actors: [consenter], cite: `${ruleSet} §8`, from: decision?.from, to: ['active'], opens: [] });
    expect(decision).toMatchObject({ actors: ['sender'], cite: `${ruleSet} §8` });
  });

  it('R3 §14: no period for another candidate after a refusal', () => {
    const d = procedureDefinition('R3');
    expect(d.obligations.map((o) => o.id)).not.toContain('R3.replacement-candidate');
    expect(d.transitions.map((t) => t.event)).not.toContain('CandidateInterviewed');
  });
});
