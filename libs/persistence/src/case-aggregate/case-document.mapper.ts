import type { z } from 'zod';
import { EnvelopeSchema, type Envelope } from '@sx/contracts';
import type { CaseDocument } from './case-aggregate.model';
import { MapKeySchema, type CaseAggregate, type CaseChange, type HistoryEntry } from './case-aggregate.types';

/** Drops `undefined` members: the driver would store them as null, which the schemas then reject. */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** An envelope about to be stored: validated, so the relay never finds an entry it cannot send. */
const storable = (envelope: Envelope): Envelope => plain(EnvelopeSchema.parse(envelope) as Envelope);
const inboxKey = (id: string): string => MapKeySchema.parse(id);

/** Outbox entries of a document, oldest first (parsed: the database is a boundary too). */
export function outboxEnvelopes(outbox: CaseDocument['outbox'] | undefined): Envelope[] {
  return Object.values(outbox ?? {})
    .sort((a, b) => a.order - b.order)
    .map((entry) => EnvelopeSchema.parse(entry.envelope));
}

export function toAggregate<S>(doc: CaseDocument, stateSchema: z.ZodType<S>): CaseAggregate<S> {
  const outbox: Record<string, Envelope> = {};
  for (const e of outboxEnvelopes(doc.outbox)) outbox[e.messageId] = e;
  const inbox: Record<string, Date> = {};
  for (const [id, at] of Object.entries(doc.inbox ?? {})) inbox[id] = new Date(at);
  return {
    id: doc._id,
    version: doc.version,
    state: stateSchema.parse(doc.state),
    outbox,
    inbox,
    hasPendingOutbox: doc.hasPendingOutbox,
    history: (doc.history ?? []) as HistoryEntry[],
    createdAt: new Date(doc.createdAt),
    updatedAt: new Date(doc.updatedAt),
  };
}

/** The `$set` paths of one change: state, version, outbox entries and the inbox mark together. */
export function changeSet<S>(change: CaseChange<S>, version: number, now: Date): Record<string, unknown> {
  const set: Record<string, unknown> = { state: plain(change.state), version, updatedAt: now };
  (change.outbox ?? []).forEach((envelope, i) => {
    set[`outbox.${envelope.messageId}`] = { order: version * 1000 + i, envelope: storable(envelope) };
  });
  if (change.outbox?.length) set['hasPendingOutbox'] = true;
  if (change.inboxMessageId) set[`inbox.${inboxKey(change.inboxMessageId)}`] = now;
  return set;
}

export function newCaseDocument<S>(caseId: string, init: CaseChange<S>, now: Date): CaseDocument {
  const outbox: CaseDocument['outbox'] = {};
  (init.outbox ?? []).forEach((envelope, i) => (outbox[envelope.messageId] = { order: 1000 + i, envelope: storable(envelope) }));
  return {
    _id: caseId,
    version: 1,
    state: plain(init.state),
    outbox,
    inbox: init.inboxMessageId ? { [inboxKey(init.inboxMessageId)]: now } : {},
    hasPendingOutbox: Object.keys(outbox).length > 0,
    history: plain([...(init.history ?? [])]),
    createdAt: now,
    updatedAt: now,
  };
}
