import type { z } from 'zod';
import { CaseEventPayloadSchema, EventRecordSchema, GENESIS_HASH, type CaseEventPayload } from '../messages/case-event.schema';

type RecordInput = z.input<typeof EventRecordSchema>;

/**
 * What a test may replace in the sample payload, written as plain JSON (dates as strings). Records
 * are given unsigned: the fixture adds placeholder seals that satisfy the schema (contracts cannot
 * sign; tests of the chain itself seal records with `sealChain` from @sx/messaging).
 */
export type CaseEventPayloadOverrides = Partial<Omit<z.input<typeof CaseEventPayloadSchema>, 'events'>> & { events?: RecordInput[] };

const placeholderSeal = (r: RecordInput) => ({ ...r, prevHash: GENESIS_HASH, hash: 'f'.repeat(64), signature: { keyId: 'fixture', value: 'Zml4dHVyZQ==' } });

/**
 * A valid case message payload: an R3 case whose log holds one rules `ProposalSubmitted` event, sent by
 * the Ministry of Finance (sending body) to the Ministry of Justice (receiving body). The result is
 * parsed by `CaseEventPayloadSchema`, so overrides that break the schema throw here rather than in the test.
 */
export function sampleCaseEventPayload(overrides: CaseEventPayloadOverrides = {}): CaseEventPayload {
  const base: Omit<z.input<typeof CaseEventPayloadSchema>, 'events'> & { events: RecordInput[] } = {
    caseId: 'case-1',
    ruleSet: 'R3',
    reference: 'SB-2026-0001',
    parties: {
      sender: { agencyId: 'ministry-of-finance', service: 'sending-body' },
      receiver: { agencyId: 'ministry-of-justice', service: 'receiving-body' },
    },
    candidate: { fullName: 'Aigerim Nurlanovna Sadykova', position: 'Chief expert' },
    documents: [{ kind: 'consent', fileName: 'consent.pdf', contentType: 'application/pdf', sha256: 'a'.repeat(64), size: 1024, proposal: 1 }],
    files: [],
    events: [
      {
        seq: 1,
        event: { type: 'ProposalSubmitted', actor: 'sender', on: '2026-03-18', receiverKind: 'central-executive-body' },
        agencyId: 'ministry-of-finance',
        service: 'sending-body',
        at: '2026-03-18T09:00:00.000Z',
      },
    ],
  };
  const merged = { ...base, ...overrides };
  return CaseEventPayloadSchema.parse({ ...merged, events: (merged.events ?? []).map(placeholderSeal) });
}
