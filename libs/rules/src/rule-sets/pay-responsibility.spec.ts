import { RuleError } from '../common/rule-violation';
import { payResponsibility } from './pay-responsibility';

const civil = { nationalBankEmployee: false };
const who = (r: ReturnType<typeof payResponsibility>) => [
  r.newPositionSalary.payer,
  r.newPositionSalary.cite,
  r.formerPositionPayments.payer,
  r.formerPositionPayments.cite,
];
const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return e instanceof RuleError ? `${e.violations[0]?.code} ${e.violations[0]?.cite}` : 'other error';
  }
  return undefined;
};

describe('pay responsibility', () => {
  it('R1 §6: a diplomat in a state body is paid by the receiver; the MFA pays the Art. 29 payments in tenge', () => {
    const r = payResponsibility('R1', 'central-executive-body', civil);
    expect(who(r)).toEqual(['receiver', 'R1 §6', 'mfa', 'R1 §6']);
    expect(r.currencyNote?.en).toBe('Computed in tenge from the official salary of the last position in the MFA');
  });
  it('R1 §7: a diplomat in another organization is paid by the MFA, with nothing separate for the former position', () => {
    const r = payResponsibility('R1', 'other-rk-organization', civil);
    expect(who(r)).toEqual(['mfa', 'R1 §7', null, 'R1 §7']);
    expect(r.currencyNote).not.toBeNull();
  });
  it('R2 §6: a civil servant in a foreign institution is paid by the MFA; the sending body pays the former position\'s sectoral payments', () => {
    const r = payResponsibility('R2', 'foreign-institution', civil);
    expect(who(r)).toEqual(['mfa', 'R2 §6', 'sending-body', 'R2 §6']);
    expect(r.currencyNote).toBeNull();
  });
  it("R2 §7: a National Bank employee in a foreign institution is paid from the National Bank's budget", () => {
    expect(who(payResponsibility('R2', 'foreign-institution', { nationalBankEmployee: true }))).toEqual([
      'national-bank',
      'R2 §7',
      null,
      'R2 §7',
    ]);
  });
  it('R3 §6: a civil servant in a state body is paid by the receiver; the sending body pays sectoral payments in tenge', () => {
    const r = payResponsibility('R3', 'other-state-body', civil);
    expect(who(r)).toEqual(['receiver', 'R3 §6', 'sending-body', 'R3 §6']);
    expect(r.legalBasis).toBeNull();
  });
  it('R3 §7: a civil servant in an international organization is paid by the sending body from the last salary in tenge', () => {
    const r = payResponsibility('R3', 'international-organization', civil);
    expect(who(r)).toEqual(['sending-body', 'R3 §7', null, 'R3 §7']);
    expect(r.currencyNote?.kk).toContain('теңгедегі');
  });
  it('R3 §7: a ratified treaty may make the organization pay, and the treaty and article are recorded', () => {
    const treatyOverride = { treaty: 'Agreement with the OSCE of 2010', article: 'Art. 5', payer: 'receiver' as const };
    const r = payResponsibility('R3', 'international-organization', { ...civil, treatyOverride });
    expect(who(r)).toEqual(['receiver', 'R3 §7', null, 'R3 §7']);
    expect(r.legalBasis).toEqual(treatyOverride);
    expect(r.newPositionSalary.text.en).toContain('Agreement with the OSCE of 2010, Art. 5');
  });
  it('R3 §7: a treaty override is refused for a state body receiver', () => {
    const treatyOverride = { treaty: 'T', article: 'A', payer: 'receiver' as const };
    expect(codeOf(() => payResponsibility('R3', 'other-state-body', { ...civil, treatyOverride }))).toBe('PAY.OVERRIDE_NOT_ALLOWED R3 §7');
  });
  it('R3 §7: a treaty override is refused under R1 and R2', () => {
    const treatyOverride = { treaty: 'T', article: 'A', payer: 'receiver' as const };
    expect(codeOf(() => payResponsibility('R1', 'other-rk-organization', { ...civil, treatyOverride }))).toBe('PAY.OVERRIDE_NOT_ALLOWED R3 §7');
    expect(codeOf(() => payResponsibility('R2', 'foreign-institution', { ...civil, treatyOverride }))).toBe('PAY.OVERRIDE_NOT_ALLOWED R3 §7');
  });
  it('R2 §6: R2 pay is only for a foreign institution, and R1/R3 pay never is', () => {
    expect(codeOf(() => payResponsibility('R2', 'central-executive-body', civil))).toBe('PAY.RECEIVER_NOT_COVERED R2 §6');
    expect(codeOf(() => payResponsibility('R3', 'foreign-institution', civil))).toBe('PAY.RECEIVER_NOT_COVERED R3 §6');
  });
  it('R3 §7: a null treaty override is the same as none', () => {
    expect(who(payResponsibility('R3', 'non-rk-organization', { ...civil, treatyOverride: null }))[0]).toBe('sending-body');
  });
});
