import type { Cite } from '../common/citation';
import type { DatedParameter, DatedValue } from '../common/dated-parameter';
import { RESOLUTION_206, RESOLUTION_536, RESOLUTION_755, type Edition } from './editions';

// The numbers of R1 §10, R2 §11 and R3 §10. Each rule set is amended on its own, so each paragraph
// has its own parameter even where today's numbers coincide. Like the deadline numbers, each rule
// set starts at the edition that wrote its current text (see editions.ts): R1 at No. 206 (2025),
// R2 at No. 536 (2023, which also brought National Bank employees in), R3 at the 2017 text.
//
// No. 206 also amended R2 §11 and R3 §10 (amendment marks in the Kazakh text). The consolidated
// text does not show which words changed; the numbers read today are recorded again under No. 206,
// so a case decided after it cites the edition it was decided under.

const value = (edition: Edition, v: number, note?: string): DatedValue<number> => ({
  from: edition.from,
  value: v,
  source: note ? `${edition.source.replace(/ \(.*\)$/, '')} (${note})` : edition.source,
});

const param = (name: string, cite: Cite, values: readonly DatedValue<number>[]): DatedParameter<number> => ({
  name,
  cite,
  values,
});

const r2 = (v: number): readonly DatedValue<number>[] => [value(RESOLUTION_536, v), value(RESOLUTION_206, v, 'R2 §11 amended')];
const r3 = (v: number): readonly DatedValue<number>[] => [value(RESOLUTION_755, v), value(RESOLUTION_206, v, 'R3 §10 amended')];

export const R1_MIN_SERVICE_YEARS = param('R1 minimum years of civil service in the MFA', 'R1 §10(1)', [value(RESOLUTION_206, 3)]);
export const R1_EFFECTIVE_PERFORMANCE_YEARS = param('R1 years rated "effective"', 'R1 §10(4)', [value(RESOLUTION_206, 2)]);

export const R2_MIN_SERVICE_YEARS = param('R2 minimum years of civil service in the sending body', 'R2 §11(1)', r2(3));
export const R2_POLITICAL_MIN_SERVICE_MONTHS = param(
  'R2 minimum months in the political position in the sending body',
  'R2 §11(1)',
  r2(6),
);
export const R2_NATIONAL_BANK_MIN_WORK_YEARS = param('R2 minimum years of work in the National Bank', 'R2 §11(1)', r2(3));
export const R2_EFFECTIVE_PERFORMANCE_YEARS = param('R2 years rated "effective"', 'R2 §11(5)', r2(2));
export const R2_NATIONAL_BANK_KPI_YEARS = param('R2 years of National Bank KPI results', 'R2 §11(5)', r2(2));
export const R2_NATIONAL_BANK_KPI_MIN_PERCENT = param('R2 minimum National Bank KPI performance, %', 'R2 §11(5)', r2(80));

export const R3_MIN_SERVICE_YEARS = param('R3 minimum years of civil service in the sending body', 'R3 §10(1)', r3(3));
export const R3_EFFECTIVE_PERFORMANCE_YEARS = param('R3 years rated "effective"', 'R3 §10(4)', r3(2));

/** Every eligibility number, for operators' listings and coverage tests. */
export const ELIGIBILITY_PARAMETERS: readonly DatedParameter<number>[] = [
  R1_MIN_SERVICE_YEARS,
  R1_EFFECTIVE_PERFORMANCE_YEARS,
  R2_MIN_SERVICE_YEARS,
  R2_POLITICAL_MIN_SERVICE_MONTHS,
  R2_NATIONAL_BANK_MIN_WORK_YEARS,
  R2_EFFECTIVE_PERFORMANCE_YEARS,
  R2_NATIONAL_BANK_KPI_YEARS,
  R2_NATIONAL_BANK_KPI_MIN_PERCENT,
  R3_MIN_SERVICE_YEARS,
  R3_EFFECTIVE_PERFORMANCE_YEARS,
];
