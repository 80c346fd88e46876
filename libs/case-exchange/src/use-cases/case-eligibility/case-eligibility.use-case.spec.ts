import { bound, type TestRecord } from '../../testing/sealed-record';
import { eligibleCandidateOn, legalDate, type CaseEvent } from '@sx/rules';
import type { CaseDocument, EventRecord, SignedRecord } from '@sx/contracts';
import { sealed } from '../../testing/sealed-record';
import { advanceCase } from '../../case-view/advance-case';
import type { CaseView } from '../../case-view/case-view.schema';
import { emptyViewFrom } from '../receive-case-message/received-case';
import { caseEligibility } from './case-eligibility.use-case';

const parties = { sender: { agencyId: 'ministry-of-finance', service: 'sending-body' }, receiver: { agencyId: 'ministry-of-justice', service: 'receiving-body' } } as const;
const doc = (kind: string): CaseDocument => ({ kind, fileName: `${kind}.pdf`, sha256: kind.padEnd(64, '0').slice(0, 64), contentType: 'application/pdf', proposal: 1 }) as CaseDocument;
const AS_OF = legalDate('2026-03-20');

/** The receiver's copy of an R3 case the sender submitted on 18 March 2026: no eligibility facts. */
function receivedR3(kinds: readonly string[]): CaseView {
  const empty = emptyViewFrom({ caseId: 'c1', ruleSet: 'R3', reference: '01/1', parties, candidate: { fullName: 'A', position: 'B', factsHash: '0'.repeat(64) }, documents: kinds.map(doc), files: [], events: [] as unknown as [SignedRecord] });
  const record: TestRecord = {
    seq: 1,
    event: { type: 'ProposalSubmitted', actor: 'sender', on: '2026-03-18', receiverKind: 'central-executive-body' } as CaseEvent,
    agencyId: 'ministry-of-finance',
    service: 'sending-body',
    at: '2026-03-18T05:00:00.000Z',
  };
  const advanced = advanceCase(empty, sealed(record), undefined);
  if (!advanced.ok) throw new Error(JSON.stringify(advanced.violations));
  return advanced.view;
}

describe('a case’s eligibility checks', () => {
  it('R3 §10: a party without the facts lists every condition as the sender’s signed declaration', () => {
    const e = caseEligibility(receivedR3(['reasoned-letter', 'nomination', 'cv', 'service-record', 'written-consent']), AS_OF);
    expect(e.declaration).toEqual({ seq: 1, agencyId: 'ministry-of-finance', service: 'sending-body', on: '2026-03-18' });
    const eligibility = e.conditions.filter((c) => c.group === 'eligibility');
    expect(eligibility.map((c) => [c.cite, c.status, c.source])).toEqual(
      ['R3 §3', 'R3 §3', 'R3 §10(1)', 'R3 §10(2)', 'R3 §10(3)', 'R3 §10(4)', 'R3 §10(5)', 'R3 §10(6)'].map((cite) => [cite, 'declared', 'senderDeclaration']),
    );
    expect(eligibility[5]?.requirement.en).toBe('The candidate\'s performance in the sending state body was rated "effective" for each of the last 2 years');
  });

  it('R3 §12: the package is verified from the documents the party holds, a missing one failed with its paragraph', () => {
    const e = caseEligibility(receivedR3(['reasoned-letter', 'nomination', 'cv', 'written-consent']), AS_OF);
    const pkg = e.conditions.filter((c) => c.group === 'package');
    expect(pkg.map((c) => [c.cite, c.status, c.source])).toEqual([
      ['R3 §12', 'passed', 'verified'],
      ['R3 §12(1)', 'passed', 'verified'],
      ['R3 §12(2)', 'passed', 'verified'],
      ['R3 §12(3)', 'failed', 'verified'],
      ['R3 §12(4)', 'passed', 'verified'],
    ]);
    expect(pkg[3]?.violation?.ru).toBe('В пакете документов отсутствует: послужной список');
  });

  it('R3 §10: the sender, who holds the facts, gets each condition evaluated', () => {
    const view = receivedR3([]);
    const facts = eligibleCandidateOn(AS_OF, { unexpungedSanctions: 1 });
    const e = caseEligibility({ ...view, candidate: { ...view.candidate, eligibility: facts } }, AS_OF);
    const eligibility = e.conditions.filter((c) => c.group === 'eligibility');
    expect(eligibility.map((c) => c.status)).toEqual(['passed', 'passed', 'passed', 'failed', 'passed', 'passed', 'passed', 'passed']);
    expect(eligibility.every((c) => c.source === 'verified')).toBe(true);
    expect(eligibility[3]?.violation?.en).toBe('The candidate has an unexpunged disciplinary sanction');
  });

  it('a copy with neither facts nor a proposal cannot say anything of eligibility', () => {
    const empty = emptyViewFrom({ caseId: 'c2', ruleSet: 'R1', reference: '01/2', parties, candidate: { fullName: 'A', position: 'B', factsHash: '0'.repeat(64) }, documents: [], files: [], events: [] as unknown as [SignedRecord] });
    const e = caseEligibility(empty, AS_OF);
    expect(e.declaration).toBeNull();
    expect(new Set(e.conditions.filter((c) => c.group === 'eligibility').map((c) => c.status))).toEqual(new Set(['unknown']));
  });
});
