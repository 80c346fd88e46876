import { newCase, type CaseState, type Obligation } from '@sx/rules';
import { procedureOfStored, storedProcedure } from './stored-procedure';

const obligation = (id: string): Obligation => ({ id, due: '2026-04-06' }) as unknown as Obligation;
const state: CaseState = {
  ...newCase('R3'),
  status: 'proposal-under-review',
  proposals: 1,
  obligations: { 'R3.receiver-decision': obligation('R3.receiver-decision'), 'R3.approval-request': obligation('R3.approval-request') },
};

describe('the stored copy of a procedure', () => {
  it('stores obligation keys without dots', () => {
    const stored = storedProcedure(state);
    expect(Object.keys(stored.obligations).sort()).toEqual(['R3~approval-request', 'R3~receiver-decision']);
    expect(Object.keys(stored.obligations).some((k) => k.includes('.'))).toBe(false);
  });

  it('keeps the obligations themselves, with their dotted ids, and the rest of the state', () => {
    const stored = storedProcedure(state);
    expect(stored.obligations['R3~receiver-decision']).toEqual(obligation('R3.receiver-decision'));
    expect(stored.status).toBe('proposal-under-review');
    expect(stored.proposals).toBe(1);
  });

  it('reads back exactly the state it stored', () => {
    expect(procedureOfStored(storedProcedure(state))).toEqual(state);
  });

  it('does not change the state it is given', () => {
    storedProcedure(state);
    expect(Object.keys(state.obligations)).toContain('R3.receiver-decision');
  });
});
