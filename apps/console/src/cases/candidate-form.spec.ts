import { emptyDraft, problemsOf, toOpenCaseBody, type CandidateDraft } from './candidate-form';

const filled = (): CandidateDraft => ({
  ...emptyDraft(new Date('2026-03-18')),
  receiverId: 'ministry-of-justice', reference: '01-12/1', fullName: ' Aigerim Sadykova ', position: 'Chief expert',
  dates: { senderServiceStart: '2021-01-10', writtenConsentDate: '2026-03-04', politicalPositionStart: '', nationalBankWorkStart: '' },
  ratings: [{ year: '2025', rating: 'effective' }, { year: '2024', rating: 'effective' }],
});

describe('the open-case form', () => {
  it('says what is missing before anything is sent', () => {
    expect(problemsOf(emptyDraft(new Date('2026-03-18')))).toMatchObject({ receiverId: 'required', fullName: 'required', 'rating-0': 'required' });
    expect(problemsOf(filled())).toEqual({});
  });

  it('R2 §11(1): a political civil servant needs the date of the political position', () => {
    const d = filled();
    expect(problemsOf({ ...d, flags: { ...d.flags, politicalCivilServant: true } })).toEqual({ politicalPositionStart: 'required' });
  });

  it('becomes the API’s request body: empty dates null, numbers as numbers, names trimmed', () => {
    const body = toOpenCaseBody(filled());
    expect(body.candidate.fullName).toBe('Aigerim Sadykova');
    expect(body.candidate.eligibility).toMatchObject({
      senderServiceStart: '2021-01-10', politicalPositionStart: null, unexpungedSanctions: 0, lastAttestationPositive: null,
      performanceRatings: [{ year: 2025, rating: 'effective' }, { year: 2024, rating: 'effective' }],
    });
  });
});
