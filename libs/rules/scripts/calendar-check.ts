// Checks an operator's working-calendar year file before it is loaded:
//   npm run calendar:check -- path/to/kz-2028.json [more files…]
// Prints a one-screen summary to compare with the Government's production calendar; exits 1 when
// any file has a problem (the services would refuse it too).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkCalendarYear, dayOfWeek, type CalendarYearReport } from '../src';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const day = (d: Parameters<typeof dayOfWeek>[0]): string => `${d} ${WEEKDAYS[dayOfWeek(d)]}`;

function print(file: string, r: CalendarYearReport): void {
  console.log(`${basename(file)} — year ${r.year ?? '?'}: ${r.problems.length === 0 ? 'OK' : `${r.problems.length} problem(s)`}`);
  if (r.workingDays !== null) {
    console.log(`  working days: ${r.workingDays}   by month: ${r.workingDaysByMonth.map((n, i) => `${MONTHS[i]} ${n}`).join(' · ')}`);
    console.log('  weekdays off:');
    for (const o of r.daysOff) console.log(`    ${day(o.date)}  ${o.kind.padEnd(8)} ${o.why.length > 70 ? `${o.why.slice(0, 69)}…` : o.why}`);
    if (r.weekendsWorked.length > 0) console.log(`  weekend days worked: ${r.weekendsWorked.map((w) => day(w.date)).join(', ')}`);
    console.log(`  sources: ${r.sources.length}${r.notes.length > 0 ? `   notes: ${r.notes.length}` : ''}`);
  }
  for (const w of r.warnings) console.log(`  note:    ${w}`);
  for (const p of r.problems) console.log(`  PROBLEM: ${p}`);
}

function main(files: readonly string[]): number {
  if (files.length === 0) {
    console.error('usage: npm run calendar:check -- <kz-YYYY.json> [more files]');
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      console.log(`${file}: cannot read it as JSON (${error instanceof Error ? error.message : String(error)})`);
      failed += 1;
      continue;
    }
    const report = checkCalendarYear(raw);
    const expected = /kz-(\d{4})\.json$/.exec(basename(file))?.[1];
    const named = expected !== undefined && report.year !== null && Number(expected) !== report.year;
    print(file, named ? { ...report, problems: [...report.problems, `the file name says ${expected}, the data says ${report.year}`] } : report);
    if (report.problems.length > 0 || named) failed += 1;
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
