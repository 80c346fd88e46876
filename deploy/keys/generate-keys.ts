// `npm run keys:generate [-- --force] [-- --out path]`: a fresh Ed25519 key pair per service and an
// API key per agency of deploy/agencies/agencies.json, written to a git-ignored `.env` (mode 600).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AgencyRegistry } from '@sx/case-exchange';
import { envFileText, generateKeys } from './generate-env';

const ROOT = resolve(__dirname, '../..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = resolve(ROOT, outAt >= 0 ? (args[outAt + 1] ?? '.env') : '.env');

if (existsSync(out) && !args.includes('--force')) {
  process.stderr.write(`${out} exists; keys are not replaced silently. Rerun with --force to replace them.\n`);
  process.exit(1);
}
const agencies = AgencyRegistry.fromJson(JSON.parse(readFileSync(join(ROOT, 'deploy/agencies/agencies.json'), 'utf8')));
const keys = generateKeys(agencies.all().map((a) => a.id));
writeFileSync(out, envFileText(keys, new Date()), { mode: 0o600 });
process.stdout.write(`wrote ${out}: signing keys for 5 services, API keys for ${Object.keys(keys.apiKeys).length} agencies\n`);
for (const [key, agency] of Object.entries(keys.apiKeys)) process.stdout.write(`  ${agency.padEnd(32)} ${key}\n`);
