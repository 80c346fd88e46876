// Regenerates the contract files of libs/client from the services' route definitions:
//   npm run contracts:generate            the OpenAPI and AsyncAPI documents and the client's types
//   npm run contracts:generate -- --out D the same files under D instead (what `npm test` lints and compares)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CLIENT_ROOT, contractFiles } from './contract-files';

async function main(): Promise<void> {
  const out = process.argv.indexOf('--out');
  const target = out >= 0 ? process.argv[out + 1] : undefined;
  if (out >= 0 && !target) throw new Error('--out needs a directory');
  const files = await contractFiles();
  const root = target ?? CLIENT_ROOT;
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text, 'utf8');
  }
  console.log(`wrote ${files.size} files under ${root}`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
