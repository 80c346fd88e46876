import { addWorkingDays } from '../calendar';
import { legalDate } from '../common/legal-date';
import { ev, TO_ACTIVE, walk } from '../rule-sets/case-walk.fixture';
import { startOnReceipt } from './start-on-receipt';

describe('SPEC Deadlines: a period the law counts from receipt starts on the owing party’s own receipt', () => {
  // The sender dates its proposal Monday 5 January 2026; the receiver's service gets it on 18 March.
  const proposed = walk('R3', [ev('ProposalSubmitted', 'sender', '2026-01-05', { receiverKind: 'central-executive-body' })]);
  const receipt = { roles: ['receiver' as const], declaredOn: legalDate('2026-01-05'), receivedOn: legalDate('2026-03-18') };

  it('R3 §13: the receiver’s ten working days run from its receipt, not from the date the sender declared', () => {
    expect(proposed.obligations['R3.receiver-decision']).toMatchObject({ countsFrom: '2026-01-05', countsFromReceipt: true, due: addWorkingDays(legalDate('2026-01-05'), 10) });
    const { state, restarted } = startOnReceipt(proposed, receipt);
    expect(restarted.map((o) => o.id)).toEqual(['R3.receiver-decision']);
    expect(state.obligations['R3.receiver-decision']).toMatchObject({ countsFrom: '2026-03-18', due: addWorkingDays(legalDate('2026-03-18'), 10), cite: 'R3 §13' });
  });

  it('R3 §13: another party’s receipt, a receipt on or before the declared day, and a second receipt start nothing', () => {
    expect(startOnReceipt(proposed, { ...receipt, roles: ['approver'] }).restarted).toEqual([]);
    expect(startOnReceipt(proposed, { ...receipt, receivedOn: legalDate('2026-01-05') }).restarted).toEqual([]);
    expect(startOnReceipt(proposed, { ...receipt, declaredOn: legalDate('2026-01-06') }).restarted).toEqual([]);
    const once = startOnReceipt(proposed, receipt).state;
    expect(startOnReceipt(once, { ...receipt, receivedOn: legalDate('2026-03-20') })).toEqual({ state: once, restarted: [] });
  });

  it('R3 §9: a period counted from the owing party’s own act (the disciplinary report) no receipt moves', () => {
    const found = walk('R3', [...TO_ACTIVE.R3, ev('DisciplinaryOffenceFound', 'receiver', '2025-04-14')]);
    const report = Object.values(found.obligations).find((o) => o.id.startsWith('R3.discipline-report'));
    expect(report).toMatchObject({ actor: 'receiver', countsFrom: '2025-04-14' });
    expect(report?.countsFromReceipt).toBeUndefined();
    expect(startOnReceipt(found, { roles: ['receiver', 'sender'], declaredOn: legalDate('2025-04-14'), receivedOn: legalDate('2025-05-04') }).restarted).toEqual([]);
  });
});
