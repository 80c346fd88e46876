import { z } from 'zod';
import { CaseDocumentSchema, CaseEventPayloadSchema, PartiesSchema, RuleSetSchema, SignedRecordSchema, StepReceiptSchema } from '@sx/contracts';
import { CandidateSchema, CaseStatusSchema, type CaseState } from '@sx/rules';

/**
 * The eligibility facts as one component of the API documents: opening a case and raising another
 * candidate take the same facts. Named here, on a copy, so the rules' schema carries no API name, and
 * described on the component (a described use would inline a copy).
 * (Not the whole record: its defaults make the request's input differ from the stored output.)
 */
const EligibilityFactsComponent = CandidateSchema.meta({
  id: 'EligibilityFacts',
  description: 'The facts the eligibility conditions are checked against (R1 §10, R2 §11, R3 §10). They stay with the sender; the other parties see only its signed declaration.',
});

/** The sender's full record of its candidate: the eligibility facts stay with the sender. */
export const CandidateRecordSchema = z
  .object({
    fullName: z.string().trim().min(1).max(200).describe('The candidate’s full name.'),
    position: z.string().trim().min(1).max(300).describe('The position (staff unit) at the receiver the candidate is proposed for.'),
    /** R2 §16 part 2: a civil servant of the Presidential Administration itself. */
    presidentialAdministrationServant: z
      .boolean()
      .default(false)
      .describe('R2 §16: the candidate is a civil servant of the Presidential Administration itself; once the MFA agrees, no letter to the Presidential Administration is needed.'),
    /** Whether the target position is military / law-enforcement / special (R1 §2, R3 §2). */
    targetPositionMilitaryLawEnforcementOrSpecial: z
      .boolean()
      .optional()
      .describe('Whether the position to fill is one of a military serviceman or of a law-enforcement or special state body employee: R1 and R3 do not apply to those (R1 §2, R3 §2). Default: the receiver’s own flag; a civilian position in such a body must be declared false.'),
    eligibility: EligibilityFactsComponent.optional(),
  })
  .strict();
export type CandidateRecord = z.infer<typeof CandidateRecordSchema>;

/**
 * One service's view of a case. `procedure` is the rules library's state, stored as it is; `status`,
 * `nextDue` and `partyAgencies` repeat parts of it so lists can filter without reading every case.
 */
export const CaseViewSchema = z
  .object({
    caseId: z.string(),
    ruleSet: RuleSetSchema,
    reference: z.string(),
    parties: PartiesSchema,
    partyAgencies: z.array(z.string()),
    candidate: CandidateRecordSchema,
    /** Keyed by SHA-256 (FerretDB v1 updates keyed maps well, positional arrays badly). */
    documents: z.record(z.string(), CaseDocumentSchema),
    procedure: z.custom<CaseState>((v) => typeof v === 'object' && v !== null && 'status' in v && 'ruleSet' in v),
    status: CaseStatusSchema,
    nextDue: z.string().nullable(),
    /** Some obligation's due date lies past the calendar's years: the sweeper recomputes it when data arrives. */
    dueBlocked: z.boolean().default(false),
    /** The earliest due date not yet recorded as missed. */
    nextUnrecordedDue: z.string().nullable().default(null),
    /** Obligations the sweeper has recorded as missed (stored key → due date), so each is recorded once. */
    missedDeadlines: z.record(z.string(), z.string()).default({}),
    /** The candidate as the last proposal bound it (name, position, hash of the facts): what every party can verify. */
    proposed: CaseEventPayloadSchema.shape.candidate.optional(),
    /** The case's signed audit chain: every step, identical at every party that holds it. */
    events: z.array(SignedRecordSchema),
    /** The signed receipts this copy gave for the steps it applied, keyed `<seq>:<service>` (those it got are in the receipt store). */
    receipts: z.record(z.string(), StepReceiptSchema).default({}),
  })
  .strict();
export type CaseView = z.infer<typeof CaseViewSchema>;
