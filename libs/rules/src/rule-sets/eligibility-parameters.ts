import type { DatedParameter } from '../common/dated-parameter';
import { r1p10Numbers } from '../r1/p10-eligibility';
import { r2p11Numbers } from '../r2/p11-eligibility';
import { r3p10Numbers } from '../r3/p10-eligibility';

// Each rule set is amended on its own, so each paragraph states its own numbers even where today's
// coincide (R1 §10, R2 §11, R3 §10); this list gathers them for operators' listings.

export { R1_EFFECTIVE_PERFORMANCE_YEARS, R1_MIN_SERVICE_YEARS } from '../r1/p10-eligibility';
export {
  R2_EFFECTIVE_PERFORMANCE_YEARS,
  R2_MIN_SERVICE_YEARS,
  R2_NATIONAL_BANK_KPI_MIN_PERCENT,
  R2_NATIONAL_BANK_KPI_YEARS,
  R2_NATIONAL_BANK_MIN_WORK_YEARS,
  R2_POLITICAL_MIN_SERVICE_MONTHS,
} from '../r2/p11-eligibility';
export { R3_EFFECTIVE_PERFORMANCE_YEARS, R3_MIN_SERVICE_YEARS } from '../r3/p10-eligibility';

/** Every eligibility number, for operators' listings and coverage tests. */
export const ELIGIBILITY_PARAMETERS: readonly DatedParameter<number>[] = [...r1p10Numbers, ...r2p11Numbers, ...r3p10Numbers];
