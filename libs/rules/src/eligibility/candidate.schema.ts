import { z } from 'zod';
import { latestValue } from '../common/dated-parameter';
import { LegalDateSchema } from '../common/legal-date';
import {
  R2_EFFECTIVE_PERFORMANCE_YEARS,
  R2_NATIONAL_BANK_KPI_MIN_PERCENT,
  R2_NATIONAL_BANK_KPI_YEARS,
  R2_NATIONAL_BANK_MIN_WORK_YEARS,
  R2_POLITICAL_MIN_SERVICE_MONTHS,
  R3_MIN_SERVICE_YEARS,
} from '../parameters/eligibility.parameters';

// The descriptions read the numbers from their dated parameters (the latest edition: what a case
// begun now must meet), so an amendment changes the documents with the rule.
const serviceYears = latestValue(R3_MIN_SERVICE_YEARS);
const politicalMonths = latestValue(R2_POLITICAL_MIN_SERVICE_MONTHS);
const bankYears = latestValue(R2_NATIONAL_BANK_MIN_WORK_YEARS);
const ratedYears = latestValue(R2_EFFECTIVE_PERFORMANCE_YEARS);
const kpiYears = latestValue(R2_NATIONAL_BANK_KPI_YEARS);
const kpiPercent = latestValue(R2_NATIONAL_BANK_KPI_MIN_PERCENT);

/**
 * The annual assessment results the rules look at. Only "effective" (тиімді / эффективно) meets
 * R1 §10(4), R2 §11(5), R3 §10(4): the text names that value and no other.
 */
export const PerformanceRatingSchema = z.enum(['effective', 'satisfactory', 'unsatisfactory']);
export type PerformanceRating = z.infer<typeof PerformanceRatingSchema>;

const uniqueYears = (rows: readonly { year: number }[]): boolean =>
  new Set(rows.map((r) => r.year)).size === rows.length;

const YearSchema = z.number().int().min(1991).max(2200);

/** What the sender asserts about a candidate; every eligibility condition reads only this and `asOf`. */
export const CandidateSchema = z.object({
  /** Start of civil service in the sending body; in R1, in the MFA (the authorized body). */
  senderServiceStart: LegalDateSchema.nullable().describe(
    `The day the candidate’s civil service in the sending body began (in R1, in the MFA); null when there is none. At least ${serviceYears} years are required (R1 §10(1), R2 §11(1), R3 §10(1)).`,
  ),
  /** Diplomatic service personnel of the MFA: the people R1 is about. */
  diplomaticServicePersonnel: z.boolean().describe('The candidate is diplomatic service personnel of the MFA: the people R1 is about (R1 §1).'),
  politicalCivilServant: z.boolean().describe(`The candidate is a political civil servant: for R2, ${politicalMonths} months in the political position replace the ${serviceYears} years of service (R2 §11(1)).`),
  /** Start in the political position in the sending body (R2 §11(1) exception). */
  politicalPositionStart: LegalDateSchema.nullable().describe(`The day the candidate took the political position in the sending body (R2 §11(1) exception: at least ${politicalMonths} months); null when not a political civil servant.`),
  nationalBankEmployee: z.boolean().describe(`The candidate is an employee of the National Bank (R2 only): ${bankYears} years of work in the National Bank and the KPI result replace civil service and ratings (R2 §11(1), §11(5)).`),
  nationalBankWorkStart: LegalDateSchema.nullable().describe(`The day the candidate’s work in the National Bank began (R2 §11(1): at least ${bankYears} years); null when not a National Bank employee.`),
  unexpungedSanctions: z.number().int().min(0).describe('How many disciplinary sanctions the candidate has that are not yet expunged: must be 0 (R1 §10(2), R2 §11(3), R3 §10(2)).'),
  actingOrTemporarilyReplacing: z.boolean().describe('The candidate is acting in a position or temporarily replacing an absent employee: must be false (R1 §10(3), R2 §11(4), R3 §10(3)).'),
  performanceRatings: z
    .array(
      z.object({
        year: YearSchema.describe('The year assessed.'),
        rating: PerformanceRatingSchema.describe('The annual assessment result; only `effective` meets the condition.'),
      }),
    )
    .refine(uniqueYears, 'one rating per year')
    .describe(`The candidate’s annual performance assessments, one per year: the last ${ratedYears} years must be rated effective (R1 §10(4), R2 §11(5), R3 §10(4)).`),
  /** Holds a position of a military serviceman or of a law-enforcement or special state body employee. */
  militaryLawEnforcementOrSpecialPosition: z
    .boolean()
    .describe('The candidate holds a position of a military serviceman or of a law-enforcement or special state body employee: R3 does not apply (R3 §2); in R2 the last attestation replaces the ratings (R2 §11(5)).'),
  /** The attestation commission's decision at the last attestation; null when there was none. */
  lastAttestationPositive: z.boolean().nullable().describe('The attestation commission’s decision at the candidate’s last attestation (R2 §11(5), for military, law-enforcement and special positions); null when there was none.'),
  /** National Bank: actual performance on functional key performance indicators, % per year. */
  nationalBankKpi: z
    .array(
      z.object({
        year: YearSchema.describe('The year assessed.'),
        percent: z.number().min(0).max(1000).describe('Actual performance on the functional key performance indicators, in percent.'),
      }),
    )
    .refine(uniqueYears, 'one KPI result per year')
    .describe(`National Bank employees: KPI performance per year; at least ${kpiPercent} % in each of the last ${kpiYears} years (R2 §11(5)).`),
  /** Asserted by the sender, who knows the position's requirements. */
  meetsQualificationRequirements: z.boolean().describe('The sender asserts the candidate meets the qualification requirements of the position (R1 §10(5), R2 §11(2), R3 §10(5)).'),
  /** §3 (R2, R3): the first heads of the bodies concerned have agreed to the secondment; the sender declares it. */
  firstHeadsAgreed: z.boolean().describe('The sender declares that the first heads concerned agreed to the secondment (R2 §3, R3 §3). Not asked in R1, whose §3 sets no such agreement.'),
  /** §3: the position at the receiver is a vacant one (a vacant staff unit); the sender declares it. */
  vacantPosition: z.boolean().describe('The sender declares that the position at the receiver is vacant, a free staff unit (R1 §3, R2 §3, R3 §3).'),
  /** The date of the written consent; null when none was given. */
  writtenConsentDate: LegalDateSchema.nullable().describe('The date of the candidate’s written consent to the secondment; null when none was given (R1 §10(6), R2 §11(6), R3 §10(6)).'),
});
export type Candidate = z.infer<typeof CandidateSchema>;
