import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Connection } from 'mongoose';
import { TypedCollection } from '../typed-collection';

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
  private readonly files: TypedCollection<FileDocument>;
  /**
   * Recently stored or read contents: a file is stored once by its hash and never changes, so a cached
   * copy is never stale. It spares the relay a read of each file it sends right after the upload.
   */
  private readonly recent = new LRUCache<string, Buffer>({ maxSize: 32 << 20, maxEntrySize: 4 << 20, sizeCalculation: (b) => Math.max(1, b.length) });

  constructor(conn: Connection) {
    this.files = new TypedCollection<FileDocument>(conn, 'files');
  }

  init(): Promise<void> {
    return this.files.create();
  }

  async put(content: Buffer): Promise<string> {
    const id = sha256Of(content);
    // An insert, not an upsert: two concurrent upserts of one new file can both insert on FerretDB v1,
    // while a duplicate `_id` is refused atomically, and the same id is the same content.
    await this.files.insertOnce({ _id: id, content, size: content.length });
    this.recent.set(id, content);
    return id;
  }

  async get(sha256: string): Promise<Buffer | null> {
    const cached = this.recent.get(sha256);
    if (cached) return cached;
    const doc = await this.files.findById(sha256);
    if (!doc) return null;
    const c: unknown = doc.content;
    // The driver hands back a BSON Binary for a lean read; normalize to a Buffer.
    const content = Buffer.isBuffer(c) ? c : Buffer.from((c as { buffer: Uint8Array }).buffer);
    this.recent.set(sha256, content);
    return content;
  }
}
