import type { Period, PeriodUnit } from './period';
import { text, type LocalizedText } from '../common/localized-text';

// A period as words, so a text that states a number takes it from the dated parameter in force
// instead of writing "ten working days" into a sentence an amendment would falsify.

type RuForms = readonly [one: string, few: string, many: string];

const KK: Readonly<Record<PeriodUnit, string>> = { 'working-days': 'жұмыс күні', 'calendar-days': 'күнтізбелік күн', months: 'ай', years: 'жыл' };
const RU: Readonly<Record<PeriodUnit, RuForms>> = {
  'working-days': ['рабочий день', 'рабочих дня', 'рабочих дней'],
  'calendar-days': ['календарный день', 'календарных дня', 'календарных дней'],
  months: ['месяц', 'месяца', 'месяцев'],
  years: ['год', 'года', 'лет'],
};
const EN: Readonly<Record<PeriodUnit, readonly [one: string, other: string]>> = {
  'working-days': ['working day', 'working days'],
  'calendar-days': ['calendar day', 'calendar days'],
  months: ['month', 'months'],
  years: ['year', 'years'],
};

const ruPlural = new Intl.PluralRules('ru');

function ruForm(n: number, forms: RuForms): string {
  const rule = ruPlural.select(n);
  return rule === 'one' ? forms[0] : rule === 'few' ? forms[1] : forms[2];
}

/** "10 жұмыс күні" / "10 рабочих дней" / "10 working days" (nominative; the sentence is built around it). */
export function periodText(p: Period): LocalizedText {
  const n = p.amount;
  return text(`${n} ${KK[p.unit]}`, `${n} ${ruForm(n, RU[p.unit])}`, `${n} ${EN[p.unit][n === 1 ? 0 : 1]}`);
}


/** An obligation's text with its period appended in each language: "… (срок: 10 рабочих дней)". */
export const withPeriodNote =
  (what: LocalizedText) =>
  (p: Period): LocalizedText => {
    const n = periodText(p);
    return text(`${what.kk} (мерзімі: ${n.kk})`, `${what.ru} (срок: ${n.ru})`, `${what.en} (period: ${n.en})`);
  };
