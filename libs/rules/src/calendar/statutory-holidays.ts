/**
 * The public holidays of the Law «On holidays in the Republic of Kazakhstan» by calendar date, with
 * the years each was in force (SPEC "Deadlines": 25 October since 2022; 1 and 17 December until
 * 2021; 30 August until 2025; Constitution Day on 15 March from 2027 under the 2026 Constitution).
 * Kurban Ait moves every year and is checked through `kurbanAitDate`. Used to check an operator's
 * year file: each of these must be in it, or explained in its `notes`.
 */
export interface StatutoryHoliday {
  readonly monthDay: string;
  readonly name: string;
  readonly from?: number;
  readonly until?: number;
}

export const STATUTORY_HOLIDAYS: readonly StatutoryHoliday[] = [
  { monthDay: '01-01', name: 'New Year' },
  { monthDay: '01-02', name: 'New Year' },
  { monthDay: '01-07', name: 'Orthodox Christmas' },
  { monthDay: '03-08', name: 'International Women’s Day' },
  { monthDay: '03-15', name: 'Constitution Day', from: 2027 },
  { monthDay: '03-21', name: 'Nauryz' },
  { monthDay: '03-22', name: 'Nauryz' },
  { monthDay: '03-23', name: 'Nauryz' },
  { monthDay: '05-01', name: 'Unity Day' },
  { monthDay: '05-07', name: 'Defender of the Fatherland Day' },
  { monthDay: '05-09', name: 'Victory Day' },
  { monthDay: '07-06', name: 'Capital Day' },
  { monthDay: '08-30', name: 'Constitution Day', until: 2025 },
  { monthDay: '10-25', name: 'Republic Day', from: 2022 },
  { monthDay: '12-01', name: 'First President Day', until: 2021 },
  { monthDay: '12-16', name: 'Independence Day' },
  { monthDay: '12-17', name: 'Independence Day', until: 2021 },
];

export const statutoryHolidaysOf = (year: number): readonly StatutoryHoliday[] =>
  STATUTORY_HOLIDAYS.filter((h) => (h.from ?? 0) <= year && year <= (h.until ?? 9999));
