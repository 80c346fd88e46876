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
  describe('Russian: "менее" takes the genitive; one year reads as a singular period', () => {
    it.each<[string, (n: number) => string, number]>([
      ['менее 1 года', ruLessThanYears, 1],
      ['менее 3 лет', ruLessThanYears, 3],
      ['менее 1 месяца', ruLessThanMonths, 1],
      ['менее 6 месяцев', ruLessThanMonths, 6],
      ['за последний год', ruForLastYears, 1],
      ['за последние 2 года', ruForLastYears, 2],
      ['по итогам последнего года', ruByResultsOfLastYears, 1],
      ['по итогам последних 2 лет', ruByResultsOfLastYears, 2],
    ])('%s', (phrase, words, n) => {
      expect(words(n)).toBe(phrase);
    });
  });
  it('English: singular and plural periods', () => {
    expect([enYears(1), enYears(3), enMonths(1), enMonths(6)]).toEqual(['1 year', '3 years', '1 month', '6 months']);
  });
});
