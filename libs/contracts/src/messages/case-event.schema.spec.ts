import { CASE_EVENT_TYPES, procedureDefinition, RULE_SETS } from '@sx/rules';
import { messageCatalog } from '../catalog/catalog';
import { sampleCaseEventPayload } from '../testing';
import { CASE_EVENT_MESSAGE_VERSION, CASE_EVENT_MESSAGES, CaseEventPayloadSchema, caseEventMessage } from './case-event.schema';

const typesWithActors = [
  ...new Set(RULE_SETS.flatMap((rs) => procedureDefinition(rs).transitions.filter((t) => t.actors.length > 0).map((t) => t.event))),
];

describe('case event messages', () => {
  it('the rules define at least the submission and the agreement with actors', () => {
    expect(typesWithActors).toEqual(expect.arrayContaining(['ProposalSubmitted', 'ProposalAgreed', 'ApprovalGranted']));
  });

  it.each(typesWithActors)('%s has a current-version definition with the case payload, sent only by services playing its actors', (type) => {
    const def = caseEventMessage(type);
    expect(def).toMatchObject({ type, version: CASE_EVENT_MESSAGE_VERSION });
    expect(def.payload).toBe(CaseEventPayloadSchema);
    expect(def.from.length).toBeGreaterThan(0);
    expect(def.to.length).toBeGreaterThan(0);
    expect(messageCatalog.get(type, CASE_EVENT_MESSAGE_VERSION)).toBe(def);
    expect(messageCatalog.get(type, 1)).toBeUndefined();
  });

  it('defines no message for an event type no rule set lets anyone take', () => {
    for (const type of CASE_EVENT_TYPES.filter((t) => !typesWithActors.includes(t))) {
      expect(() => caseEventMessage(type)).toThrow(RangeError);
    }
    expect(CASE_EVENT_MESSAGES.map((d) => d.type).sort()).toEqual([...typesWithActors].sort());
  });

  it('ProposalAgreed comes from the receiving body and from the MFA (the R2 receiver), never from the prime minister', () => {
    const { from } = caseEventMessage('ProposalAgreed');
    expect(from).toEqual(expect.arrayContaining(['receiving-body', 'foreign-affairs']));
    expect(from).not.toContain('prime-minister');
  });

  it('ApprovalGranted comes from the approvers: the presidential administration and the prime minister', () => {
    expect([...caseEventMessage('ApprovalGranted').from].sort()).toEqual(['presidential-administration', 'prime-minister']);
  });

  it('ProposalSubmitted comes from the sending body and the MFA (the R1 sender)', () => {
    expect([...caseEventMessage('ProposalSubmitted').from].sort()).toEqual(['foreign-affairs', 'sending-body']);
  });
});

describe('CaseEventPayloadSchema', () => {
  const payload = sampleCaseEventPayload();

  it('accepts the sample payload with one ProposalSubmitted event', () => {
    expect(CaseEventPayloadSchema.safeParse(payload).success).toBe(true);
    expect(payload.events).toHaveLength(1);
    expect(payload.events[0]?.event).toMatchObject({ type: 'ProposalSubmitted', actor: 'sender', on: '2026-03-18' });
  });

  it('rejects an event of an unknown type', () => {
    const [record] = payload.events;
    const bad = { ...payload, events: [{ ...record, event: { type: 'ProposalTeleported', actor: 'sender', on: '2026-03-18' } }] };
    expect(CaseEventPayloadSchema.safeParse(bad).success).toBe(false);
  });

  it.each([
    ['the payload', { ...payload, extra: true }],
    ['the parties', { ...payload, parties: { ...payload.parties, extra: true } }],
    ['an event record', { ...payload, events: payload.events.map((r) => ({ ...r, extra: true })) }],
    ['a rules event', { ...payload, events: payload.events.map((r) => ({ ...r, event: { ...r.event, extra: true } })) }],
  ])('rejects an extra key in %s', (_where, bad) => {
    const parsed = CaseEventPayloadSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
  });

  it('rejects a payload without events', () => {
    expect(CaseEventPayloadSchema.safeParse({ ...payload, events: [] }).success).toBe(false);
  });
});

describe('message catalog', () => {
  it('lists no type and version twice', () => {
    const keys = messageCatalog.list().map((e) => `${e.type}@v${e.version}`);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
