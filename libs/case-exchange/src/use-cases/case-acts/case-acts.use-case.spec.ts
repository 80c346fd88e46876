import { procedureDefinition } from '@sx/rules';
import { availableActs } from './case-acts.use-case';

describe('availableActs: what the console may offer, from the rules for the case’s state and the caller’s roles', () => {
  it('offers the receiver of a submitted R3 proposal agreement and refusal under R3 §13, each with what it opens', () => {
    const acts = availableActs('R3', 'proposal-under-review', ['receiver']);
    const types = acts.map((a) => a.type);
    expect(types).toEqual(expect.arrayContaining(['ProposalAgreed', 'ProposalRefused']));
    const refused = acts.find((a) => a.type === 'ProposalRefused');
    expect(refused?.as).toBe('receiver');
    expect(refused?.cite).toMatch(/^R3 §/);
    expect(refused?.fields).toMatchObject({ properties: { reason: { type: 'string' } } });
    expect(refused?.fields).not.toHaveProperty('properties.actor');
  });

  it('offers nothing that the rules would refuse as the wrong actor or the wrong state', () => {
    for (const ruleSet of ['R1', 'R2', 'R3'] as const) {
      const d = procedureDefinition(ruleSet);
      for (const status of d.states) {
        for (const role of ['sender', 'receiver', 'mfa', 'approver'] as const) {
          for (const act of availableActs(ruleSet, status, [role])) {
            const rule = d.transitions.find((t) => t.event === act.type && t.from.includes(status));
            expect(rule?.actors).toContain(role);
          }
        }
      }
    }
  });

  it('gives the sender of a draft the proposal, sent to its own route, and the term it opens for the receiver', () => {
    const submit = availableActs('R3', 'draft', ['sender']).find((a) => a.type === 'ProposalSubmitted');
    expect(submit?.route).toBe('proposal');
    expect(submit?.opens.map((o) => o.actor)).toContain('receiver');
    expect(availableActs('R3', 'draft', ['receiver'])).toEqual([]);
  });

  it('requires the start date of an appointment, as POST /steps does', () => {
    const states = procedureDefinition('R3').transitions.find((t) => t.event === 'AppointmentDecided')?.from ?? [];
    const act = availableActs('R3', states[0] ?? 'draft', ['receiver']).find((a) => a.type === 'AppointmentDecided');
    expect(act?.fields).toMatchObject({ required: ['startsOn'] });
  });
});
