import { enMonths, enYears, ruByResultsOfLastYears, ruForLastYears, ruLessThanMonths, ruLessThanYears, ruPlural } from './wording';

describe('wording of numbers in the violation texts', () => {
  it.each([
    [1, 'год'],
    [2, 'года'],
    [4, 'года'],
    [5, 'лет'],
    [11, 'лет'],
    [12, 'лет'],
    [14, 'лет'],
    [21, 'год'],
    [22, 'года'],
    [111, 'лет'],
  ])('Russian: %i takes "%s"', (n, word) => {
    expect(ruPlural(n, 'год', 'года', 'лет')).toBe(word);
  });
  it('Russian: "менее" takes the genitive: менее 1 года, менее 3 лет, менее 1 месяца, менее 6 месяцев', () => {
    expect([ruLessThanYears(1), ruLessThanYears(3), ruLessThanMonths(1), ruLessThanMonths(6)]).toEqual([
      'менее 1 года',
      'менее 3 лет',
      'менее 1 месяца',
      'менее 6 месяцев',
    ]);
  });
  it('Russian: one year reads as a singular period', () => {
    expect([ruForLastYears(1), ruForLastYears(2), ruByResultsOfLastYears(1), ruByResultsOfLastYears(2)]).toEqual([
      'за последний год',
      'за последние 2 года',
      'по итогам последнего года',
      'по итогам последних 2 лет',
    ]);
  });
  it('English: singular and plural periods', () => {
    expect([enYears(1), enYears(3), enMonths(1), enMonths(6)]).toEqual(['1 year', '3 years', '1 month', '6 months']);
  });
});
