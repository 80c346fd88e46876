import {
  isCentralExecutiveBody,
  isDirectlySubordinateToPresident,
  isNonStateOrganization,
  isOutsideRk,
  isStateBody,
} from './organization-kind';
import { ORGANIZATION_KINDS, OrganizationSchema, type OrganizationKind } from './organization.schema';

const kindsWhere = (p: (k: OrganizationKind) => boolean): OrganizationKind[] => ORGANIZATION_KINDS.filter(p);

describe('organization registry', () => {
  it('R3 §5(1): an organization with a name in kk, ru and en and a known kind parses', () => {
    const org = { id: 'mod', name: { kk: 'Қорғаныс министрлігі', ru: 'Министерство обороны', en: 'Ministry of Defence' }, kind: 'central-executive-body', militaryLawEnforcementOrSpecial: true };
    expect(OrganizationSchema.parse(org)).toEqual(org);
  });
  it('R3 §5(1): an unknown kind or a blank name is rejected', () => {
    expect(OrganizationSchema.safeParse({ id: 'x', name: { kk: 'a', ru: 'b', en: 'c' }, kind: 'ministry', militaryLawEnforcementOrSpecial: false }).success).toBe(false);
    expect(OrganizationSchema.safeParse({ id: 'x', name: { kk: ' ', ru: 'b', en: 'c' }, kind: 'mfa', militaryLawEnforcementOrSpecial: false }).success).toBe(false);
  });
  it('R2 §5(1): state bodies are the bodies under the President, central executive and other state bodies, the National Bank and the MFA', () => {
    expect(kindsWhere(isStateBody)).toEqual(['president-subordinate-state-body', 'central-executive-body', 'other-state-body', 'national-bank', 'mfa']);
  });
  it('R3 §11(2): the MFA is a central executive body for routing', () => {
    expect(kindsWhere(isCentralExecutiveBody)).toEqual(['central-executive-body', 'mfa']);
  });
  it('R3 §11(1): the National Bank counts among the bodies directly subordinate and accountable to the President', () => {
    expect(kindsWhere(isDirectlySubordinateToPresident)).toEqual(['president-subordinate-state-body', 'national-bank']);
  });
  it('R3 §11(2): international, non-RK and other RK organizations are organizations, not state bodies', () => {
    expect(kindsWhere(isNonStateOrganization)).toEqual(['international-organization', 'non-rk-organization', 'other-rk-organization']);
  });
  it('R3 §13: international and non-RK organizations are those whose charters may set other deadlines', () => {
    expect(kindsWhere(isOutsideRk)).toEqual(['international-organization', 'non-rk-organization']);
  });
});
