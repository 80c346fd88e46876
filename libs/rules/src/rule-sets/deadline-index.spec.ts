import { valueAt } from '../common/dated-parameter';
import { legalDate } from '../common/legal-date';
import { DEADLINE_PARAMETERS, deadlineParameter } from './deadline-index';
import { firstEditionOf } from '../parameters/editions';
import { EXTENSION_LIMIT_PARAMETERS, TERM_PARAMETERS } from './term-parameters';

describe('the numbers of the law, with their paragraphs and editions', () => {
  it.each([
    ['R1', 'receiver-decision', 'R1 §13', 10, 'working-days'],
    ['R1', 'replacement-candidate', 'R1 §14', 5, 'working-days'],
    ['R1', 'approval-request', 'R1 §15', 3, 'working-days'],
    ['R1', 'appointment-decision', 'R1 §16', 3, 'working-days'],
    ['R1', 'order', 'R1 §17', 3, 'working-days'],
    ['R1', 'personal-file', 'R1 §17', 5, 'working-days'],
    ['R1', 'discipline-report', 'R1 §9', 5, 'working-days'],
    ['R1', 'release-notice', 'R1 §19', 10, 'working-days'],
    ['R1', 'recall-decision', 'R1 §19', 5, 'working-days'],
    ['R1', 'early-recall-notice', 'R1 §20', 3, 'working-days'],
    ['R2', 'mfa-interview', 'R2 §14', 15, 'working-days'],
    ['R2', 'mfa-decision', 'R2 §14', 3, 'months'],
    ['R2', 'replacement-candidate', 'R2 §15', 5, 'working-days'],
    ['R2', 'approval-request', 'R2 §16', 3, 'working-days'],
    ['R2', 'order', 'R2 §18', 3, 'working-days'],
    ['R2', 'kpi', 'R2 §12', 1, 'months'],
    ['R2', 'discipline-report', 'R2 §9', 5, 'working-days'],
    ['R2', 'release-notice', 'R2 §21', 10, 'working-days'],
    ['R2', 'early-recall-notice', 'R2 §22', 3, 'working-days'],
    ['R3', 'receiver-decision', 'R3 §13', 10, 'working-days'],
    ['R3', 'approval-request', 'R3 §15', 3, 'working-days'],
    ['R3', 'appointment-decision', 'R3 §16', 3, 'working-days'],
    ['R3', 'order', 'R3 §17', 3, 'working-days'],
    ['R3', 'discipline-report', 'R3 §9', 5, 'working-days'],
    ['R3', 'release-notice', 'R3 §19', 10, 'working-days'],
    ['R3', 'early-recall-notice', 'R3 §20', 3, 'working-days'],
  ] as const)('%s %s: %s sets %i %s', (ruleSet, step, cite, amount, unit) => {
    const p = deadlineParameter(ruleSet, step);
    expect(p?.cite).toBe(cite);
    expect(p && valueAt(p, legalDate('2025-06-02'))).toEqual({ amount, unit });
  });

  it('every parameter is listed above: nothing unreviewed hides in the tables', () => {
    expect(Object.values(DEADLINE_PARAMETERS).reduce((n, t) => n + Object.keys(t).length, 0)).toBe(26);
  });

  it('R3 §14, R3 §17: no period for another candidate, none for the personal file', () => {
    expect([deadlineParameter('R3', 'replacement-candidate'), deadlineParameter('R3', 'personal-file')]).toEqual([undefined, undefined]);
  });

  it.each(['R1', 'R2', 'R3'] as const)('%s §8: three years, extended by at most one year', (ruleSet) => {
    const asOf = legalDate('2025-06-02');
    expect([valueAt(TERM_PARAMETERS[ruleSet], asOf), valueAt(EXTENSION_LIMIT_PARAMETERS[ruleSet], asOf)]).toEqual([
      { amount: 3, unit: 'years' },
      { amount: 1, unit: 'years' },
    ]);
  });

  it('R1 was set out anew by Resolution 206, R2 by Resolution 536; R3 keeps the 2017 text', () => {
    expect(['R1', 'R2', 'R3'].map((r) => firstEditionOf(r as 'R1').source)).toEqual([
      'Resolution 206 of 03.04.2025 (R1 in a new edition)',
      'Resolution 536 of 01.07.2023 (R2 in a new edition)',
      'Resolution 755 of 17.11.2017',
    ]);
    expect(() => valueAt(TERM_PARAMETERS.R1, legalDate('2025-04-13'))).toThrow(RangeError);
  });
});
