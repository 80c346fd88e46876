import { addCalendarDays, type LegalDate } from '../common/legal-date';
import { CandidateFactsSchema, type Candidate } from '../eligibility/candidate.schema';
import { lastYears } from '../eligibility/service-length';

/**
 * A sample candidate who meets every condition of §3 and R1 §10, R2 §11, R3 §10 on `asOf`: more than five
 * years of service, "effective" in each of the last two years, consent given two weeks before. Tests,
 * the demo and the benchmark change only the fact they are about (`overrides`).
 */
export function eligibleCandidateOn(asOf: LegalDate, overrides: Partial<Record<keyof Candidate, unknown>> = {}): Candidate {
  return CandidateFactsSchema.parse({
    senderServiceStart: `${Number(asOf.slice(0, 4)) - 5}-01-10`,
    diplomaticServicePersonnel: false,
    politicalCivilServant: false,
    politicalPositionStart: null,
    nationalBankEmployee: false,
    nationalBankWorkStart: null,
    unexpungedSanctions: 0,
    actingOrTemporarilyReplacing: false,
    performanceRatings: lastYears(asOf, 2).map((year) => ({ year, rating: 'effective' })),
    militaryLawEnforcementOrSpecialPosition: false,
    lastAttestationPositive: null,
    nationalBankKpi: [],
    meetsQualificationRequirements: true,
    firstHeadsAgreed: true,
    vacantPosition: true,
    writtenConsentDate: addCalendarDays(asOf, -14),
    ...overrides,
  });
}
