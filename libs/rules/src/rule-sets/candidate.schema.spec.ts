import { CandidateSchema } from './candidate.schema';
import { aCandidate } from '../samples/candidate.fixture';

describe('Candidate schema', () => {
  it('R3 §10: a complete candidate record parses', () => {
    expect(CandidateSchema.safeParse(aCandidate()).success).toBe(true);
  });
  it('R3 §10(4): two ratings for the same year are rejected', () => {
    const ratings = [
      { year: 2024, rating: 'effective' },
      { year: 2024, rating: 'satisfactory' },
    ];
    expect(CandidateSchema.safeParse({ ...aCandidate(), performanceRatings: ratings }).success).toBe(false);
  });
  it('R2 §11(5): two KPI results for the same year are rejected', () => {
    const kpi = [
      { year: 2024, percent: 90 },
      { year: 2024, percent: 85 },
    ];
    expect(CandidateSchema.safeParse({ ...aCandidate(), nationalBankKpi: kpi }).success).toBe(false);
  });
  it('R3 §10(2): a negative number of sanctions is rejected', () => {
    expect(CandidateSchema.safeParse({ ...aCandidate(), unexpungedSanctions: -1 }).success).toBe(false);
  });
  it('R3 §10(1): a start date that is not a calendar date is rejected', () => {
    expect(CandidateSchema.safeParse({ ...aCandidate(), senderServiceStart: '2023-02-30' }).success).toBe(false);
    // Month 13 and non-dates are refused, not thrown (an Invalid Date used to escape as a RangeError).
    for (const bad of ['2026-13-01', '', 'today']) expect(CandidateSchema.safeParse({ ...aCandidate(), senderServiceStart: bad }).success).toBe(false);
  });
});

describe('Candidate schema descriptions', () => {
  it('R3 §10(1), R2 §11(1), R2 §11(5): the descriptions state the numbers of the paragraphs in force', () => {
    expect(CandidateSchema.shape.senderServiceStart.description).toContain('At least 3 years');
    expect(CandidateSchema.shape.politicalPositionStart.description).toContain('at least 6 months');
    expect(CandidateSchema.shape.nationalBankKpi.description).toContain('at least 80 % in each of the last 2 years');
  });
});
