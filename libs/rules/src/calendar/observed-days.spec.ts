import type { LegalDate } from '../common/legal-date';
import type { Holiday } from './calendar.schema';
import { observedDaysOff } from './observed-days';

const name = { kk: 'м', ru: 'п', en: 'h' };
const holiday = (date: string, religious = false): Holiday => ({ date: date as LegalDate, name, religious });

describe('observed days off (Law «On holidays», art. 5)', () => {
  it('SPEC Deadlines: Victory Day on Saturday 9 May 2026 gives Monday 11 May 2026 off', () => {
    expect(observedDaysOff([holiday('2026-05-09')])).toEqual(['2026-05-11']);
  });

  it('SPEC Deadlines: Nauryz on Saturday 21 and Sunday 22 March 2020 with Monday 23 a holiday gives Tuesday 24 and Wednesday 25 off', () => {
    expect(observedDaysOff([holiday('2020-03-23'), holiday('2020-03-22'), holiday('2020-03-21')])).toEqual(['2020-03-24', '2020-03-25']);
  });

  it('SPEC Deadlines: 7 January on Saturday 2023 and Kurban Ait on Sunday 16 June 2024 are not moved', () => {
    expect(observedDaysOff([holiday('2023-01-07', true), holiday('2024-06-16', true)])).toEqual([]);
  });

  it('SPEC Deadlines: a holiday on a weekday gives no observed day', () => {
    expect(observedDaysOff([holiday('2025-03-21')])).toEqual([]);
  });

  it('SPEC Deadlines: an observed day skips a weekday already made a day off by a transfer', () => {
    expect(observedDaysOff([holiday('2030-03-23')], new Set(['2030-03-25']))).toEqual(['2030-03-26']);
  });
});
