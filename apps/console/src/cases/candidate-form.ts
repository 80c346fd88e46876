import type { OpenCaseBody } from '../api/console-api';
import { schemaProblems, type FieldProblems, type Schema } from './schema-problems';

// The open-case form as typed (strings, as inputs hold them) and its translation into the API's
// request body, typed by the generated client: a field the API renames breaks this file's build.
export type Facts = NonNullable<OpenCaseBody['candidate']['eligibility']>;
export type Rating = Facts['performanceRatings'][number]['rating'];
export const RATINGS: readonly Rating[] = ['effective', 'satisfactory', 'unsatisfactory'];

/** Yes/no facts the sender declares, with the paragraphs that ask for them (R3's; R1 and R2 have their twins). */
export const FLAGS = [
  ['vacantPosition', 'R3 §3'],
  ['firstHeadsAgreed', 'R3 §3'],
  ['meetsQualificationRequirements', 'R3 §10(5)'],
  ['actingOrTemporarilyReplacing', 'R3 §10(3)'],
  ['diplomaticServicePersonnel', 'R1 §1'],
  ['politicalCivilServant', 'R2 §11(1)'],
  ['nationalBankEmployee', 'R2 §11(1)'],
  ['militaryLawEnforcementOrSpecialPosition', 'R3 §2'],
] as const satisfies readonly (readonly [keyof Facts, string])[];
export type Flag = (typeof FLAGS)[number][0];

export const DATES = [
  ['senderServiceStart', 'R3 §10(1)'],
  ['writtenConsentDate', 'R3 §10(6)'],
  ['politicalPositionStart', 'R2 §11(1)'],
  ['nationalBankWorkStart', 'R2 §11(1)'],
] as const satisfies readonly (readonly [keyof Facts, string])[];
export type DateFact = (typeof DATES)[number][0];

export interface CandidateDraft {
  receiverId: string;
  reference: string;
  fullName: string;
  position: string;
  dates: Record<DateFact, string>;
  flags: Record<Flag, boolean>;
  unexpungedSanctions: string;
  ratings: { year: string; rating: Rating | '' }[];
  lastAttestation: 'none' | 'positive' | 'negative';
}

export function emptyDraft(today: Date = new Date()): CandidateDraft {
  const y = today.getFullYear();
  return {
    receiverId: '', reference: '', fullName: '', position: '',
    dates: { senderServiceStart: '', writtenConsentDate: '', politicalPositionStart: '', nationalBankWorkStart: '' },
    flags: { vacantPosition: false, firstHeadsAgreed: false, meetsQualificationRequirements: false, actingOrTemporarilyReplacing: false, diplomaticServicePersonnel: false, politicalCivilServant: false, nationalBankEmployee: false, militaryLawEnforcementOrSpecialPosition: false },
    unexpungedSanctions: '0',
    ratings: [{ year: String(y - 1), rating: '' }, { year: String(y - 2), rating: '' }],
    lastAttestation: 'none',
  };
}

export type { FieldProblems };

/**
 * What the form can tell before the API does: every field by the API's own request schema (once the
 * console has it), and what that schema cannot see in the body the form would send: a rating not yet
 * chosen (left out of the body), and the start dates a flag makes necessary (the law's conditions
 * themselves are the server's to judge).
 */
export function problemsOf(d: CandidateDraft, schema?: Schema): FieldProblems {
  const p: FieldProblems = schema ? schemaProblems(schema, toOpenCaseBody(d)) : {};
  if (d.flags.politicalCivilServant && d.dates.politicalPositionStart === '') p['politicalPositionStart'] ??= 'required';
  if (d.flags.nationalBankEmployee && d.dates.nationalBankWorkStart === '') p['nationalBankWorkStart'] ??= 'required';
  d.ratings.forEach((r, i) => {
    if (r.rating === '') p[`rating-${i}`] ??= 'required';
  });
  return p;
}

const orNull = (s: string): string | null => (s === '' ? null : s);

export function toOpenCaseBody(d: CandidateDraft): OpenCaseBody {
  return { receiverId: d.receiverId, reference: d.reference.trim(), candidate: toCandidate(d) };
}

/** The candidate alone, as `PUT /cases/{id}/candidate` takes it (the same shape as in the open-case body). */
export function toCandidate(d: CandidateDraft): OpenCaseBody['candidate'] {
  const eligibility: Facts = {
    ...d.flags,
    senderServiceStart: orNull(d.dates.senderServiceStart),
    writtenConsentDate: orNull(d.dates.writtenConsentDate),
    politicalPositionStart: orNull(d.dates.politicalPositionStart),
    nationalBankWorkStart: orNull(d.dates.nationalBankWorkStart),
    unexpungedSanctions: Number(d.unexpungedSanctions),
    performanceRatings: d.ratings.filter((r): r is { year: string; rating: Rating } => r.rating !== '').map((r) => ({ year: Number(r.year), rating: r.rating })),
    lastAttestationPositive: d.lastAttestation === 'none' ? null : d.lastAttestation === 'positive',
    nationalBankKpi: [],
  };
  return { fullName: d.fullName.trim(), position: d.position.trim(), eligibility };
}
