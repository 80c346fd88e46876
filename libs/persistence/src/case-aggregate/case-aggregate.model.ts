import { Schema, type Connection, type Model } from 'mongoose';
import { SAFE_SCHEMA_OPTIONS } from '../mongo-connection';

/** The stored shape; outbox entries carry an order so a case's messages are relayed in sequence. */
export interface CaseDocument {
  _id: string;
  version: number;
  state: unknown;
  outbox: Record<string, { order: number; envelope: unknown }>;
  inbox: Record<string, Date>;
  hasPendingOutbox: boolean;
  history: unknown[];
  createdAt: Date;
  updatedAt: Date;
}

const caseSchema = (collection: string) =>
  new Schema<CaseDocument>(
    {
      _id: { type: String, required: true },
      version: { type: Number, required: true },
      state: { type: Schema.Types.Mixed, required: true },
      // Keyed maps, not arrays: FerretDB v1 handles `$set`/`$unset` of a path well, positional updates poorly.
      outbox: { type: Schema.Types.Mixed, default: {} },
      inbox: { type: Schema.Types.Mixed, default: {} },
      // FerretDB cannot query "map is non-empty", so the relay finds work by this indexed flag.
      hasPendingOutbox: { type: Boolean, default: false, index: true },
      history: { type: [Schema.Types.Mixed], default: [] },
      createdAt: { type: Date, required: true },
      updatedAt: { type: Date, required: true },
    },
    { ...SAFE_SCHEMA_OPTIONS, collection },
  );

export function caseModel(conn: Connection, collection: string): Model<CaseDocument> {
  const existing = conn.models[collection] as Model<CaseDocument> | undefined;
  return existing ?? conn.model<CaseDocument>(collection, caseSchema(collection), collection);
}
