import { legalDate } from '../common/legal-date';
import { eligibleCandidateOn } from './eligible-candidate';
import type { Candidate } from '../eligibility/candidate.schema';

// Tests only: a candidate who meets every condition of R1 §10, R2 §11 and R3 §10 on ELIGIBLE_AS_OF
// (service since 10.01.2020, rated effective in 2023 and 2024, consent of 01.06.2025), so each test
// changes just the fact it is about.
export const ELIGIBLE_AS_OF = legalDate('2025-06-15');

export const aCandidate = (overrides: Partial<Record<keyof Candidate, unknown>> = {}): Candidate => eligibleCandidateOn(ELIGIBLE_AS_OF, overrides);
