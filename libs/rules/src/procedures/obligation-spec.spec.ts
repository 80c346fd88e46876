import { text } from '../common/localized-text';
import { withPeriodNote } from '../parameters/period-text';
import { legalDate } from '../common/legal-date';
import { RESOLUTION_755, type Edition } from '../parameters/editions';
import { workingDays } from '../parameters/period';
import { newCase } from './case-state';
import { deadline, openObligation } from './obligation-spec';
import { r3DisciplineReport } from '../r3/p09-discipline';

// A made-up amendment of R3 §9's period, to show that an obligation's text follows the edition in
// force on the case. The step is the paragraph's own, so it is named once, in the paragraph's file.
const AMENDMENT: Edition = { from: legalDate('2026-01-01'), source: 'Resolution 999 of 01.12.2025 (test amendment)' };
const { ruleSet, step, actor, action, parameter } = r3DisciplineReport;
const spec = deadline({
  ruleSet,
  step,
  cite: parameter.cite,
  name: parameter.name,
  actor,
  action,
  values: [
    { edition: RESOLUTION_755, period: workingDays(5) },
    { edition: AMENDMENT, period: workingDays(1) },
  ],
  text: withPeriodNote(text('Қабылдаушы жолдайды', 'Принимающая сторона направляет', 'The receiver sends the materials')),
});

describe('SPEC Deadlines: a paragraph’s period and its text come from one dated definition', () => {
  it('R3 §9: a case begun before the amendment keeps 5 working days (Kurban Ait on 6 June 2025 not counted), and its text says so', () => {
    const o = openObligation(spec, legalDate('2025-06-02'), { ...newCase('R3'), asOf: legalDate('2025-06-02') }, {});
    expect([o.period.amount, o.due, o.text.en, o.text.ru]).toEqual([5, '2025-06-10', 'The receiver sends the materials (period: 5 working days)', 'Принимающая сторона направляет (срок: 5 рабочих дней)']);
  });

  it('R3 §9: a case begun on the amendment’s first day gets 1 working day, and its text says so in every language', () => {
    const o = openObligation(spec, legalDate('2026-01-05'), { ...newCase('R3'), asOf: legalDate('2026-01-01') }, {});
    expect([o.period.amount, o.text]).toEqual([1, { kk: 'Қабылдаушы жолдайды (мерзімі: 1 жұмыс күні)', ru: 'Принимающая сторона направляет (срок: 1 рабочий день)', en: 'The receiver sends the materials (period: 1 working day)' }]);
  });

  it('the documentation text shows the latest edition; a period needs a value', () => {
    expect(spec.text.en).toBe('The receiver sends the materials (period: 1 working day)');
    expect(spec.parameter.values.map((v) => v.source)).toEqual(['Resolution 755 of 17.11.2017', 'Resolution 999 of 01.12.2025 (test amendment)']);
    expect(() => deadline({ ...{ ruleSet: 'R3', step: 'order', cite: 'R3 §17', name: 'x', actor: 'sender', action: 'x', text: () => text('a', 'b', 'c') }, values: [] })).toThrow('at least one value');
  });
});
