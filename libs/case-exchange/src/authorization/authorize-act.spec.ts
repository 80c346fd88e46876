// The signatory check's switch (SX_TEST_MUTANT=no-signatory-check in the service config) reaches
// authorizeAct as an argument; the e2e detector is in apps/exchange-e2e/src/officials.spec.ts.
import type { Actor } from '@sx/contracts';
import { procedureDefinition, type RuleSet } from '@sx/rules';
import { STEP_AUTHORITY, type Act } from './act-authority';
import { authorizeAct } from './authorize-act';

const person = (roles: string[]): Actor => ({
  agencyId: 'ministry-of-justice',
  kind: 'person',
  issuer: 'http://127.0.0.1:4100',
  subject: 'official-1',
  name: 'Aigerim Sultanova',
  roles,
});
const system: Actor = { agencyId: 'ministry-of-justice', kind: 'system', subject: 'client-1', name: 'HR system', roles: ['system'] };

describe('who may take which act', () => {
  it.each<RuleSet>(['R1', 'R2', 'R3'])('%s: every transition of the procedure is classified as prepare or decide', (ruleSet) => {
    const unclassified = procedureDefinition(ruleSet)
      .transitions.map((t) => t.event)
      .filter((event) => !(event in STEP_AUTHORITY));
    expect(unclassified).toEqual([]);
  });

  it("R3 §13: a preparer's agreement to a proposal is refused, citing the paragraph that names the receiving body's head", () => {
    const refusal = authorizeAct(person(['preparer']), 'ProposalAgreed', 'R3');
    expect(refusal).toMatchObject({ kind: 'forbidden', code: 'AUTH.NOT_SIGNATORY', options: { cite: 'R3 §13' } });
    expect(refusal?.text.kk).toBeTruthy();
    expect(refusal?.text.ru).toBeTruthy();
  });

  it.each<RuleSet>(['R1', 'R2', 'R3'])("%s: every decision of the procedure is refused to a preparer and allowed to a signatory", (ruleSet) => {
    for (const t of procedureDefinition(ruleSet).transitions.filter((x) => STEP_AUTHORITY[x.event] === 'decide')) {
      expect(authorizeAct(person(['preparer']), t.event, ruleSet)).toMatchObject({ code: 'AUTH.NOT_SIGNATORY', options: { cite: t.cite } });
      expect(authorizeAct(person(['signatory']), t.event, ruleSet)).toBeUndefined();
    }
  });

  it.each<RuleSet>(['R1', 'R2', 'R3'])('%s: every preparing step is allowed to a preparer and a signatory, refused to a person with neither role', (ruleSet) => {
    for (const t of procedureDefinition(ruleSet).transitions.filter((x) => STEP_AUTHORITY[x.event] === 'prepare')) {
      expect(authorizeAct(person(['preparer']), t.event, ruleSet)).toBeUndefined();
      expect(authorizeAct(person(['signatory']), t.event, ruleSet)).toBeUndefined();
      expect(authorizeAct(person([]), t.event, ruleSet)).toMatchObject({ code: 'AUTH.NOT_PREPARER', options: { cite: t.cite } });
    }
  });

  it('the mapping names no step that is not a transition of R1, R2 or R3 (a renamed step cannot leave a stale entry)', () => {
    const events = new Set((['R1', 'R2', 'R3'] as const).flatMap((r) => procedureDefinition(r).transitions.map((t) => t.event)));
    expect(Object.keys(STEP_AUTHORITY).filter((e) => !events.has(e as never))).toEqual([]);
  });

  it.each<[Act, RuleSet, string]>([
    ['open-case', 'R1', 'R1 §12'],
    ['attach-document', 'R2', 'R2 §13'],
    ['check-eligibility', 'R3', 'R3 §12'],
  ])('%s under %s is refused to a person with neither role citing the submission paragraph (%s)', (act, ruleSet, cite) => {
    expect(authorizeAct(person([]), act, ruleSet)).toMatchObject({ code: 'AUTH.NOT_PREPARER', options: { cite: expect.stringMatching(new RegExp(`^${cite}`)) } });
  });

  it.each<Act>(['open-case', 'replace-candidate', 'attach-document', 'check-eligibility', 'CandidateInterviewed'])(
    'a preparer may take the preparing act %s; a person with neither role may not',
    (act) => {
      expect(authorizeAct(person(['preparer']), act, 'R3')).toBeUndefined();
      expect(authorizeAct(person([]), act, 'R3')).toMatchObject({ kind: 'forbidden', code: 'AUTH.NOT_PREPARER' });
    },
  );

  it('with the test-only switch no-signatory-check a preparer decides, and only decisions are affected', () => {
    expect(authorizeAct(person(['preparer']), 'ProposalAgreed', 'R3', { noSignatoryCheck: true })).toBeUndefined();
    expect(authorizeAct(person([]), 'open-case', 'R3', { noSignatoryCheck: true })).toMatchObject({ code: 'AUTH.NOT_PREPARER' });
  });

  it("an agency's system (API client) is authorised by its agency for decisions too", () => {
    expect(authorizeAct(system, 'ProposalAgreed', 'R3')).toBeUndefined();
    expect(authorizeAct(system, 'open-case', 'R3')).toBeUndefined();
  });
});
