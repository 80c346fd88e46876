import type { CaseEventPayload, EventRecord, SignedRecord } from '@sx/contracts';
import type { CaseEvent } from '@sx/rules';
import { devKeyRing, sealChain } from '@sx/messaging';
import { candidateHashOf } from '../case-view/record-binding';

type BindingField = 'caseId' | 'ruleSet' | 'edition' | 'candidateHash' | 'package' | 'by';
/** A record as a unit test writes it: what it binds defaults to case `c1` under R3 with `TEST_CANDIDATE`. */
export type TestRecord = Omit<EventRecord, BindingField> & Partial<Pick<EventRecord, BindingField>>;

/** The candidate of the unit tests' cases, as the parties other than the sender see it. */
export const TEST_CANDIDATE: CaseEventPayload['candidate'] = { fullName: 'A', position: 'B', factsHash: '0'.repeat(64) };

/** A record with the binding of case `c1` (R3, `TEST_CANDIDATE`, an empty first package), unless the test gives its own. */
export const bound = (record: TestRecord): EventRecord => ({
  caseId: 'c1',
  ruleSet: 'R3',
  edition: 'Resolution 755 of 17.11.2017',
  candidateHash: candidateHashOf(TEST_CANDIDATE),
  package: { proposal: 1, documents: {} },
  by: { kind: 'system', subject: 'test', name: 'test' },
  ...record,
});

/** Records sealed into a chain with the dev keys of the services they name (unit tests only). */
export const sealedChain = (...records: TestRecord[]): SignedRecord[] => sealChain(records.map(bound), (s) => devKeyRing(s).signingKey);

/** One record sealed on its own (first in its chain), for tests that do not check the chain. */
export const sealed = (record: TestRecord): SignedRecord => sealedChain(record)[0] as SignedRecord;

/** Step `seq` taken by `by` on the event's legal date (recorded at 05:00 UTC that day), sealed on its own. */
export const sealedStep = (seq: number, event: Record<string, unknown>, by: { agencyId: string; service: EventRecord['service'] }): SignedRecord =>
  sealed({ seq, event: event as unknown as CaseEvent, agencyId: by.agencyId, service: by.service, at: `${String(event['on'])}T05:00:00.000Z` });
