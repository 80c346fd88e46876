import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyDraft, problemsOf, toOpenCaseBody, type CandidateDraft } from './candidate-form';
import { requestSchemaOf, type OpenApiDoc, type Schema } from '../api/request-schema';

// The form checks with the API's own request schema: the very document the service serves at
// /openapi.json (generated from the zod schema the server validates with), read here from the repository.
const doc = JSON.parse(readFileSync(join(__dirname, '../../../../libs/client/openapi/sending-body.openapi.json'), 'utf8')) as OpenApiDoc;
const schema = requestSchemaOf(doc, '/cases') as Schema;

const filled = (): CandidateDraft => ({
  ...emptyDraft(new Date('2026-03-18')),
  receiverId: 'ministry-of-justice', reference: '01-12/1', fullName: ' Aigerim Sadykova ', position: 'Chief expert',
  dates: { senderServiceStart: '2021-01-10', writtenConsentDate: '2026-03-04', politicalPositionStart: '', nationalBankWorkStart: '' },
  ratings: [{ year: '2025', rating: 'effective' }, { year: '2024', rating: 'effective' }],
});

describe('the open-case form, checked as typed with the API’s own schema', () => {
  it('says what is missing before anything is sent', () => {
    expect(problemsOf(emptyDraft(new Date('2026-03-18')), schema)).toMatchObject({ receiverId: 'required', reference: 'required', fullName: 'required', position: 'required', 'rating-0': 'required' });
    expect(problemsOf(filled(), schema)).toEqual({});
  });

  it('reports each field the schema refuses under that field: a date not as YYYY-MM-DD, a name too long, a count not a number, a year out of range', () => {
    const d = filled();
    expect(problemsOf({ ...d, dates: { ...d.dates, senderServiceStart: '2021-1-10' } }, schema)).toEqual({ senderServiceStart: 'badDate' });
    expect(problemsOf({ ...d, fullName: 'A'.repeat(201) }, schema)).toEqual({ fullName: 'tooLong' });
    expect(problemsOf({ ...d, unexpungedSanctions: 'two' }, schema)).toEqual({ unexpungedSanctions: 'badNumber' });
    expect(problemsOf({ ...d, ratings: [{ year: '1800', rating: 'effective' }, ...d.ratings.slice(1)] }, schema)).toEqual({ 'rating-year-0': 'badNumber' });
    expect(problemsOf({ ...d, receiverId: 'Ministry of Justice' }, schema)).toEqual({ receiverId: 'badFormat' });
  });

  it('the schema is what checks: without it only what the body cannot show is reported (a rating not chosen, a date a flag requires)', () => {
    expect(problemsOf(emptyDraft(new Date('2026-03-18')))).toEqual({ 'rating-0': 'required', 'rating-1': 'required' });
  });

  it('R2 §11(1): a political civil servant needs the date of the political position', () => {
    const d = filled();
    expect(problemsOf({ ...d, flags: { ...d.flags, politicalCivilServant: true } }, schema)).toEqual({ politicalPositionStart: 'required' });
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
