import type { CalendarYearInput } from './calendar.schema';

// A small made-up year for tests of the data rules, so they do not depend on the shipped files.
// 2030: 23 March is a Saturday, 16 June a Sunday, 4 May a Saturday, 10 May a Friday.
export function fixtureYear(overrides: Partial<CalendarYearInput> = {}): CalendarYearInput {
  const name = { kk: 'мереке', ru: 'праздник', en: 'holiday' };
  return {
    year: 2030,
    sources: [{ title: 'test data' }],
    holidays: [
      { date: '2030-03-23', name, religious: false },
      { date: '2030-06-16', name, religious: true },
    ],
    kurbanAitDate: '2030-06-16',
    ...overrides,
  };
}
