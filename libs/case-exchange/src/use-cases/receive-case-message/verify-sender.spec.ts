import { caseEventMessage, createEnvelope, isRefusal, type CaseEventPayload, type Envelope, type ServiceName } from '@sx/contracts';
import type { CaseEventType } from '@sx/rules';
import { sampleCaseEventPayload, type CaseEventPayloadOverrides } from '../../../../contracts/src/testing';
import { verifySender } from './verify-sender';

const SENDER = { agencyId: 'ministry-of-finance', service: 'sending-body' } as const;
const RECEIVER = { agencyId: 'ministry-of-justice', service: 'receiving-body' } as const;

interface Route {
  type?: CaseEventType;
  caseId?: string;
  fromAgency?: string;
  toAgency?: string;
  fromService?: ServiceName;
  toService?: ServiceName;
}

/** An envelope around the payload, by default the sample's ProposalSubmitted from the sender to the receiver. */
function envelopeFor(payload: CaseEventPayload, route: Route = {}): Envelope {
  return createEnvelope(caseEventMessage(route.type ?? 'ProposalSubmitted'), {
    caseId: route.caseId ?? payload.caseId,
    fromAgency: route.fromAgency ?? SENDER.agencyId,
    toAgency: route.toAgency ?? RECEIVER.agencyId,
    fromService: route.fromService ?? SENDER.service,
    toService: route.toService ?? RECEIVER.service,
    causationId: null,
    payload,
  });
}

/** The code of the refusal thrown, or a failure naming what happened instead. */
function rejectionOf(run: () => void): string {
  try {
    run();
  } catch (err) {
    if (isRefusal(err)) return err.code;
    throw err;
  }
  throw new Error('expected a refusal, but the message was accepted');
}

type Party = { agencyId: string; service: ServiceName };
type RecordEvent = NonNullable<CaseEventPayloadOverrides['events']>[number]['event'];

/** The sample case with a second step, `event` recorded by `by`'s agency and service. */
const withSecondStep = (event: RecordEvent, by: Party): CaseEventPayloadOverrides => ({
  events: [...sampleCaseEventPayload().events, { seq: 2, event, agencyId: by.agencyId, service: by.service, at: `${event.on}T09:00:00.000Z` }],
});
const agreedBy = (by: Party): CaseEventPayloadOverrides => withSecondStep({ type: 'ProposalAgreed', actor: 'receiver', on: '2026-03-20' }, by);

/** The sample case whose one step, the sender's proposal, is recorded as `by`'s. */
const submittedBy = (by: Party): CaseEventPayload =>
  sampleCaseEventPayload({ events: [{ seq: 1, event: { type: 'ProposalSubmitted', actor: 'sender', on: '2026-03-18', receiverKind: 'central-executive-body' }, agencyId: by.agencyId, service: by.service, at: '2026-03-18T09:00:00.000Z' }] });

describe('verifySender, the check on every incoming case message', () => {
  it('accepts a message whose last step was taken by the sending agency through its own service', () => {
    const p = sampleCaseEventPayload();
    expect(() => verifySender(envelopeFor(p), p, 'receiving-body')).not.toThrow();
  });

  it('accepts the receiver’s answer sent back to the sender', () => {
    const p = sampleCaseEventPayload(agreedBy(RECEIVER));
    const envelope = envelopeFor(p, { type: 'ProposalAgreed', fromAgency: RECEIVER.agencyId, fromService: RECEIVER.service, toAgency: SENDER.agencyId, toService: SENDER.service });
    expect(() => verifySender(envelope, p, 'sending-body')).not.toThrow();
  });

  it('rejects a log without events as CASE.EMPTY_LOG', () => {
    const p = sampleCaseEventPayload();
    const empty = { ...p, events: [] } as unknown as CaseEventPayload;
    expect(rejectionOf(() => verifySender(envelopeFor(p), empty, 'receiving-body'))).toBe('CASE.EMPTY_LOG');
  });

  const FROM_RECEIVER: Route = { fromAgency: RECEIVER.agencyId, fromService: RECEIVER.service, toAgency: SENDER.agencyId, toService: SENDER.service };
  const PM = { agencyId: 'prime-minister', service: 'prime-minister' } as const;
  // [what the message is, its payload, its envelope's route, the service it arrives at, the code]
  it.each<[string, () => CaseEventPayload, Route, ServiceName, string]>([
    ['a payload whose caseId differs from the envelope’s', () => sampleCaseEventPayload(), { caseId: 'case-2' }, 'receiving-body', 'CASE.ID_MISMATCH'],
    ['a message whose type is not the step it carries', () => sampleCaseEventPayload(), { type: 'ProposalWithdrawn' }, 'receiving-body', 'CASE.TYPE_MISMATCH'],
    ['the receiving body sending a step whose actor is the sender', () => sampleCaseEventPayload(withSecondStep({ type: 'ProposalAgreed', actor: 'sender', on: '2026-03-20' }, RECEIVER)), { type: 'ProposalAgreed', ...FROM_RECEIVER }, 'sending-body', 'CASE.FORGED_ACTOR'],
    // The ministry of justice is the receiver; it claims the sender's ProposalSubmitted through the sending-body service.
    ['an agency that is a party of the case, but not in the role that took the step', () => submittedBy({ agencyId: RECEIVER.agencyId, service: SENDER.service }), { fromAgency: RECEIVER.agencyId }, 'receiving-body', 'CASE.FORGED_ACTOR'],
    ['a step record whose agencyId differs from the envelope’s sender', () => submittedBy({ agencyId: 'ministry-of-energy', service: SENDER.service }), {}, 'receiving-body', 'CASE.FORGED_ACTOR'],
    ['a step record whose service differs from the envelope’s', () => submittedBy({ agencyId: SENDER.agencyId, service: 'foreign-affairs' }), {}, 'receiving-body', 'CASE.FORGED_ACTOR'],
    ['a step by a role the case has no party for (the approver before it joins)', () => sampleCaseEventPayload(withSecondStep({ type: 'ApprovalGranted', actor: 'approver', on: '2026-03-20' }, PM)), { type: 'ApprovalGranted', fromAgency: PM.agencyId, fromService: PM.service }, 'receiving-body', 'CASE.FORGED_ACTOR'],
    ['a message for an agency that is not a party at this service', () => sampleCaseEventPayload(), { toAgency: 'ministry-of-energy' }, 'receiving-body', 'CASE.NOT_A_PARTY'],
    ['a message for a party of the case that arrives at a service where that agency holds no role', () => sampleCaseEventPayload(), { toService: 'prime-minister' }, 'prime-minister', 'CASE.NOT_A_PARTY'],
  ])('rejects %s', (_what, payload, route, self, code) => {
    const p = payload();
    expect(rejectionOf(() => verifySender(envelopeFor(p, route), p, self))).toBe(code);
  });

  it('rejects a log that does not start at step 1 as CASE.BAD_LOG', () => {
    const p = sampleCaseEventPayload();
    const shifted = sampleCaseEventPayload({ events: p.events.map((r) => ({ ...r, seq: 2 })) });
    expect(rejectionOf(() => verifySender(envelopeFor(shifted), shifted, 'receiving-body'))).toBe('CASE.BAD_LOG');
  });

  it('rejects a log with a gap in its step numbers as CASE.BAD_LOG', () => {
    const agreed = sampleCaseEventPayload(agreedBy(RECEIVER));
    const gapped = sampleCaseEventPayload({ events: agreed.events.map((r, i) => ({ ...r, seq: i === 1 ? 3 : r.seq })) });
    const envelope = envelopeFor(gapped, { type: 'ProposalAgreed', fromAgency: RECEIVER.agencyId, fromService: RECEIVER.service, toAgency: SENDER.agencyId, toService: SENDER.service });
    expect(rejectionOf(() => verifySender(envelope, gapped, 'sending-body'))).toBe('CASE.BAD_LOG');
  });

  it('names the claimed sender and the role in the rejection message', () => {
    const p = sampleCaseEventPayload();
    const envelope = envelopeFor(p, { fromAgency: 'ministry-of-energy' });
    expect(() => verifySender(envelope, p, 'receiving-body')).toThrow('ministry-of-energy@sending-body is not the sender of case case-1');
  });
});
