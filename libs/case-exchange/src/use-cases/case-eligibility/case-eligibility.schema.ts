import { z } from 'zod';
import { LocalizedTextSchema, RuleSetSchema } from '@sx/contracts';
import { LegalDateSchema } from '@sx/rules';

export const ConditionRowSchema = z
  .object({
    group: z.enum(['eligibility', 'package']).describe('R1 §10 / R2 §11 / R3 §10 eligibility, or the package of R1 §12 / R2 §13 / R3 §12'),
    cite: z.string().meta({ example: 'R3 §10(4)', description: 'The paragraph that sets the condition, e.g. `R3 §10(4)`.' }),
    code: z.string().describe('The violation code the condition raises when it fails'),
    status: z
      .enum(['passed', 'failed', 'notApplicable', 'declared', 'unknown'])
      .describe('`declared`: this service holds no facts to check it; the sender vouched for it in its signed proposal step. `unknown`: no facts and no proposal yet'),
    source: z.enum(['verified', 'senderDeclaration']).describe('`verified`: this service evaluated it; `senderDeclaration`: only the sender holds the facts'),
    requirement: LocalizedTextSchema.describe('What the law requires, worded positively'),
    violation: LocalizedTextSchema.optional().describe('What is wrong, when the condition failed'),
  })
  .strict();
export type ConditionRow = z.infer<typeof ConditionRowSchema>;

export const CaseEligibilitySchema = z
  .object({
    caseId: z.string().describe('The case whose candidate was checked.'),
    ruleSet: RuleSetSchema.describe('The rules whose conditions apply: R1 §10 and R3 §10, or R2 §11 for a foreign institution.'),
    asOf: LegalDateSchema.describe('The legal date the conditions were evaluated at (today in Asia/Almaty): periods of service are counted up to it.'),
    declaration: z
      .object({
        seq: z.number().int().positive().describe('The `seq` of that step in the case’s chain.'),
        agencyId: z.string().describe('The sending agency that signed it.'),
        service: z.string().describe('The service it was recorded and signed by.'),
        on: LegalDateSchema.describe('The legal date of the proposal.'),
      })
      .nullable()
      .describe('The sender’s signed ProposalSubmitted step of the current candidate: the service admits it only when every check passes (R1 §12, R2 §13, R3 §12)'),
    conditions: z.array(ConditionRowSchema).describe('Every eligibility condition and package document the rules require, each with its outcome; all of them, not only the first failure.'),
  })
  .strict()
  .meta({ id: 'CaseEligibility' });
export type CaseEligibility = z.infer<typeof CaseEligibilitySchema>;
