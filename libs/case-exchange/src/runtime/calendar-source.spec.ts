import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addWorkingDays, legalDate, sampleCalendarYear, shippedCalendarYears } from '@sx/rules';
import { waitFor } from '@sx/testing';
import pino from 'pino';
import { createCalendarSource, readCalendar } from './calendar-source';

const logger = pino({ level: 'silent' });
const lastShipped = shippedCalendarYears[shippedCalendarYears.length - 1]!.year;
const next = lastShipped + 1;
const write = (dir: string, name: string, data: unknown): void => writeFileSync(join(dir, name), JSON.stringify(data));

describe('SPEC Deadlines: the working calendar as operator data (SX_CALENDAR_DIR)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sx-calendar-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('without a directory, or with an empty one, the shipped years are the calendar', () => {
    expect(readCalendar(undefined).years).toEqual(shippedCalendarYears.map((y) => y.year));
    expect(readCalendar(dir).years).toEqual(shippedCalendarYears.map((y) => y.year));
  });

  it('a year file in the directory adds that year; one for a shipped year replaces it', () => {
    write(dir, `kz-${next}.json`, sampleCalendarYear(next));
    const replaced = { ...sampleCalendarYear(2025), notes: ['operator correction'] };
    write(dir, 'kz-2025.json', replaced);
    write(dir, 'README.txt', 'not a year file');
    const cal = readCalendar(dir);
    expect(cal.years.at(-1)).toBe(next);
    // The made-up 2025 has no transfer (shipped: Friday 3 January off, Sunday 5 January working).
    expect(addWorkingDays(legalDate('2025-01-02'), 1, cal)).toBe('2025-01-03');
    expect(addWorkingDays(legalDate('2025-01-02'), 1)).toBe('2025-01-05');
  });

  it('bad data at start is refused with every problem, naming the file when it cannot be read', () => {
    write(dir, 'kz-bad.json', { ...sampleCalendarYear(next), holidays: [{ date: `${next - 1}-01-01`, name: { kk: 'a', ru: 'b', en: 'c' }, religious: false }] });
    expect(() => createCalendarSource({ dir, logger })).toThrow(/is not in/);
    write(dir, 'kz-bad.json', { notAYear: true });
    expect(() => createCalendarSource({ dir, logger })).toThrow(/kz-bad.json: no "year"/);
  });

  it('SIGHUP reloads: a due date blocked by a missing year can be computed after it; bad data keeps the calendar in force', () => {
    const source = createCalendarSource({ dir, logger, live: true });
    try {
      const before = source.current();
      expect(before.years).not.toContain(next);
      write(dir, `kz-${next}.json`, sampleCalendarYear(next));
      process.emit('SIGHUP', 'SIGHUP');
      expect(source.current().years).toContain(next);
      expect(addWorkingDays(legalDate(`${next}-06-01`), 1, source.current())).toBe(`${next}-06-02`);
      write(dir, 'kz-broken.json', { year: next + 1, holidays: [] });
      expect(source.reload('test')).toBe(false);
      expect(source.current().years).toContain(next);
    } finally {
      source.close();
    }
    expect(process.listenerCount('SIGHUP')).toBe(0);
  });

  it('a file written into the directory is picked up without a signal', async () => {
    const source = createCalendarSource({ dir, logger, live: true });
    try {
      write(dir, `kz-${next}.json`, sampleCalendarYear(next));
      await waitFor(() => (source.current().years.includes(next) ? true : undefined), { timeoutMs: 5000, intervalMs: 50, description: 'the calendar to reload' });
    } finally {
      source.close();
    }
  });
});
