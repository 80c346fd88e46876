import type { Envelope } from '@sx/contracts';
import type { OutboxStore, PendingOutbox } from '@sx/messaging';
import { fileHydratingOutbox } from './file-hydrating.outbox';
import type { FileStore } from './file.store';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);
const HASH_UNKNOWN = 'c'.repeat(64);

const envelope = (messageId: string, payload: unknown): Envelope => ({ messageId, type: 'ProposalSubmitted', payload }) as unknown as Envelope;
const withFiles = (messageId: string, files: { sha256: string; contentBase64: string }[]): Envelope =>
  envelope(messageId, { caseId: 'c1', documents: [], events: [], files });

function fakeStore(pending: PendingOutbox[]) {
  const published: { caseId: string; messageIds: readonly string[] }[] = [];
  const limits: number[] = [];
  const store: OutboxStore = {
    name: 'fake-outbox',
    findPendingOutbox: (limit) => {
      limits.push(limit);
      return Promise.resolve(pending);
    },
    markOutboxPublished: (caseId, messageIds) => {
      published.push({ caseId, messageIds });
      return Promise.resolve();
    },
  };
  return { store, published, limits };
}

function fakeFiles(contents: Record<string, string>) {
  const asked: string[] = [];
  const files = {
    get: (sha256: string): Promise<Buffer | null> => {
      asked.push(sha256);
      return Promise.resolve(contents[sha256] === undefined ? null : Buffer.from(contents[sha256]));
    },
  } as unknown as FileStore;
  return { files, asked };
}

const filesOf = (e: Envelope | undefined) => (e?.payload as { files: { sha256: string; contentBase64: string }[] }).files;

describe('the file-hydrating outbox', () => {
  it('keeps the name of the store it wraps', () => {
    expect(fileHydratingOutbox(fakeStore([]).store, fakeFiles({}).files).name).toBe('fake-outbox');
  });

  it('fills each placeholder with the file’s content from the file store, in base64', async () => {
    const { store, limits } = fakeStore([{ caseId: 'c1', envelopes: [withFiles('m1', [{ sha256: HASH_A, contentBase64: '' }, { sha256: HASH_B, contentBase64: '' }])] }]);
    const pending = await fileHydratingOutbox(store, fakeFiles({ [HASH_A]: 'alpha', [HASH_B]: 'beta' }).files).findPendingOutbox(7);
    expect(limits).toEqual([7]);
    expect(pending).toHaveLength(1);
    expect(pending[0]?.caseId).toBe('c1');
    expect(filesOf(pending[0]?.envelopes[0])).toEqual([
      { sha256: HASH_A, contentBase64: Buffer.from('alpha').toString('base64') },
      { sha256: HASH_B, contentBase64: Buffer.from('beta').toString('base64') },
    ]);
  });

  it('keeps a content that is already there and does not read it again', async () => {
    const { store } = fakeStore([{ caseId: 'c1', envelopes: [withFiles('m1', [{ sha256: HASH_A, contentBase64: 'a2VwdA==' }, { sha256: HASH_B, contentBase64: '' }])] }]);
    const { files, asked } = fakeFiles({ [HASH_A]: 'other', [HASH_B]: 'beta' });
    const [p] = await fileHydratingOutbox(store, files).findPendingOutbox(10);
    expect(filesOf(p?.envelopes[0])).toEqual([
      { sha256: HASH_A, contentBase64: 'a2VwdA==' },
      { sha256: HASH_B, contentBase64: Buffer.from('beta').toString('base64') },
    ]);
    expect(asked).toEqual([HASH_B]);
  });

  it('leaves the content of a file the store does not have empty', async () => {
    const { store } = fakeStore([{ caseId: 'c1', envelopes: [withFiles('m1', [{ sha256: HASH_UNKNOWN, contentBase64: '' }])] }]);
    const [p] = await fileHydratingOutbox(store, fakeFiles({}).files).findPendingOutbox(10);
    expect(filesOf(p?.envelopes[0])).toEqual([{ sha256: HASH_UNKNOWN, contentBase64: '' }]);
  });

  it('passes on unchanged, without reading files, a message without files or without a case payload', async () => {
    const noFiles = withFiles('m1', []);
    const notCase = envelope('m2', { something: 'else' });
    const nullPayload = envelope('m3', null);
    const { store } = fakeStore([{ caseId: 'c1', envelopes: [noFiles, notCase, nullPayload] }]);
    const { files, asked } = fakeFiles({ [HASH_A]: 'alpha' });
    const [p] = await fileHydratingOutbox(store, files).findPendingOutbox(10);
    expect(p?.envelopes[0]).toBe(noFiles);
    expect(p?.envelopes[1]).toBe(notCase);
    expect(p?.envelopes[2]).toBe(nullPayload);
    expect(asked).toEqual([]);
  });

  it('hydrates every envelope of every pending case, keeping their order', async () => {
    const { store } = fakeStore([
      { caseId: 'c1', envelopes: [withFiles('m1', [{ sha256: HASH_A, contentBase64: '' }]), withFiles('m2', [])] },
      { caseId: 'c2', envelopes: [withFiles('m3', [{ sha256: HASH_B, contentBase64: '' }])] },
    ]);
    const pending = await fileHydratingOutbox(store, fakeFiles({ [HASH_A]: 'alpha', [HASH_B]: 'beta' }).files).findPendingOutbox(10);
    expect(pending.map((p) => [p.caseId, p.envelopes.map((e) => e.messageId)])).toEqual([
      ['c1', ['m1', 'm2']],
      ['c2', ['m3']],
    ]);
    expect(filesOf(pending[1]?.envelopes[0])[0]?.contentBase64).toBe(Buffer.from('beta').toString('base64'));
  });

  it('does not change the envelopes the store handed out', async () => {
    const original = withFiles('m1', [{ sha256: HASH_A, contentBase64: '' }]);
    const { store } = fakeStore([{ caseId: 'c1', envelopes: [original] }]);
    await fileHydratingOutbox(store, fakeFiles({ [HASH_A]: 'alpha' }).files).findPendingOutbox(10);
    expect(filesOf(original)).toEqual([{ sha256: HASH_A, contentBase64: '' }]);
  });

  it('delegates marking messages published to the store, with the same case and ids', async () => {
    const { store, published } = fakeStore([]);
    const ids = ['m1', 'm2'];
    await fileHydratingOutbox(store, fakeFiles({}).files).markOutboxPublished('c1', ids);
    expect(published).toEqual([{ caseId: 'c1', messageIds: ids }]);
    expect(published[0]?.messageIds).toBe(ids);
  });
});
