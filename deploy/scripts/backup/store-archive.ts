/**
 * A service's store as one verifiable archive, and back. The archive is gzip'd JSON lines: a header
 * (format, service, when, and per collection its document count and the SHA-256 of its lines), then
 * one line per document, `{ "c": collection, "d": <MongoDB Extended JSON> }`. Every collection is
 * kept but the snapshots (`cases`), which are rebuilt from the log on restore. A restore verifies the
 * archive against its header, loads it into an empty database, rebuilds every case's snapshot and
 * verifies every case's signed chain (the services' own `verifyCaseLog`): it reports any case that
 * does not verify and fails.
 *
 * Taken from a running service, the archive holds each case's log up to some step: the log is
 * append-only, so that is a consistent prefix, and a restored service catches the rest up from the
 * other parties' next messages (their logs carry the whole chain).
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { BSON, MongoClient, type Document } from 'mongodb';
import { z } from 'zod';
import { CaseViewSchema, verifyCaseLog } from '@sx/case-exchange';
import { ServiceNameSchema, type ServiceName } from '@sx/contracts';
import type { PublicKeyEntry } from '@sx/messaging';
import { CaseStore, connectMongo, disconnectMongo, RestoreMarkers } from '@sx/persistence';

export const ARCHIVE_FORMAT = 'sx-store-backup/1';
/** Rebuilt from the log on restore; never archived. */
const DERIVED_COLLECTIONS = new Set(['cases']);
const LOG_COLLECTION = 'cases_log';

const HeaderSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  service: ServiceNameSchema,
  database: z.string(),
  createdAt: z.iso.datetime(),
  collections: z.record(z.string(), z.object({ count: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});
export type ArchiveHeader = z.infer<typeof HeaderSchema>;
const LineSchema = z.object({ c: z.string().min(1), d: z.unknown() });

export interface ChainFailure {
  readonly caseId: string;
  readonly code: string;
  readonly message: string;
}

export interface RestoreReport {
  readonly header: ArchiveHeader;
  readonly documents: number;
  readonly cases: number;
  readonly failures: readonly ChainFailure[];
}

/** Writes the archive of the database at `mongoUrl` (its default database) to `file`. */
export async function backupStore(service: ServiceName, mongoUrl: string, file: string): Promise<ArchiveHeader> {
  const client = await MongoClient.connect(mongoUrl);
  try {
    const db = client.db();
    const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).filter((n) => !DERIVED_COLLECTIONS.has(n)).sort();
    const lines: string[] = [];
    const collections: ArchiveHeader['collections'] = {};
    for (const name of names) {
      const hash = createHash('sha256');
      let count = 0;
      // By _id, so two backups of the same store are byte-identical.
      for await (const doc of db.collection(name).find({}).sort({ _id: 1 })) {
        const line = JSON.stringify({ c: name, d: BSON.EJSON.serialize(doc, { relaxed: false }) });
        hash.update(line).update('\n');
        lines.push(line);
        count += 1;
      }
      collections[name] = { count, sha256: hash.digest('hex') };
    }
    const header: ArchiveHeader = { format: ARCHIVE_FORMAT, service, database: db.databaseName, createdAt: new Date().toISOString(), collections };
    await pipeline(Readable.from([JSON.stringify(header) + '\n', ...lines.map((l) => l + '\n')]), createGzip(), createWriteStream(file));
    return header;
  } finally {
    await client.close();
  }
}

/** Reads and checks an archive against its header (counts and hashes); throws on any difference. */
export async function readArchive(file: string): Promise<{ header: ArchiveHeader; documents: Map<string, Document[]> }> {
  const rl = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let header: ArchiveHeader | undefined;
  const documents = new Map<string, Document[]>();
  const hashes = new Map<string, ReturnType<typeof createHash>>();
  for await (const line of rl) {
    if (!line) continue;
    if (!header) {
      header = HeaderSchema.parse(JSON.parse(line));
      continue;
    }
    const { c, d } = LineSchema.parse(JSON.parse(line));
    if (!header.collections[c]) throw new Error(`archive: a document of ${c}, which the header does not list`);
    (hashes.get(c) ?? hashes.set(c, createHash('sha256')).get(c))?.update(line).update('\n');
    const list = documents.get(c) ?? [];
    list.push(BSON.EJSON.deserialize(d as Document, { relaxed: false }) as Document);
    documents.set(c, list);
  }
  if (!header) throw new Error('archive: empty, or not a store backup');
  for (const [name, expected] of Object.entries(header.collections)) {
    const count = documents.get(name)?.length ?? 0;
    const sha256 = hashes.get(name)?.digest('hex') ?? createHash('sha256').digest('hex');
    if (count !== expected.count || sha256 !== expected.sha256) throw new Error(`archive: ${name} does not match its header (${count} of ${expected.count} documents, or altered)`);
  }
  return { header, documents };
}

/**
 * Loads a verified archive into the database at `mongoUrl`, which must be empty (`replace` drops it
 * first), rebuilds every case's snapshot from its log and verifies every case's chain.
 */
export async function restoreStore(file: string, mongoUrl: string, publicKeys: readonly PublicKeyEntry[], options: { replace?: boolean } = {}): Promise<RestoreReport> {
  const { header, documents } = await readArchive(file);
  const client = await MongoClient.connect(mongoUrl);
  let total = 0;
  try {
    const db = client.db();
    const existing = await db.listCollections({}, { nameOnly: true }).toArray();
    if (existing.length > 0) {
      if (!options.replace) throw new Error(`database ${db.databaseName} is not empty: restore into an empty one, or pass --replace to drop it first`);
      await db.dropDatabase();
    }
    for (const [name, docs] of documents) {
      for (let i = 0; i < docs.length; i += 500) await db.collection(name).insertMany(docs.slice(i, i + 500), { ordered: true });
      total += docs.length;
    }
  } finally {
    await client.close();
  }
  const caseIds = [...new Set((documents.get(LOG_COLLECTION) ?? []).map((d) => String(d['caseId'])))].sort();
  const failures = await rebuildAndVerify(mongoUrl, caseIds, publicKeys);
  return { header, documents: total, cases: caseIds.length, failures };
}

async function rebuildAndVerify(mongoUrl: string, caseIds: readonly string[], publicKeys: readonly PublicKeyEntry[]): Promise<ChainFailure[]> {
  // The services' own connection settings (strict queries, the deployment's write concern).
  const conn = await connectMongo({ url: mongoUrl, ...(process.env['MONGO_DEPLOYMENT'] === 'replica-set' ? { deployment: 'replica-set' as const } : {}) });
  try {
    // A restore rebuilds snapshots from the archived log and appends nothing: the services' view schema
    // is all it needs, and there is no history to stamp.
    const store = new CaseStore(conn, { stateSchema: CaseViewSchema, stampHistory: (history) => history });
    const markers = new RestoreMarkers(conn);
    await store.ensureIndexes();
    const restoredAt = new Date();
    const failures: ChainFailure[] = [];
    for (const caseId of caseIds) {
      const snapshot = await store.log.rebuild(caseId);
      if (!snapshot) {
        failures.push({ caseId, code: 'RESTORE.EMPTY_LOG', message: 'no log entries' });
        continue;
      }
      // The steps it took after the backup come back from the other parties (they hold them, signed by this service).
      await markers.mark(caseId, snapshot.state.events.length, restoredAt);
      const check = verifyCaseLog(snapshot.state.events, snapshot.state.parties, publicKeys);
      if (!check.ok) failures.push({ caseId, code: check.code, message: check.message });
    }
    await store.flushSnapshots();
    return failures;
  } finally {
    await disconnectMongo(conn);
  }
}
