import { ORGANIZATION_KINDS, type OrganizationKind } from '../organizations';
import { approvingAuthority } from './approving-authority';

type Expected = string | [code: string, cite: string];
const table: Readonly<Record<OrganizationKind, readonly [Expected, Expected, Expected]>> = {
  //                                   R1                                   R2                                         R3
  'president-subordinate-state-body': ['presidential-administration R1 §11(1)', ['ROUTING.RECEIVER_NOT_COVERED', 'R2 §3'], 'presidential-administration R3 §11(1)'],
  'central-executive-body': ['prime-minister R1 §11(2)', ['ROUTING.RECEIVER_NOT_COVERED', 'R2 §3'], 'prime-minister R3 §11(2)'],
  'other-state-body': ['presidential-administration R1 §11(1)', ['ROUTING.RECEIVER_NOT_COVERED', 'R2 §3'], 'presidential-administration R3 §11(1)'],
  'international-organization': ['prime-minister R1 §11(2)', ['ROUTING.RECEIVER_NOT_COVERED', 'R2 §3'], 'prime-minister R3 §11(2)'],
  'non-rk-organization': ['prime-minister R1 §11(2)', ['ROUTING.RECEIVER_NOT_COVERED', 'R2 §3'], 'prime-minister R3 §11(2)'],
  'other-rk-organization': ['prime-minister R1 §11(2)', ['ROUTING.RECEIVER_NOT_COVERED', 'R2 §3'], 'prime-minister R3 §11(2)'],
  'foreign-institution': [['ROUTING.RECEIVER_NOT_COVERED', 'R1 §3'], 'president R2 §17', ['ROUTING.RECEIVER_NOT_COVERED', 'R3 §3']],
  'national-bank': ['presidential-administration R1 §11(1)', ['ROUTING.RECEIVER_NOT_COVERED', 'R2 §3'], 'presidential-administration R3 §11(1)'],
  mfa: [['ROUTING.RECEIVER_NOT_COVERED', 'R1 §3'], ['ROUTING.RECEIVER_NOT_COVERED', 'R2 §3'], 'prime-minister R3 §11(2)'],
};

const rows = ORGANIZATION_KINDS.flatMap((kind) => (['R1', 'R2', 'R3'] as const).map((rs, i) => [rs, kind, table[kind][i]] as const));

describe('R1 §11, R2 §10/§16/§17, R3 §11: whose agreement a secondment needs', () => {
  it.each(rows)('%s: a secondment to a receiver of kind %s goes to %s', (ruleSet, kind, expected) => {
    const r = approvingAuthority(ruleSet, kind);
    if (typeof expected === 'string') {
      expect(r.ok && `${r.value.authority} ${r.value.cite}`).toBe(expected);
      expect(r.ok && r.value.text.kk.length).toBeGreaterThan(0);
    } else {
      expect(!r.ok && r.violations.map((v) => [v.code, v.cite])).toEqual([expected]);
    }
  });

  it('R2 §16: no letter to the Presidential Administration for its own civil servant once the MFA has agreed', () => {
    const r = approvingAuthority('R2', 'foreign-institution', { candidateIsPresidentialAdministrationServant: true, mfaAgreed: true });
    expect(r.ok && [r.value.authority, r.value.cite]).toEqual(['not-required', 'R2 §16']);
  });

  it('R2 §16: before the MFA agrees, the Presidential Administration’s own servant still goes to the President', () => {
    const r = approvingAuthority('R2', 'foreign-institution', { candidateIsPresidentialAdministrationServant: true });
    expect(r.ok && r.value.authority).toBe('president');
  });
});
