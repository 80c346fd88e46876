import type { Checked } from '../common/rule-violation';
import type { RuleSet } from '../common/citation';
import { anOrganization } from '../organizations/organization.fixture';
import type { OrganizationKind } from '../organizations/organization.schema';
import { selectRuleSet, type SecondmentParties } from './select-rule-set';

const civilian = { diplomaticServicePersonnel: false, nationalBankEmployee: false, militaryLawEnforcementOrSpecialPosition: false };
const diplomat = { ...civilian, diplomaticServicePersonnel: true };
const nbEmployee = { ...civilian, nationalBankEmployee: true };
const officer = { ...civilian, militaryLawEnforcementOrSpecialPosition: true };

const select = (
  sender: OrganizationKind,
  receiver: OrganizationKind,
  candidate = civilian,
  extra: Partial<SecondmentParties> = {},
): Checked<RuleSet> => selectRuleSet({ sender: anOrganization(sender), receiver: anOrganization(receiver), candidate, ...extra });

const summary = (r: Checked<RuleSet>) => (r.ok ? r.value : r.violations.map((v) => `${v.code} ${v.cite}`));

describe('which rule set governs a secondment', () => {
  it('R1 §1: MFA diplomatic staff going to a central executive body fall under R1', () => {
    expect(summary(select('mfa', 'central-executive-body', diplomat))).toBe('R1');
  });
  it('R1 §3: MFA diplomatic staff may go to other organizations, including non-RK ones (R1 §13)', () => {
    expect(summary(select('mfa', 'non-rk-organization', diplomat))).toBe('R1');
  });
  it('R1 §2: MFA diplomatic staff going into a position in a military body are outside R1', () => {
    const receiver = anOrganization('central-executive-body', { militaryLawEnforcementOrSpecial: true });
    const r = selectRuleSet({ sender: anOrganization('mfa'), receiver, candidate: diplomat });
    expect(summary(r)).toEqual(['APPLICABILITY.MILITARY_POSITION_EXCLUDED R1 §2']);
  });
  it('R1 §2: a civilian position declared in a military body keeps R1', () => {
    const receiver = anOrganization('central-executive-body', { militaryLawEnforcementOrSpecial: true });
    const r = selectRuleSet({ sender: anOrganization('mfa'), receiver, candidate: diplomat, targetPositionMilitaryLawEnforcementOrSpecial: false });
    expect(summary(r)).toBe('R1');
  });
  it('R1 §3: the MFA does not second its diplomats to itself', () => {
    expect(summary(select('mfa', 'mfa', diplomat))).toEqual(['APPLICABILITY.NO_RULE_SET R1 §3']);
  });
  it('R3 §3: a state body does not second its civil servant to itself', () => {
    expect(summary(select('other-state-body', 'other-state-body'))).toEqual(['APPLICABILITY.NO_RULE_SET R3 §3']);
  });
  it('R2 §1: a civil servant of a ministry going to an embassy falls under R2', () => {
    expect(summary(select('central-executive-body', 'foreign-institution'))).toBe('R2');
  });
  it('R2 §2: an officer of a law-enforcement body going to a foreign institution falls under R2 as well', () => {
    const sender = anOrganization('central-executive-body', { militaryLawEnforcementOrSpecial: true });
    const r = selectRuleSet({ sender, receiver: anOrganization('foreign-institution'), candidate: officer });
    expect(summary(r)).toBe('R2');
  });
  it('R2 §1: a National Bank employee going to a foreign institution falls under R2', () => {
    expect(summary(select('national-bank', 'foreign-institution', nbEmployee))).toBe('R2');
  });
  it('R2 §1: the MFA does not second its own staff to foreign institutions', () => {
    expect(summary(select('mfa', 'foreign-institution', diplomat))).toEqual(['APPLICABILITY.NO_RULE_SET R2 §1']);
  });
  it('R2 §5(1): an organization that is not a state body cannot send anyone to a foreign institution', () => {
    expect(summary(select('other-rk-organization', 'foreign-institution'))).toEqual(['APPLICABILITY.NO_RULE_SET R2 §5(1)']);
  });
  it('R2 §1: a National Bank employee going anywhere but a foreign institution falls under no rule set', () => {
    expect(summary(select('national-bank', 'central-executive-body', nbEmployee))).toEqual(['APPLICABILITY.NO_RULE_SET R2 §1']);
  });
  it('R3 §1: a civil servant of a local executive body going to an international organization falls under R3', () => {
    expect(summary(select('other-state-body', 'international-organization'))).toBe('R3');
  });
  it('R3 §1: MFA staff who are not diplomatic service personnel fall under R3', () => {
    expect(summary(select('mfa', 'president-subordinate-state-body'))).toBe('R3');
  });
  it('R3 §5(1): an organization that is not a state body cannot second anyone', () => {
    expect(summary(select('international-organization', 'other-state-body'))).toEqual(['APPLICABILITY.NO_RULE_SET R3 §5(1)']);
  });
  it('R3 §2: an officer going into a military position is refused twice over', () => {
    const receiver = anOrganization('central-executive-body', { militaryLawEnforcementOrSpecial: true });
    const r = selectRuleSet({ sender: anOrganization('other-state-body'), receiver, candidate: officer });
    expect(summary(r)).toEqual(['APPLICABILITY.MILITARY_SERVANT_EXCLUDED R3 §2(1)', 'APPLICABILITY.MILITARY_POSITION_EXCLUDED R3 §2(2)']);
  });
  it('R3 §1: every refusal carries kk, ru and en text', () => {
    const r = select('other-rk-organization', 'foreign-institution');
    expect(r.ok ? [] : r.violations.flatMap((v) => [v.text.kk, v.text.ru, v.text.en]).every((s) => s.length > 20)).toBe(true);
  });
});
