// What the chaos run counts at the end: every party's copy of every case compared with every other
// and with what the services acknowledged, plus what is left in outboxes and dead-letter queues.
import { connect } from 'amqplib';
import mongoose from 'mongoose';
import { SERVICE_NAMES, type ServiceName, type SignedRecord } from '@sx/contracts';
import { topologyNames } from '@sx/messaging';
import type { PartyApi } from '../support/party-api';
import type { Exchange } from '../support/exchange';

export interface Ack {
  readonly caseId: string;
  readonly service: ServiceName;
  readonly seq: number;
  readonly hash: string;
}

export interface ChaosCounts {
  lost: number;
  duplicated: number;
  diverged: number;
  stuckInOutbox: number;
  deadLettered: number;
}

interface Copy {
  readonly service: ServiceName;
  readonly events: readonly SignedRecord[];
  readonly status: string;
  readonly obligations: readonly { id: string; due: string | null }[];
}

export async function auditCopies(
  cases: ReadonlyMap<string, ReadonlyArray<{ service: ServiceName; client: PartyApi }>>,
  acks: readonly Ack[],
): Promise<Pick<ChaosCounts, 'lost' | 'duplicated' | 'diverged'> & { details: string[] }> {
  const counts = { lost: 0, duplicated: 0, diverged: 0, details: [] as string[] };
  for (const [caseId, parties] of cases) {
    const copies: Copy[] = [];
    for (const { service, client } of parties) {
      const res = await client.get<Copy>(`/cases/${caseId}`);
      if (res.status === 200) copies.push({ ...res.body, service });
    }
    for (const c of copies) {
      const hashes = new Set(c.events.map((e) => e.hash));
      if (hashes.size !== c.events.length || c.events.some((e, i) => e.seq !== i + 1)) {
        counts.duplicated++;
        counts.details.push(`duplicated: ${caseId} at ${c.service}`);
      }
    }
    for (let i = 0; i < copies.length; i++) {
      for (let j = i + 1; j < copies.length; j++) {
        const [a, b] = [copies[i] as Copy, copies[j] as Copy];
        const n = Math.min(a.events.length, b.events.length);
        const split = a.events.slice(0, n).findIndex((e, k) => e.hash !== b.events[k]?.hash);
        const sameStep = a.events.length === b.events.length && (a.status !== b.status || JSON.stringify(a.obligations.map((o) => [o.id, o.due])) !== JSON.stringify(b.obligations.map((o) => [o.id, o.due])));
        if (split >= 0 || sameStep) {
          counts.diverged++;
          counts.details.push(`diverged: ${caseId} between ${a.service} and ${b.service} at step ${split >= 0 ? split + 1 : n}`);
        }
      }
    }
    for (const ack of acks.filter((a) => a.caseId === caseId)) {
      const holder = copies.find((c) => c.service === ack.service);
      if (holder?.events[ack.seq - 1]?.hash !== ack.hash) {
        counts.lost++;
        counts.details.push(`lost: step ${ack.seq} of ${caseId} acknowledged by ${ack.service}`);
      }
    }
  }
  return counts;
}

/** Messages committed but never confirmed: outbox pointers left in any service's store. */
export async function stuckInOutbox(x: Exchange): Promise<number> {
  let stuck = 0;
  for (const s of SERVICE_NAMES) {
    const conn = await mongoose.createConnection(x.run.mongoUrls[s]).asPromise();
    try {
      stuck += await conn.collection('cases_outbox').countDocuments({});
    } finally {
      await conn.close();
    }
  }
  return stuck;
}

export async function deadLettered(x: Exchange): Promise<number> {
  const conn = await connect(x.run.amqpUrl);
  try {
    const ch = await conn.createChannel();
    let n = 0;
    for (const s of SERVICE_NAMES) n += (await ch.checkQueue(topologyNames(x.run.prefix).deadQueue(s))).messageCount;
    return n;
  } finally {
    await conn.close();
  }
}
