import { watch, readdirSync, readFileSync, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { buildCalendar, shippedCalendarYears, type CalendarYear, type WorkingCalendar } from '@sx/rules';
import type { Logger } from 'pino';
import type { CalendarSource } from '../context/case-context';

/**
 * The working calendar as operator data at run time. The shipped years (libs/rules/src/calendar/data)
 * are always there; every `*.json` year file in SX_CALENDAR_DIR adds a year or replaces a shipped
 * one. It is read at start (bad data stops the service: better no service than wrong deadlines), and
 * again on SIGHUP or when a file in the directory changes; a reload with bad data is logged and the
 * calendar in force stays. The sweeper's next pass then computes the due dates the new year unblocks.
 */
export interface ReloadableCalendar extends CalendarSource {
  /** Reads the directory again; false (and the old calendar kept) when the data is refused. */
  reload(reason: string): boolean;
  /** Stops watching the directory and listening for SIGHUP. */
  close(): void;
}

export interface CalendarSourceOptions {
  /** SX_CALENDAR_DIR; undefined keeps the shipped years only. */
  readonly dir: string | undefined;
  readonly logger: Logger;
  /** Reload on SIGHUP and on file changes (the services do; tests of the loader may not). */
  readonly live?: boolean;
}

const YEAR_FILE = /\.json$/;

/** The shipped years with the directory's years laid over them, validated together. */
export function readCalendar(dir: string | undefined): WorkingCalendar {
  const byYear = new Map<number, CalendarYear | unknown>(shippedCalendarYears.map((y) => [y.year, y]));
  if (dir !== undefined) {
    for (const name of readdirSync(dir).filter((f) => YEAR_FILE.test(f)).sort()) {
      const raw: unknown = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      const year = typeof raw === 'object' && raw !== null && 'year' in raw ? Number(raw.year) : Number.NaN;
      if (!Number.isInteger(year)) throw new Error(`${join(dir, name)}: no "year" in the file`);
      byYear.set(year, raw);
    }
  }
  return buildCalendar([...byYear.values()] as CalendarYear[]);
}

export function createCalendarSource(options: CalendarSourceOptions): ReloadableCalendar {
  const { dir, logger } = options;
  let calendar = readCalendar(dir);
  logger.info({ calendarDir: dir ?? null, years: calendar.years }, `working calendar loaded: ${describe(calendar)}`);

  const reload = (reason: string): boolean => {
    try {
      const next = readCalendar(dir);
      const added = next.years.filter((y) => !calendar.years.includes(y));
      calendar = next;
      logger.info({ calendarDir: dir ?? null, years: next.years, added, reason }, `working calendar reloaded (${reason}): ${describe(next)}`);
      return true;
    } catch (error) {
      logger.error({ err: error, calendarDir: dir ?? null, reason }, `working calendar NOT reloaded (${reason}); keeping ${describe(calendar)}`);
      return false;
    }
  };

  const stops: (() => void)[] = [];
  if (options.live === true) {
    const onHup = (): void => void reload('SIGHUP');
    process.on('SIGHUP', onHup);
    stops.push(() => process.off('SIGHUP', onHup));
    if (dir !== undefined) stops.push(watchDirectory(dir, () => reload('file change'), logger));
  }
  return {
    current: () => calendar,
    reload,
    close: () => stops.splice(0).forEach((stop) => stop()),
  };
}

/** A burst of events (an editor writes, renames, touches) becomes one reload after it settles. */
function watchDirectory(dir: string, onChange: () => void, logger: Logger, settleMs = 200): () => void {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, { persistent: false }, () => {
      clearTimeout(timer);
      timer = setTimeout(onChange, settleMs);
    });
    watcher.on('error', (error) => logger.warn({ err: error, calendarDir: dir }, 'calendar directory watch failed; reload with SIGHUP'));
  } catch (error) {
    logger.warn({ err: error, calendarDir: dir }, 'cannot watch the calendar directory; reload with SIGHUP');
  }
  return () => {
    clearTimeout(timer);
    watcher?.close();
  };
}

const describe = (cal: WorkingCalendar): string => {
  const years = cal.years;
  return years.length > 0 ? `${years.length} years, ${years[0]}–${years[years.length - 1]}` : 'no years';
};
