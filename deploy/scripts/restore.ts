/**
 * `npm run restore -- <archive> [--replace]`: checks the archive against its header, loads it into
 * the service's database (MONGO_URL_<SERVICE>, or the local default; it must be empty unless
 * --replace, which drops it first), rebuilds every case's snapshot from its log and verifies every
 * case's signed chain. Public keys as `npm run audit:verify` reads them (SX_DEV_KEYS=1 locally, or
 * SX_PUBLIC_KEY_<SERVICE>). Exits 1 when any chain does not verify. Stop the service first; start it
 * after: its cases catch up from the other parties' next messages.
 */
import { parseArgs } from 'node:util';
import { defaultMongoUrl, mongoUrlVariable } from '@sx/case-exchange';
import { readArchive, restoreStore } from './backup/store-archive';
import { publicKeysFor } from './support/public-keys';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { replace: { type: 'boolean' } } });
  const file = positionals[0];
  if (!file) {
    console.error('usage: npm run restore -- <archive> [--replace]');
    return 2;
  }
  const { header } = await readArchive(file);
  const url = process.env[mongoUrlVariable(header.service)] ?? defaultMongoUrl(header.service);
  const { keys } = publicKeysFor(process.argv.slice(2), process.env);
  if (keys.length === 0) {
    console.error('no public keys to verify the chains with: pass --keys <file> (the .env keys:generate wrote), set SX_PUBLIC_KEYS, or SX_DEV_KEYS=1 locally');
    return 2;
  }
  const report = await restoreStore(file, url, keys, { replace: values.replace === true });
  console.log(`restored ${report.documents} documents of ${header.service} (backup of ${header.createdAt}); ${report.cases} case(s) rebuilt`);
  for (const f of report.failures) console.error(`case ${f.caseId}: ${f.code} ${f.message}`);
  if (report.failures.length > 0) return 1;
  console.log(`every chain verified (${report.cases})`);
  return 0;
}

main().then((code) => process.exit(code), (err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
