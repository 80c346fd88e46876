import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKey, retryBusy, SAFE_SCHEMA_OPTIONS } from '@sx/persistence';

interface FileDocument {
  _id: string;
  content: Buffer;
  size: number;
}

export const sha256Of = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

/**
 * Document files, stored once by their SHA-256 (content-addressed, so a repeated upload or a file
 * received again from another party is the same record, never a second copy).
 */
export class FileStore {
  private readonly model: Model<FileDocument>;
  /**
   * Recently stored or read contents: a file is stored once by its hash and never changes, so a cached
   * copy is never stale. It spares the relay a read of each file it sends right after the upload.
   */
  private readonly recent = new LRUCache<string, Buffer>({ maxSize: 32 << 20, maxEntrySize: 4 << 20, sizeCalculation: (b) => Math.max(1, b.length) });

  constructor(conn: Connection) {
    const schema = new Schema<FileDocument>(
      { _id: { type: String, required: true }, content: { type: Buffer, required: true }, size: { type: Number, required: true } },
      { ...SAFE_SCHEMA_OPTIONS, collection: 'files' },
    );
    this.model = (conn.models['files'] as Model<FileDocument> | undefined) ?? conn.model<FileDocument>('files', schema, 'files');
  }

  private files() {
    const db = this.model.db.db;
    if (!db) throw new Error('mongo is not connected');
    return db.collection<FileDocument>('files');
  }

  async init(): Promise<void> {
    await this.model.createCollection().catch(() => undefined);
  }

  async put(content: Buffer): Promise<string> {
    const id = sha256Of(content);
    // An insert, not an upsert: two concurrent upserts of one new file can both insert on FerretDB v1,
    // while a duplicate `_id` is refused atomically, and the same id is the same content.
    // The driver's insert, not mongoose's `create`: an empty file is a file (its `required` check says otherwise).
    await retryBusy(() => this.files().insertOne({ _id: id, content, size: content.length })).catch((err: unknown) => {
      if (!isDuplicateKey(err)) throw err;
    });
    this.recent.set(id, content);
    return id;
  }

  async get(sha256: string): Promise<Buffer | null> {
    const cached = this.recent.get(sha256);
    if (cached) return cached;
    const doc = await retryBusy(() => this.model.findById(sha256).lean<FileDocument>().exec());
    if (!doc) return null;
    const c: unknown = doc.content;
    // The driver hands back a BSON Binary for a lean read; normalize to a Buffer.
    const content = Buffer.isBuffer(c) ? c : Buffer.from((c as { buffer: Uint8Array }).buffer);
    this.recent.set(sha256, content);
    return content;
  }
}
