import { Schema, type Connection, type Model, type mongo } from 'mongoose';
import { SAFE_SCHEMA_OPTIONS } from '../mongo-connection';

export interface SnapshotDocument {
  _id: string;
  rev: number;
  state: unknown;
  history: unknown[];
  createdAt: Date;
  updatedAt: Date;
}

/** `_id` = `<caseId>:<rev>`: the unique key that makes an append a compare-and-set on any store. */
export interface LogDocument {
  _id: string;
  caseId: string;
  rev: number;
  at: string;
  attempt: string;
  step?: number;
  state: unknown;
  history: unknown[];
  messages?: unknown[];
}

/** Written before the entry it points to, deleted after its messages are confirmed. */
export interface OutboxPointerDocument {
  _id: string;
  caseId: string;
  rev: number;
  attempt: string;
  createdAt: Date;
}

const mixed = { type: Schema.Types.Mixed };

function model<T>(conn: Connection, name: string, schema: Schema<T>): Model<T> {
  return (conn.models[name] as Model<T> | undefined) ?? conn.model<T>(name, schema, name);
}

/** The driver's collection under a model, typed by its documents (mongoose types it loosely), for writes that skip mongoose's casting. */
export const driverCollection = <T extends mongo.Document>(m: Model<T>): mongo.Collection<T> => m.collection as unknown as mongo.Collection<T>;

export interface CaseLogModels {
  readonly snapshots: Model<SnapshotDocument>;
  readonly log: Model<LogDocument>;
  readonly outbox: Model<OutboxPointerDocument>;
}

export function caseLogModels(conn: Connection, collection: string): CaseLogModels {
  const opts = { ...SAFE_SCHEMA_OPTIONS };
  return {
    snapshots: model(conn, collection, new Schema<SnapshotDocument>(
      { _id: String, rev: Number, state: { ...mixed, required: true }, history: [mixed], createdAt: Date, updatedAt: Date },
      { ...opts, collection },
    )),
    log: model(conn, `${collection}_log`, new Schema<LogDocument>(
      { _id: String, caseId: String, rev: Number, at: String, attempt: String, step: Number, state: { ...mixed, required: true }, history: [mixed], messages: [mixed] },
      { ...opts, collection: `${collection}_log` },
    )),
    outbox: model(conn, `${collection}_outbox`, new Schema<OutboxPointerDocument>(
      { _id: String, caseId: String, rev: Number, attempt: String, createdAt: Date },
      { ...opts, collection: `${collection}_outbox` },
    )),
  };
}
