import type { CaseEventPayload, Envelope } from '@sx/contracts';
import type { OutboxStore, PendingOutbox } from '@sx/messaging';
import type { FileStore } from './file.store';

const isCasePayload = (p: unknown): p is CaseEventPayload => typeof p === 'object' && p !== null && Array.isArray((p as { files?: unknown }).files);

/**
 * The case outbox as the relay sees it: file contents, kept out of the case document, are read from
 * the file store when a message is about to be published. A file that cannot be found stays empty,
 * and the receiver refuses it by its hash (DOCUMENTS.HASH_MISMATCH), so nothing unverified is stored.
 */
export function fileHydratingOutbox(store: OutboxStore, files: FileStore): OutboxStore {
  const hydrate = async (e: Envelope): Promise<Envelope> => {
    if (!isCasePayload(e.payload) || e.payload.files.length === 0) return e;
    const filled = await Promise.all(
      e.payload.files.map(async (f) => (f.contentBase64 ? f : { sha256: f.sha256, contentBase64: (await files.get(f.sha256))?.toString('base64') ?? '' })),
    );
    return { ...e, payload: { ...e.payload, files: filled } };
  };
  return {
    name: store.name,
    async findPendingOutbox(limit: number): Promise<PendingOutbox[]> {
      const pending = await store.findPendingOutbox(limit);
      return Promise.all(pending.map(async (p) => ({ caseId: p.caseId, envelopes: await Promise.all(p.envelopes.map(hydrate)) })));
    },
    markOutboxPublished: (caseId, messageIds) => store.markOutboxPublished(caseId, messageIds),
  };
}
