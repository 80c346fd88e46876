import type { Cite } from '../common/citation';
import type { DatedParameter } from '../common/dated-parameter';
import { legalDate } from '../common/legal-date';

// The numbers of R1 §10, R2 §11 and R3 §10. Each rule set is amended on its own, so each
// paragraph has its own parameter even where today's numbers coincide.

const ORIGINAL = 'Resolution 755 of 17.11.2017';
// The act's date. The resolution took effect on its first official publication (its item 2), a
// date the Kazakh text does not give; nothing in our cases predates it.
const ORIGINAL_FROM = legalDate('2017-11-17');

// Resolution 536 of 01.07.2023 put R2 in a new edition that first covers National Bank employees
// (title, preamble citing Art. 20-8 of the Law on the National Bank). It took effect ten calendar
// days after its first official publication; the text does not give that date, so this is the
// earliest possible day (01.07.2023 + 11). Confirm against the official publication.
const R2_EDITION_2023 = 'Resolution 536 of 01.07.2023';
const R2_EDITION_2023_FROM = legalDate('2023-07-12');

const original = <T>(name: string, cite: Cite, value: T): DatedParameter<T> => ({
  name,
  cite,
  values: [{ from: ORIGINAL_FROM, value, source: ORIGINAL }],
});

const sinceR2Edition2023 = <T>(name: string, cite: Cite, value: T): DatedParameter<T> => ({
  name,
  cite,
  values: [{ from: R2_EDITION_2023_FROM, value, source: R2_EDITION_2023 }],
});

export const R1_MIN_SERVICE_YEARS = original('R1 minimum years of civil service in the MFA', 'R1 §10(1)', 3);
export const R1_EFFECTIVE_PERFORMANCE_YEARS = original('R1 years rated "effective"', 'R1 §10(4)', 2);

export const R2_MIN_SERVICE_YEARS = original('R2 minimum years of civil service in the sending body', 'R2 §11(1)', 3);
export const R2_POLITICAL_MIN_SERVICE_MONTHS = original(
  'R2 minimum months in the political position in the sending body',
  'R2 §11(1)',
  6,
);
export const R2_EFFECTIVE_PERFORMANCE_YEARS = original('R2 years rated "effective"', 'R2 §11(5)', 2);
export const R2_NATIONAL_BANK_MIN_WORK_YEARS = sinceR2Edition2023(
  'R2 minimum years of work in the National Bank',
  'R2 §11(1)',
  3,
);
export const R2_NATIONAL_BANK_KPI_YEARS = sinceR2Edition2023('R2 years of National Bank KPI results', 'R2 §11(5)', 2);
export const R2_NATIONAL_BANK_KPI_MIN_PERCENT = sinceR2Edition2023(
  'R2 minimum National Bank KPI performance, %',
  'R2 §11(5)',
  80,
);

export const R3_MIN_SERVICE_YEARS = original('R3 minimum years of civil service in the sending body', 'R3 §10(1)', 3);
export const R3_EFFECTIVE_PERFORMANCE_YEARS = original('R3 years rated "effective"', 'R3 §10(4)', 2);

/** Every eligibility number, for operators' listings and coverage tests. */
export const ELIGIBILITY_PARAMETERS: readonly DatedParameter<number>[] = [
  R1_MIN_SERVICE_YEARS,
  R1_EFFECTIVE_PERFORMANCE_YEARS,
  R2_MIN_SERVICE_YEARS,
  R2_POLITICAL_MIN_SERVICE_MONTHS,
  R2_EFFECTIVE_PERFORMANCE_YEARS,
  R2_NATIONAL_BANK_MIN_WORK_YEARS,
  R2_NATIONAL_BANK_KPI_YEARS,
  R2_NATIONAL_BANK_KPI_MIN_PERCENT,
  R3_MIN_SERVICE_YEARS,
  R3_EFFECTIVE_PERFORMANCE_YEARS,
];
