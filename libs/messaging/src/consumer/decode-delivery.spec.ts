import { createEnvelope, ProposalSubmittedV1 } from '@sx/contracts';
import { canonicalJson } from '../signing/canonical-json';
import { createVerifier, signEnvelope } from '../signing/envelope-signature';
import { devKeyRing } from '../signing/key-ring';
import { decodeDelivery } from './decode-delivery';

const sender = devKeyRing('sending-body');
const options = { service: 'receiving-body' as const, verifier: createVerifier(sender.publicKeys) };
const envelope = createEnvelope(ProposalSubmittedV1, {
  caseId: 'case-7',
  fromAgency: 'ministry-of-justice',
  toAgency: 'ministry-of-finance',
  fromService: 'sending-body',
  toService: 'receiving-body',
  causationId: null,
  payload: {
    ruleSet: 'R3',
    caseReference: 'SB-7',
    candidate: { fullName: 'A B', position: 'Expert' },
    receiverOrganizationId: 'ministry-of-finance',
    senderOrganizationId: 'ministry-of-justice',
    proposalDate: '2025-03-18',
    documents: [],
    letterNumber: '7',
  },
});

describe('decodeDelivery', () => {
  it('accepts a signed, valid envelope addressed to this service', () => {
    const result = decodeDelivery(Buffer.from(canonicalJson(envelope)), { ...signEnvelope(envelope, sender.signingKey) }, options);
    expect(result).toEqual({ ok: true, envelope });
  });

  it.each([
    ['MALFORMED_JSON', Buffer.from('{not json'), {}],
    ['SIGNATURE_MISSING', Buffer.from(canonicalJson(envelope)), {}],
  ])('dead-letters with %s', (code, body, headers) => {
    expect(decodeDelivery(body, headers, options)).toMatchObject({ ok: false, reason: { code } });
  });

  it('dead-letters a signed but schema-invalid payload with PAYLOAD_INVALID', () => {
    const bad = { ...envelope, payload: { ...envelope.payload, ruleSet: 'R9' } };
    const result = decodeDelivery(Buffer.from(JSON.stringify(bad)), { ...signEnvelope(bad, sender.signingKey) }, options);
    expect(result).toMatchObject({ ok: false, reason: { code: 'PAYLOAD_INVALID' } });
  });

  it('dead-letters a message for another service with WRONG_RECIPIENT', () => {
    const result = decodeDelivery(Buffer.from(JSON.stringify(envelope)), { ...signEnvelope(envelope, sender.signingKey) }, {
      ...options,
      service: 'foreign-affairs',
    });
    expect(result).toMatchObject({ ok: false, reason: { code: 'WRONG_RECIPIENT' } });
  });
});
