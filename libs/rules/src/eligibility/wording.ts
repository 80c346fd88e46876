import type { LocalizedText } from '../common/localized-text';

// Russian nouns after numerals take one of three forms (1 год, 2 года, 5 лет).
export function ruPlural(n: number, one: string, few: string, many: string): string {
  const d10 = n % 10;
  const d100 = n % 100;
  if (d10 === 1 && d100 !== 11) return one;
  if (d10 >= 2 && d10 <= 4 && (d100 < 12 || d100 > 14)) return few;
  return many;
}

/** "менее 3 лет", "менее 1 года": genitive after "менее". */
export const ruLessThanYears = (n: number): string => `менее ${n} ${ruPlural(n, 'года', 'лет', 'лет')}`;
export const ruLessThanMonths = (n: number): string => `менее ${n} ${ruPlural(n, 'месяца', 'месяцев', 'месяцев')}`;
/** "за последние 2 года" */
export const ruForLastYears = (n: number): string =>
  n === 1 ? 'за последний год' : `за последние ${n} ${ruPlural(n, 'год', 'года', 'лет')}`;
/** "по итогам последних 2 лет" */
export const ruByResultsOfLastYears = (n: number): string =>
  n === 1 ? 'по итогам последнего года' : `по итогам последних ${n} ${ruPlural(n, 'года', 'лет', 'лет')}`;

export const enYears = (n: number): string => (n === 1 ? '1 year' : `${n} years`);
export const enMonths = (n: number): string => (n === 1 ? '1 month' : `${n} months`);

/** Where the service or the assessment took place, in the case each language needs (locative). */
export const IN_SENDING_BODY: LocalizedText = {
  kk: 'жіберуші мемлекеттік органда',
  ru: 'в направляющем государственном органе',
  en: 'in the sending state body',
};
export const IN_AUTHORIZED_BODY: LocalizedText = {
  kk: 'уәкілетті органда',
  ru: 'в уполномоченном органе',
  en: 'in the authorized body (the MFA)',
};
