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

/** What the sender asserts about a candidate; every eligibility condition reads only this and `asOf`. */
export const CandidateSchema = z.object({
  /** Start of civil service in the sending body; in R1, in the MFA (the authorized body). */
  senderServiceStart: LegalDateSchema.nullable(),
  /** Diplomatic service personnel of the MFA: the people R1 is about. */
  diplomaticServicePersonnel: z.boolean(),
  politicalCivilServant: z.boolean(),
  /** Start in the political position in the sending body (R2 §11(1) exception). */
  politicalPositionStart: LegalDateSchema.nullable(),
  nationalBankEmployee: z.boolean(),
  nationalBankWorkStart: LegalDateSchema.nullable(),
  unexpungedSanctions: z.number().int().min(0),
  actingOrTemporarilyReplacing: z.boolean(),
  performanceRatings: z
    .array(z.object({ year: YearSchema, rating: PerformanceRatingSchema }))
    .refine(uniqueYears, 'one rating per year'),
  /** Holds a position of a military serviceman or of a law-enforcement or special state body employee. */
  militaryLawEnforcementOrSpecialPosition: z.boolean(),
  /** The attestation commission's decision at the last attestation; null when there was none. */
  lastAttestationPositive: z.boolean().nullable(),
  /** National Bank: actual performance on functional key performance indicators, % per year. */
  nationalBankKpi: z
    .array(z.object({ year: YearSchema, percent: z.number().min(0).max(1000) }))
    .refine(uniqueYears, 'one KPI result per year'),
  /** Asserted by the sender, who knows the position's requirements. */
  meetsQualificationRequirements: z.boolean(),
  /** The date of the written consent; null when none was given. */
  writtenConsentDate: LegalDateSchema.nullable(),
});
export type Candidate = z.infer<typeof CandidateSchema>;
