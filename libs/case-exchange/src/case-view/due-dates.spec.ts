import { newCase, type CaseState, type Obligation } from '@sx/rules';
import { dueDates } from './due-dates';

const obligation = (id: string, due: string | null): Obligation => ({ id, due }) as unknown as Obligation;
const withObligations = (...os: Obligation[]): CaseState => ({ ...newCase('R3'), obligations: Object.fromEntries(os.map((o) => [o.id, o])) });

describe('dueDates', () => {
  it('has no due dates and nothing blocked when no obligation is open', () => {
    expect(dueDates(newCase('R3'))).toEqual({ next: null, nextUnrecorded: null, blocked: false });
  });

  it('takes the earliest due date of the open obligations', () => {
    const state = withObligations(obligation('R3.order', '2026-04-10'), obligation('R3.receiver-decision', '2026-04-06'), obligation('R3.approval-request', '2026-05-01'));
    expect(dueDates(state)).toEqual({ next: '2026-04-06', nextUnrecorded: '2026-04-06', blocked: false });
  });

  it('skips obligations already recorded as missed (by their stored key) for the sweeper, not for the lists', () => {
    const state = withObligations(obligation('R3.receiver-decision', '2026-04-06'), obligation('R3.order', '2026-04-10'));
    expect(dueDates(state, { 'R3~receiver-decision': '2026-04-06' })).toEqual({ next: '2026-04-06', nextUnrecorded: '2026-04-10', blocked: false });
  });

  it('does not match a missed deadline recorded under the dotted id', () => {
    const state = withObligations(obligation('R3.receiver-decision', '2026-04-06'));
    expect(dueDates(state, { 'R3.receiver-decision': '2026-04-06' }).nextUnrecorded).toBe('2026-04-06');
  });

  it('has no unrecorded due date once every dated obligation is recorded as missed', () => {
    const state = withObligations(obligation('R3.receiver-decision', '2026-04-06'));
    expect(dueDates(state, { 'R3~receiver-decision': '2026-04-06' }).nextUnrecorded).toBeNull();
  });

  it('is blocked when some obligation has no due date yet, and dates the others all the same', () => {
    const state = withObligations(obligation('R3.release-notice', null), obligation('R3.order', '2026-04-10'));
    expect(dueDates(state)).toEqual({ next: '2026-04-10', nextUnrecorded: '2026-04-10', blocked: true });
  });
});
