import { z } from 'zod';
import { defineMessage } from '../messages/message-definition';
import { createEnvelope } from './create-envelope';

const parsed: unknown[] = [];
// A payload schema that counts its checks: a step's envelopes to several parties share one payload.
const Payload = z.object({ n: z.number() }).strict().transform((p) => (parsed.push(p), p));
const Def = defineMessage({ type: 'Probe', version: 1, from: ['sending-body'], to: ['receiving-body', 'prime-minister'], description: 'test', payload: Payload });
const fields = (toService: 'receiving-body' | 'prime-minister', payload: { n: number }) =>
  ({ caseId: '0b9a8f5e-4f5c-4a53-9e0c-6d1b2f3a4c5d', fromAgency: 'ministry-of-finance', toAgency: 'x', fromService: 'sending-body', toService, causationId: null, payload }) as const;

describe('createEnvelope checks each payload once', () => {
  beforeEach(() => (parsed.length = 0));
  it('one payload object sent to two parties is checked once; both envelopes carry it', () => {
    const payload = { n: 1 };
    const [a, b] = [createEnvelope(Def, fields('receiving-body', payload)), createEnvelope(Def, fields('prime-minister', payload))];
    expect(parsed).toHaveLength(1);
    expect([a.payload, b.payload]).toEqual([{ n: 1 }, { n: 1 }]);
    expect(a.messageId).not.toBe(b.messageId);
  });
  it('another payload object is checked anew, and an invalid one is still refused', () => {
    createEnvelope(Def, fields('receiving-body', { n: 1 }));
    createEnvelope(Def, fields('receiving-body', { n: 1 }));
    expect(parsed).toHaveLength(2);
    expect(() => createEnvelope(Def, fields('receiving-body', { n: 'one' } as unknown as { n: number }))).toThrow();
  });
});
