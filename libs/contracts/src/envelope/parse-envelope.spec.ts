import { z } from 'zod';
import { createCatalog } from '../catalog/message-catalog';
import { defineMessage } from '../messages/message-definition';
import { messageCatalog } from '../catalog/catalog';
import { caseEventMessage } from '../messages/case-event.schema';
import { sampleCaseEventPayload } from '../testing';
import { createEnvelope } from './create-envelope';
import { parseEnvelope } from './parse-envelope';
import { routingKeyOf } from './envelope.schema';

const ProposalSubmitted = caseEventMessage('ProposalSubmitted');
const payload = sampleCaseEventPayload();

const proposal = () =>
  createEnvelope(ProposalSubmitted, {
    caseId: 'case-1',
    fromAgency: 'ministry-of-finance',
    toAgency: 'ministry-of-justice',
    fromService: 'sending-body',
    toService: 'receiving-body',
    causationId: null,
    payload,
  });

describe('parseEnvelope', () => {
  it('accepts a ProposalSubmitted v1 built by createEnvelope and round-trips through JSON', () => {
    const env = proposal();
    const parsed = parseEnvelope(JSON.parse(JSON.stringify(env)));
    expect(parsed).toEqual({ ok: true, envelope: env });
    expect(routingKeyOf(env)).toBe('receiving-body.ProposalSubmitted');
    expect(env.correlationId).toBe('case-1');
  });

  it.each([
    ['ENVELOPE_INVALID', { messageId: 'not-a-uuid' }],
    ['ENVELOPE_INVALID', { issuedAt: '18.03.2025' }],
    ['ENVELOPE_INVALID', { toService: 'ministry-of-finance' }],
    ['UNKNOWN_TYPE', { type: 'ProposalTeleported' }],
    ['UNKNOWN_VERSION', { schemaVersion: 9 }],
    ['ROUTE_NOT_ALLOWED', { fromService: 'prime-minister' }],
    ['PAYLOAD_INVALID', { payload: { ...payload, ruleSet: 'R4' } }],
    ['PAYLOAD_INVALID', { payload: { ...payload, documents: [{ kind: 'cv', fileName: 'cv.pdf', contentType: 'application/pdf', sha256: 'xyz', size: 1, proposal: 1 }] } }],
    ['PAYLOAD_INVALID', { payload: { ...payload, extra: true } }],
  ])('rejects with %s when %j', (code, patch) => {
    const parsed = parseEnvelope({ ...proposal(), ...patch });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.reason.code).toBe(code);
      expect(parsed.reason.message.length).toBeGreaterThan(0);
    }
  });

  it('rejects non-objects without throwing', () => {
    for (const raw of [null, 42, 'x', [], undefined]) expect(parseEnvelope(raw).ok).toBe(false);
  });

  it('rejects unknown payload keys (the case payload is strict), naming the key', () => {
    const parsed = parseEnvelope({ ...proposal(), payload: { ...payload, extra: true } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.reason.code).toBe('PAYLOAD_INVALID');
      expect(parsed.reason.message).toContain('extra');
    }
  });
});

describe('createEnvelope', () => {
  it('refuses a route the definition does not allow', () => {
    expect(() =>
      createEnvelope(ProposalSubmitted, {
        caseId: 'c',
        fromAgency: 'prime-minister',
        toAgency: 'ministry-of-justice',
        fromService: 'prime-minister',
        toService: 'receiving-body',
        causationId: null,
        payload,
      }),
    ).toThrow(/may not go/);
  });

  it('refuses an invalid payload before it can be stored', () => {
    expect(() => createEnvelope(ProposalSubmitted, {
      caseId: 'c', fromAgency: 'mfa', toAgency: 'x', fromService: 'foreign-affairs', toService: 'receiving-body',
      causationId: null, payload: { ...payload, reference: '' },
    })).toThrow();
  });
});

describe('message catalog', () => {
  it('lists every message with its JSON schema for the docs', () => {
    const list = messageCatalog.list();
    expect(list.map((e) => `${e.type}@v${e.version}`)).toContain('ProposalSubmitted@v3');
    expect(list[0]?.payloadJsonSchema).toMatchObject({ type: 'object' });
  });

  it('refuses a type defined twice in the same version', () => {
    const d = defineMessage({ type: 'Ping', version: 1, payload: z.object({}), from: ['prime-minister'], to: ['prime-minister'], description: 'x' });
    expect(() => createCatalog([d, d])).toThrow(/twice/);
  });
});
