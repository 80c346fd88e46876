import type { z } from 'zod';
import { CaseEventPayloadSchema, EventRecordSchema, GENESIS_HASH, type CaseEventPayload } from '../messages/case-event.schema';

type FullRecordInput = z.input<typeof EventRecordSchema>;
type BindingField = 'caseId' | 'ruleSet' | 'edition' | 'candidateHash' | 'package' | 'by';
/** A record as a test writes it: the binding fields default to the sample's case (placeholder hashes). */
type RecordInput = Omit<FullRecordInput, BindingField> & Partial<Pick<FullRecordInput, BindingField>>;

/** The sample's binding fields: placeholders that satisfy the schema (tests of the binding build real ones). */
export const sampleBinding = (caseId: string, ruleSet: FullRecordInput['ruleSet']): Pick<FullRecordInput, BindingField> => ({
  caseId,
  ruleSet,
  edition: 'Resolution 755 of 17.11.2017',
  candidateHash: 'c'.repeat(64),
  package: { proposal: 1, documents: {} },
  by: { kind: 'system', subject: 'fixture', name: 'fixture' },
});

/**
 * What a test may replace in the sample payload, written as plain JSON (dates as strings). Records
 * are given unsigned: the fixture adds placeholder seals that satisfy the schema (contracts cannot
 * sign; tests of the chain itself seal records with `sealChain` from @sx/messaging).
 */
export type CaseEventPayloadOverrides = Partial<Omit<z.input<typeof CaseEventPayloadSchema>, 'events'>> & { events?: RecordInput[] };

const placeholderSeal = (r: FullRecordInput) => ({ ...r, prevHash: GENESIS_HASH, hash: 'f'.repeat(64), signature: { keyId: 'fixture', value: 'Zml4dHVyZQ==' } });

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
    candidate: { fullName: 'Aigerim Nurlanovna Sadykova', position: 'Chief expert', factsHash: 'f'.repeat(64) },
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
  const binding = sampleBinding(merged.caseId, merged.ruleSet);
  return CaseEventPayloadSchema.parse({ ...merged, events: (merged.events ?? []).map((r) => placeholderSeal({ ...binding, ...r })) });
}
