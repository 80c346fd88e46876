import { legalDate } from '../common/legal-date';
import { CandidateSchema, type Candidate } from './candidate.schema';

// Tests only: a candidate who meets every condition of R1 §10, R2 §11 and R3 §10 on ELIGIBLE_AS_OF,
// so each test changes just the fact it is about.
export const ELIGIBLE_AS_OF = legalDate('2025-06-15');

export function aCandidate(overrides: Partial<Record<keyof Candidate, unknown>> = {}): Candidate {
  return CandidateSchema.parse({
    senderServiceStart: '2020-01-10',
    diplomaticServicePersonnel: false,
    politicalCivilServant: false,
    politicalPositionStart: null,
    nationalBankEmployee: false,
    nationalBankWorkStart: null,
    unexpungedSanctions: 0,
    actingOrTemporarilyReplacing: false,
    performanceRatings: [
      { year: 2023, rating: 'effective' },
      { year: 2024, rating: 'effective' },
    ],
    militaryLawEnforcementOrSpecialPosition: false,
    lastAttestationPositive: null,
    nationalBankKpi: [],
    meetsQualificationRequirements: true,
    writtenConsentDate: '2025-06-01',
    ...overrides,
  });
}
