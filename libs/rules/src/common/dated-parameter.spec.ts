import { latestValue, valueAt, type DatedParameter } from './dated-parameter';
import { legalDate } from './legal-date';

const p: DatedParameter<number> = {
  name: 'test period',
  cite: 'R3 §13',
  values: [
    { from: legalDate('2025-04-14'), value: 7, source: 'later act' },
    { from: legalDate('2017-11-17'), value: 10, source: 'first act' },
  ],
};

describe('SPEC Deadlines: a dated parameter', () => {
  it('R3 §13: the value in force on a date, whatever the order the values are listed in', () => {
    expect([valueAt(p, legalDate('2025-04-13')), valueAt(p, legalDate('2025-04-14'))]).toEqual([10, 7]);
  });

  it('R3 §13: the latest edition’s value is what documentation shows', () => {
    expect(latestValue(p)).toBe(7);
  });

  it('a parameter with no value in force is a coding error', () => {
    expect(() => valueAt(p, legalDate('2017-01-01'))).toThrow(RangeError);
    expect(() => latestValue({ ...p, values: [] })).toThrow('test period (R3 §13) has no value');
  });
});
