/**
 * `npm run backup -- <service> [--out <file>]`: writes a verifiable archive of the service's store
 * (its case logs, outbox, files, subscriptions …; snapshots are rebuilt on restore) to
 * `<service>-<UTC time>.sxbackup.gz`, or `--out`. The database: MONGO_URL_<SERVICE> as the service
 * has it, or the local default. Restore with `npm run restore`.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { defaultMongoUrl, mongoUrlVariable } from '@sx/case-exchange';
import { SERVICE_NAMES } from '@sx/contracts';
import { backupStore } from './backup/store-archive';

const USAGE = `usage: npm run backup -- <${SERVICE_NAMES.join('|')}> [--out FILE]`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  const service = z.enum(SERVICE_NAMES).safeParse(positionals[0]);
  if (!service.success) {
    console.error(USAGE);
    return 2;
  }
  const url = process.env[mongoUrlVariable(service.data)] ?? defaultMongoUrl(service.data);
  const out = values.out ?? `${service.data}-${new Date().toISOString().replace(/[:.]/g, '')}.sxbackup.gz`;
  const header = await backupStore(service.data, url, out);
  const counts = Object.entries(header.collections).map(([name, c]) => `${name} ${c.count}`).join(', ');
  console.log(`backup of ${service.data} (${header.database}) written to ${out}: ${counts}`);
  return 0;
}

main().then((code) => process.exit(code), (err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
