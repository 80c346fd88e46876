import { buildCalendar, shippedCalendarYears } from '../calendar';
import { ev, step, TO_ACTIVE, walk } from '../rule-sets/case-walk.fixture';
import { refreshObligations } from './refresh-obligations';

// A made-up 2028 for the test only: New Year and Nauryz, as the law on holidays fixes them.
const name = { kk: 'мереке', ru: 'праздник', en: 'holiday' };
const year2028 = {
  year: 2028,
  sources: [{ title: 'test data, not the official 2028 calendar' }],
  holidays: [
    { date: '2028-01-01', name, religious: false },
    { date: '2028-01-02', name, religious: false },
    { date: '2028-03-21', name, religious: false },
    { date: '2028-03-22', name, religious: false },
    { date: '2028-03-23', name, religious: false },
    { date: '2028-05-04', name, religious: true },
  ],
  kurbanAitDate: '2028-05-04',
};

describe('SPEC Deadlines: due dates beyond the loaded calendar', () => {
  const s = walk('R3', [
    ...TO_ACTIVE.R3.slice(0, 4),
    ev('AppointmentDecided', 'receiver', '2025-03-10', { startsOn: '2025-04-03' }),
    ev('OrderIssued', 'sender', '2025-03-12', { effectiveFrom: '2025-04-03' }),
    ev('DisciplinaryOffenceFound', 'receiver', '2025-04-14'),
  ]);

  it('R3 §19: a three-year term to Monday 3 April 2028 leaves the notice date open while 2028 is not loaded', () => {
    expect(s.obligations['R3.release-notice']).toMatchObject({ due: null, dueBlockedBy: { code: 'CALENDAR.YEAR_NOT_COVERED' } });
    expect(refreshObligations(s)).toEqual({ state: s, refreshed: [] });
  });

  it('R3 §19: once 2028 is loaded the notice is due by Wednesday 15 March 2028 (Nauryz 21–23 March)', () => {
    const calendar = buildCalendar([...shippedCalendarYears, year2028]);
    const { state, refreshed } = refreshObligations(s, { calendar });
    expect(refreshed.map((o) => [o.id, o.due])).toEqual([['R3.release-notice', '2028-03-15']]);
    expect(state.obligations['R3.release-notice']?.dueBlockedBy).toBeUndefined();
    expect(state.obligations['R3.discipline-report:2025-04-14']).toBe(s.obligations['R3.discipline-report:2025-04-14']);
    expect(step(state, ev('ReleaseNotified', 'receiver', '2028-03-15', { releaseOn: '2028-04-03' }), { calendar }).state.status).toBe('release-notified');
  });
});
