import type { CaseDocument, CaseEventPayload, EventRecord, PackageManifest, SignedRecord } from '@sx/contracts';
import { contentHash } from '@sx/messaging';
import { firstEditionOf } from '@sx/rules';
import type { CaseView } from './case-view.schema';
import { proposalInPreparation } from './sender-draft';

/** What a record binds besides its event: the case, its rules, the candidate and the package as proposed. */
export type RecordBinding = Pick<EventRecord, 'caseId' | 'ruleSet' | 'edition' | 'candidateHash' | 'package'>;

/** The candidate as every party can see and hash it: the eligibility facts stay with the sender, as their hash. */
export type CandidateRef = CaseEventPayload['candidate'];

/**
 * The candidate as proposed. The sender holds the eligibility facts and hashes them; every other
 * party holds the reference the proposal's message brought (whose hash the proposal record binds).
 */
export function candidateRefOf(view: Pick<CaseView, 'candidate' | 'proposed'>): CandidateRef {
  const c = view.candidate;
  if (c.eligibility === undefined && view.proposed) return view.proposed;
  const facts = { eligibility: c.eligibility ?? null, presidentialAdministrationServant: c.presidentialAdministrationServant, targetPositionMilitaryLawEnforcementOrSpecial: c.targetPositionMilitaryLawEnforcementOrSpecial ?? null };
  return { fullName: c.fullName, position: c.position, factsHash: contentHash(facts) };
}

export const candidateHashOf = (ref: CandidateRef): string => contentHash(ref);

/** Document kind → SHA-256 of one proposal's package. */
export function manifestOf(documents: readonly CaseDocument[], proposal: number): PackageManifest {
  return { proposal, documents: Object.fromEntries(documents.filter((d) => d.proposal === proposal).map((d) => [d.kind, d.sha256])) };
}

const sameManifest = (a: PackageManifest, b: PackageManifest): boolean => contentHash(a) === contentHash(b);

/**
 * What the next record of `view` binds. A proposal binds the candidate and package being proposed
 * (R1 §12, R2 §13, R3 §12; a replacement candidate, R1 §14, R2 §15, R3 §14); every other step is about
 * the proposal before it and repeats its hashes, so no step can be moved onto another candidate.
 */
export function bindingFor(view: CaseView, eventType: string): RecordBinding {
  const base = { caseId: view.caseId, ruleSet: view.ruleSet, edition: firstEditionOf(view.ruleSet).source };
  const last = view.events.at(-1);
  if (eventType !== 'ProposalSubmitted' && last) return { ...base, candidateHash: last.candidateHash, package: last.package };
  return { ...base, candidateHash: candidateHashOf(candidateRefOf(view)), package: manifestOf(Object.values(view.documents), proposalInPreparation(view)) };
}

export type BindingCheck = { ok: true } | { ok: false; code: 'CASE.RECORD_NOT_BOUND'; seq: number; message: string };

/**
 * Whether a message's records are about the case it claims (checked by every party before it believes
 * anything): each record names the envelope's case and rule set; a step other than a proposal repeats
 * the candidate and package of the record before it; and the candidate and documents the message
 * carries are those the last proposal record bound. A genuine chain re-sent under another case id, or
 * with another candidate or documents, fails here.
 */
export function checkBinding(caseId: string, p: Pick<CaseEventPayload, 'ruleSet' | 'candidate' | 'documents' | 'events'>): BindingCheck {
  const records = checkRecordsBound(caseId, p.ruleSet, p.events);
  if (!records.ok) return records;
  const proposal = p.events.findLast((r) => r.event.type === 'ProposalSubmitted') as SignedRecord;
  const fail = (message: string): BindingCheck => ({ ok: false, code: 'CASE.RECORD_NOT_BOUND', seq: proposal.seq, message: `step ${proposal.seq}: ${message}` });
  if (candidateHashOf(p.candidate) !== proposal.candidateHash) return fail('the candidate the message carries is not the one the proposal record binds');
  if (!sameManifest(manifestOf(p.documents, proposal.package.proposal), proposal.package)) return fail('the documents the message carries are not the package the proposal record binds');
  return { ok: true };
}

/**
 * Whether a chain's records are all about one case: each names `caseId` and `ruleSet`, the first is a
 * proposal, and every step other than a proposal repeats the candidate and package of the record
 * before it, so no step can be moved onto another case or candidate.
 */
export function checkRecordsBound(caseId: string, ruleSet: string, records: readonly SignedRecord[]): BindingCheck {
  const fail = (seq: number, message: string): BindingCheck => ({ ok: false, code: 'CASE.RECORD_NOT_BOUND', seq, message: `step ${seq}: ${message}` });
  let prev: SignedRecord | undefined;
  for (const r of records) {
    if (r.caseId !== caseId) return fail(r.seq, `the record belongs to case ${r.caseId}, not ${caseId}`);
    if (r.ruleSet !== ruleSet) return fail(r.seq, `the record is under ${r.ruleSet}, the case under ${ruleSet}`);
    if (r.event.type !== 'ProposalSubmitted') {
      if (!prev) return fail(r.seq, 'a case’s first record is its proposal');
      if (r.candidateHash !== prev.candidateHash || !sameManifest(r.package, prev.package)) return fail(r.seq, 'the record is about another candidate or package than the proposal before it');
    }
    prev = r;
  }
  if (!prev) return fail(1, 'the log has no records');
  return { ok: true };
}
