import { eligibleCandidateOn, legalDate } from '@sx/rules';
import type { z } from 'zod';
import type { CandidateRecordSchema } from '../case-view/case-view.schema';

/** The candidate the README walk-through sends: eligible under R1 §10, R2 §11 and R3 §10 on 15 January 2026. */
export const CANDIDATE_EXAMPLE: z.input<typeof CandidateRecordSchema> = {
  fullName: 'Aigerim Sadykova',
  position: 'Chief expert',
  eligibility: eligibleCandidateOn(legalDate('2026-01-15')),
};
