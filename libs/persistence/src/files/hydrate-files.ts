import type { CaseEventPayload, Envelope } from '@sx/contracts';
import type { FileStore } from './file.store';

const isCasePayload = (p: unknown): p is CaseEventPayload => typeof p === 'object' && p !== null && Array.isArray((p as { files?: unknown }).files);

/**
 * The relay's last step before a publish: file contents, kept out of the log, are read from the file
 * store. A file that cannot be found stays empty, and the receiver refuses it by its hash
 * (DOCUMENTS.HASH_MISMATCH), so nothing unverified is ever stored.
 */
export const hydrateFiles =
  (files: FileStore) =>
  async (e: Envelope): Promise<Envelope> => {
    if (!isCasePayload(e.payload) || e.payload.files.length === 0) return e;
    const filled = await Promise.all(
      e.payload.files.map(async (f) => (f.contentBase64 ? f : { sha256: f.sha256, contentBase64: (await files.get(f.sha256))?.toString('base64') ?? '' })),
    );
    return { ...e, payload: { ...e.payload, files: filled } };
  };
