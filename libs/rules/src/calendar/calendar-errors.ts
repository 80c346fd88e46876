import type { LegalDate } from '../common/legal-date';
import { RuleError } from '../common/rule-violation';
import { text } from '../common/localized-text';

/** Outside the years an operator has loaded we do not know the holidays: refuse rather than guess. */
export function yearNotCovered(date: LegalDate, coveredYears: readonly number[]): RuleError {
  const range = coveredYears.length > 0 ? `${coveredYears[0]}–${coveredYears[coveredYears.length - 1]}` : '—';
  return new RuleError([
    {
      code: 'CALENDAR.YEAR_NOT_COVERED',
      cite: 'SPEC Deadlines',
      text: text(
        `${date} күні жұмыс күнтізбесінде жоқ (жүктелген жылдар: ${range}); мерзімді есептеу үшін сол жылдың күнтізбесін қосу керек.`,
        `Дата ${date} не входит в производственный календарь (загружены годы: ${range}); чтобы рассчитать срок, нужно добавить календарь этого года.`,
        `The date ${date} is outside the working calendar (years loaded: ${range}); add that year's calendar to compute the deadline.`,
      ),
      details: { date, firstYear: coveredYears[0] ?? null, lastYear: coveredYears[coveredYears.length - 1] ?? null },
    },
  ]);
}

/** A count of working days or months must be a whole positive number: "0 working days" has no meaning in law. */
export function invalidCount(n: number, what: 'working days' | 'months'): RuleError {
  return new RuleError([
    {
      code: 'CALENDAR.INVALID_COUNT',
      cite: 'SPEC Deadlines',
      text: text(
        `Мерзім бүтін оң сан болуы керек, берілгені: ${n}.`,
        `Срок должен быть целым положительным числом, передано: ${n}.`,
        `A period of ${what} must be a whole positive number, got ${n}.`,
      ),
      details: { n, unit: what },
    },
  ]);
}

export function requireCount(n: number, unit: 'working days' | 'months'): void {
  if (!Number.isInteger(n) || n < 1) throw invalidCount(n, unit);
}

/** The shipped or supplied calendar data contradicts itself: a start-up failure, never a case-level one. */
export class CalendarDataError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`calendar data is invalid: ${problems.join('; ')}`);
    this.name = 'CalendarDataError';
  }
}
