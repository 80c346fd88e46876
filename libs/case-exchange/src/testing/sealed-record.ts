import type { EventRecord, SignedRecord } from '@sx/contracts';
import { devKeyRing, sealChain } from '@sx/messaging';

/** Records sealed into a chain with the dev keys of the services they name (unit tests only). */
export const sealedChain = (...records: EventRecord[]): SignedRecord[] => sealChain(records, (s) => devKeyRing(s).signingKey);

/** One record sealed on its own (first in its chain), for tests that do not check the chain. */
export const sealed = (record: EventRecord): SignedRecord => sealedChain(record)[0] as SignedRecord;
