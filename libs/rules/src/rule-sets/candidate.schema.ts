import { latestValue } from '../common/dated-parameter';
import { CandidateFactsSchema } from '../eligibility/candidate.schema';
import {
  R2_EFFECTIVE_PERFORMANCE_YEARS,
  R2_NATIONAL_BANK_KPI_MIN_PERCENT,
  R2_NATIONAL_BANK_KPI_YEARS,
  R2_NATIONAL_BANK_MIN_WORK_YEARS,
  R2_POLITICAL_MIN_SERVICE_MONTHS,
} from '../r2/p11-eligibility';
import { R3_MIN_SERVICE_YEARS } from '../r3/p10-eligibility';

// The descriptions read the numbers from their paragraphs (the latest edition: what a case begun
// now must meet), so an amendment changes the documents with the rule.
const serviceYears = latestValue(R3_MIN_SERVICE_YEARS);
const politicalMonths = latestValue(R2_POLITICAL_MIN_SERVICE_MONTHS);
const bankYears = latestValue(R2_NATIONAL_BANK_MIN_WORK_YEARS);
const ratedYears = latestValue(R2_EFFECTIVE_PERFORMANCE_YEARS);
const kpiYears = latestValue(R2_NATIONAL_BANK_KPI_YEARS);
const kpiPercent = latestValue(R2_NATIONAL_BANK_KPI_MIN_PERCENT);
const facts = CandidateFactsSchema.shape;

/** What the sender asserts about a candidate, each fact described with the number its paragraph sets. */
export const CandidateSchema = CandidateFactsSchema.extend({
  senderServiceStart: facts.senderServiceStart.describe(
    `The day the candidate’s civil service in the sending body began (in R1, in the MFA); null when there is none. At least ${serviceYears} years are required (R1 §10(1), R2 §11(1), R3 §10(1)).`,
  ),
  politicalCivilServant: facts.politicalCivilServant.describe(
    `The candidate is a political civil servant: for R2, ${politicalMonths} months in the political position replace the ${serviceYears} years of service (R2 §11(1)).`,
  ),
  politicalPositionStart: facts.politicalPositionStart.describe(
    `The day the candidate took the political position in the sending body (R2 §11(1) exception: at least ${politicalMonths} months); null when not a political civil servant.`,
  ),
  nationalBankEmployee: facts.nationalBankEmployee.describe(
    `The candidate is an employee of the National Bank (R2 only): ${bankYears} years of work in the National Bank and the KPI result replace civil service and ratings (R2 §11(1), §11(5)).`,
  ),
  nationalBankWorkStart: facts.nationalBankWorkStart.describe(
    `The day the candidate’s work in the National Bank began (R2 §11(1): at least ${bankYears} years); null when not a National Bank employee.`,
  ),
  performanceRatings: facts.performanceRatings.describe(
    `The candidate’s annual performance assessments, one per year: the last ${ratedYears} years must be rated effective (R1 §10(4), R2 §11(5), R3 §10(4)).`,
  ),
  nationalBankKpi: facts.nationalBankKpi.describe(
    `National Bank employees: KPI performance per year; at least ${kpiPercent} % in each of the last ${kpiYears} years (R2 §11(5)).`,
  ),
});
