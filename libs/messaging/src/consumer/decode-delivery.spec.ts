import { caseEventMessage, createEnvelope } from '@sx/contracts';
import { sampleCaseEventPayload } from '../../../contracts/src/testing';
import { canonicalJson } from '../signing/canonical-json';
import { createVerifier, signEnvelope } from '../signing/envelope-signature';
import { devKeyRing } from '../signing/key-ring';
import { decodeDelivery } from './decode-delivery';

const sender = devKeyRing('sending-body');
const options = { service: 'receiving-body' as const, verifier: createVerifier(sender.publicKeys) };
const envelope = createEnvelope(caseEventMessage('ProposalSubmitted'), {
  caseId: 'case-7',
  fromAgency: 'ministry-of-finance',
  toAgency: 'ministry-of-justice',
  fromService: 'sending-body',
  toService: 'receiving-body',
  causationId: null,
  payload: sampleCaseEventPayload({ caseId: 'case-7', reference: 'SB-7', documents: [] }),
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
