import { periodText } from './period-text';

describe('SPEC Deadlines: a period in words, in kk, ru and en', () => {
  it.each([
    [1, 'working-days', '1 жұмыс күні', '1 рабочий день', '1 working day'],
    [3, 'working-days', '3 жұмыс күні', '3 рабочих дня', '3 working days'],
    [10, 'working-days', '10 жұмыс күні', '10 рабочих дней', '10 working days'],
    [21, 'calendar-days', '21 күнтізбелік күн', '21 календарный день', '21 calendar days'],
    [3, 'months', '3 ай', '3 месяца', '3 months'],
    [1, 'years', '1 жыл', '1 год', '1 year'],
    [5, 'years', '5 жыл', '5 лет', '5 years'],
  ] as const)('%i %s', (amount, unit, kk, ru, en) => {
    expect(periodText({ amount, unit })).toEqual({ kk, ru, en });
  });
});
