import { GENESIS_HASH, type EventRecord, type ServiceName, type SignedRecord } from '@sx/contracts';
import { sealRecord } from './record-chain';
import type { SigningKey } from './signing-keys';

/** Seals records into a chain, each signed by the key of the service it names (tests, tools, benchmarks). */
export function sealChain(records: readonly EventRecord[], keyOf: (service: ServiceName) => SigningKey, after: readonly SignedRecord[] = []): SignedRecord[] {
  const chain = [...after];
  for (const r of records) chain.push(sealRecord(r, chain.at(-1)?.hash ?? GENESIS_HASH, keyOf(r.service)));
  return chain.slice(after.length);
}
