import { buildCalendar } from '../calendar/working-calendar';
import { sampleCalendarYear } from './sample-calendar-year';

describe('SPEC Deadlines: the sample calendar year used by tests of operator data', () => {
  it.each([2028, 2029, 2032])('%i passes the schema and the weekend-holiday rule, and says it is made up', (year) => {
    const cal = buildCalendar([sampleCalendarYear(year)]);
    expect(cal.years).toEqual([year]);
    expect(sampleCalendarYear(year).sources[0]?.title).toMatch(/^sample data, not a real calendar/);
  });
});
