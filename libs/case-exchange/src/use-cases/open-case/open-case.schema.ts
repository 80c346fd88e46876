import { z } from 'zod';
import { AgencyIdSchema } from '@sx/contracts';
import { CandidateRecordSchema } from '../../case-view/case-view.schema';

export const OpenCaseBodySchema = z
  .object({
    /** The receiving state body or organization (R1, R3) or the foreign institution (R2). */
    receiverId: AgencyIdSchema.describe('The receiving state body or organization (R1, R3) or the foreign institution (R2): an id of GET /agencies.'),
    /** The outgoing letter's registration number. */
    reference: z.string().trim().min(1).max(100).describe('The outgoing letter’s registration number.'),
    candidate: CandidateRecordSchema.describe('The candidate, with the eligibility facts the sender vouches for.'),
  })
  .strict();
export type OpenCaseBody = z.infer<typeof OpenCaseBodySchema>;
