import { DOCUMENT_KINDS } from '../documents/document-kind';
import { anOrganization } from '../organizations/organization.fixture';
import { aCandidate, ELIGIBLE_AS_OF } from '../samples/candidate.fixture';
import { checkProposal, type ProposalContext } from './check-proposal';

const toStateBody: ProposalContext = {
  asOf: ELIGIBLE_AS_OF,
  parties: { sender: anOrganization('other-state-body'), receiver: anOrganization('central-executive-body') },
};
const codes = (r: ReturnType<typeof checkProposal>) => (r.ok ? [] : r.violations.map((v) => `${v.code} ${v.cite}`));

describe('checkProposal: applicability, eligibility and documents together', () => {
  it('R3 §10, §12: an eligible civil servant with a complete package may be proposed under R3', () => {
    expect(checkProposal('R3', aCandidate(), DOCUMENT_KINDS, toStateBody)).toEqual({ ok: true, value: { ruleSet: 'R3' } });
  });
  it('R3 §2, §10, §12: every failure of every kind is reported at once', () => {
    const receiver = anOrganization('central-executive-body', { militaryLawEnforcementOrSpecial: true });
    const r = checkProposal('R3', aCandidate({ unexpungedSanctions: 1, writtenConsentDate: null }), ['reasoned-letter', 'cv'], {
      ...toStateBody,
      parties: { ...toStateBody.parties, receiver },
    });
    expect(codes(r)).toEqual([
      'APPLICABILITY.MILITARY_POSITION_EXCLUDED R3 §2(2)',
      'ELIGIBILITY.UNEXPUNGED_SANCTION R3 §10(2)',
      'ELIGIBILITY.NO_WRITTEN_CONSENT R3 §10(6)',
      'DOCUMENTS.MISSING R3 §12(1)',
      'DOCUMENTS.MISSING R3 §12(3)',
      'DOCUMENTS.MISSING R3 §12(4)',
    ]);
  });
  it('R1 §1: a proposal under R1 for a secondment that R3 governs is refused with the rule set that applies', () => {
    const r = checkProposal('R1', aCandidate(), DOCUMENT_KINDS, toStateBody);
    expect(codes(r)).toEqual(['APPLICABILITY.WRONG_RULE_SET R1 §1']);
    expect(r.ok ? null : r.violations[0]?.details).toEqual({ requested: 'R1', applicable: 'R3' });
  });
  it('R2 §5(1): a proposal from an organization that is not a state body is refused under R2', () => {
    const r = checkProposal('R2', aCandidate(), DOCUMENT_KINDS, {
      asOf: ELIGIBLE_AS_OF,
      parties: { sender: anOrganization('other-rk-organization'), receiver: anOrganization('foreign-institution') },
    });
    expect(codes(r)).toEqual(['APPLICABILITY.NO_RULE_SET R2 §5(1)']);
  });
  it('R2 §11, §13: a National Bank employee proposed to an embassy is checked against R2', () => {
    const nb = aCandidate({
      nationalBankEmployee: true,
      nationalBankWorkStart: '2020-01-01',
      nationalBankKpi: [{ year: 2024, percent: 85 }],
    });
    const r = checkProposal('R2', nb, DOCUMENT_KINDS, {
      asOf: ELIGIBLE_AS_OF,
      parties: { sender: anOrganization('national-bank'), receiver: anOrganization('foreign-institution') },
    });
    expect(codes(r)).toEqual(['ELIGIBILITY.KPI_BELOW_THRESHOLD R2 §11(5)']);
  });
});
