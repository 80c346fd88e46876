import type { CaseEventPayload } from '@sx/contracts';
import { sha256Of, type FileStore } from '@sx/persistence';
import { messageRefused } from '../shared/message-refusals';

/** Keeps the files that came with a package, each only if its content matches its SHA-256. */
export async function storeFiles(files: FileStore, p: CaseEventPayload, maxFileBytes: number): Promise<void> {
  for (const f of p.files) {
    const content = Buffer.from(f.contentBase64, 'base64');
    if (content.length > maxFileBytes) throw messageRefused('DOCUMENTS.FILE_TOO_LARGE', `${f.sha256}: ${content.length} bytes`);
    if (sha256Of(content) !== f.sha256) throw messageRefused('DOCUMENTS.HASH_MISMATCH', `content does not match ${f.sha256}`);
    await files.put(content);
  }
}
