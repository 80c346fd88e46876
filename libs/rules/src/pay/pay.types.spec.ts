import { PayerSchema, TreatyOverrideSchema } from './pay.types';

describe('pay schemas', () => {
  it('R3 §7: a treaty override names the treaty, the article and who pays', () => {
    expect(TreatyOverrideSchema.safeParse({ treaty: 'Agreement', article: 'Art. 5', payer: 'receiver' }).success).toBe(true);
  });
  it('R3 §7: an override without the article is not a recorded legal basis', () => {
    expect(TreatyOverrideSchema.safeParse({ treaty: 'Agreement', article: ' ', payer: 'receiver' }).success).toBe(false);
  });
  it('R2 §7: the payers are the receiver, the MFA, the sending body and the National Bank', () => {
    expect(PayerSchema.options).toEqual(['receiver', 'mfa', 'sending-body', 'national-bank']);
  });
});
