import { z } from 'zod';
import { LegalDateSchema } from '../common/legal-date';

/**
 * The annual assessment results the rules look at. Only "effective" (тиімді / эффективно) meets
 * R1 §10(4), R2 §11(5), R3 §10(4): the text names that value and no other.
 */
export const PerformanceRatingSchema = z.enum(['effective', 'satisfactory', 'unsatisfactory']);
export type PerformanceRating = z.infer<typeof PerformanceRatingSchema>;

const uniqueYears = (rows: readonly { year: number }[]): boolean =>
  new Set(rows.map((r) => r.year)).size === rows.length;

const YearSchema = z.number().int().min(1991).max(2200);

/**
 * What the sender asserts about a candidate; every eligibility condition reads only this and `asOf`.
 * The fields that a paragraph's number governs are described, with that number, by `CandidateSchema`
 * (rule-sets/), which reads it from the paragraph.
 */
export const CandidateFactsSchema = z.object({
  /** Start of civil service in the sending body; in R1, in the MFA (the authorized body). */
  senderServiceStart: LegalDateSchema.nullable(),
  /** Diplomatic service personnel of the MFA: the people R1 is about. */
  diplomaticServicePersonnel: z.boolean().describe('The candidate is diplomatic service personnel of the MFA: the people R1 is about (R1 §1).'),
  politicalCivilServant: z.boolean(),
  /** Start in the political position in the sending body (R2 §11(1) exception). */
  politicalPositionStart: LegalDateSchema.nullable(),
  nationalBankEmployee: z.boolean(),
  nationalBankWorkStart: LegalDateSchema.nullable(),
  unexpungedSanctions: z.number().int().min(0).describe('How many disciplinary sanctions the candidate has that are not yet expunged: must be 0 (R1 §10(2), R2 §11(3), R3 §10(2)).'),
  actingOrTemporarilyReplacing: z.boolean().describe('The candidate is acting in a position or temporarily replacing an absent employee: must be false (R1 §10(3), R2 §11(4), R3 §10(3)).'),
  performanceRatings: z
    .array(
      z.object({
        year: YearSchema.describe('The year assessed.'),
        rating: PerformanceRatingSchema.describe('The annual assessment result; only `effective` meets the condition.'),
      }),
    )
    .refine(uniqueYears, 'one rating per year'),
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
    .refine(uniqueYears, 'one KPI result per year'),
  /** Asserted by the sender, who knows the position's requirements. */
  meetsQualificationRequirements: z.boolean().describe('The sender asserts the candidate meets the qualification requirements of the position (R1 §10(5), R2 §11(2), R3 §10(5)).'),
  /** §3 (R2, R3): the first heads of the bodies concerned have agreed to the secondment; the sender declares it. */
  firstHeadsAgreed: z.boolean().describe('The sender declares that the first heads concerned agreed to the secondment (R2 §3, R3 §3). Not asked in R1, whose §3 sets no such agreement.'),
  /** §3: the position at the receiver is a vacant one (a vacant staff unit); the sender declares it. */
  vacantPosition: z.boolean().describe('The sender declares that the position at the receiver is vacant, a free staff unit (R1 §3, R2 §3, R3 §3).'),
  /** The date of the written consent; null when none was given. */
  writtenConsentDate: LegalDateSchema.nullable().describe('The date of the candidate’s written consent to the secondment; null when none was given (R1 §10(6), R2 §11(6), R3 §10(6)).'),
});
export type Candidate = z.infer<typeof CandidateFactsSchema>;
