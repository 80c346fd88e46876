/**
 * `npm run audit:verify -- <export.json> [--keys <file>]`: checks a case's audit export (GET
 * /cases/{id}/audit) offline and prints who decided each step. Public keys, first found wins:
 *   --keys <file>   a dotenv file as `npm run keys:generate` writes it (SX_PUBLIC_KEYS=…), or a JSON
 *                   file of the SX_PUBLIC_KEYS shape { "<service>": { "<kid>": "<SPKI PEM>" } }
 *   SX_PUBLIC_KEYS  (or SX_PUBLIC_KEY_<SERVICE>) in the environment
 *   .env            in the current directory, as `npm run keys:generate` wrote it
 *   SX_DEV_KEYS=1   the local dev keys
 * Exits 0 when every check passes, 1 naming the first failed check, 2 when it cannot run.
 */
import { readFileSync } from 'node:fs';
import { AuditExportSchema, verifyAuditExport } from '@sx/case-exchange';
import { publicKeysFor } from './support/public-keys';

const fail = (code: number, message: string): never => {
  console.error(message);
  process.exit(code);
};

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--keys') ?? fail(2, 'usage: npm run audit:verify -- <audit-export.json> [--keys <file>]');
let json: unknown;
try {
  json = JSON.parse(readFileSync(file, 'utf8'));
} catch (err) {
  fail(2, `cannot read ${file}: ${(err as Error).message}`);
}
const parsed = AuditExportSchema.safeParse(json);
const audit = parsed.success ? parsed.data : fail(1, `FAILED AUDIT.FORMAT: not an sx-audit-chain/2 export: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
let found: ReturnType<typeof publicKeysFor> = { keys: [], from: 'nowhere' };
try {
  found = publicKeysFor(args, process.env);
} catch (err) {
  fail(2, (err as Error).message);
}
const { keys, from } = found;
if (keys.length === 0) fail(2, 'no public keys: pass --keys <file> (the .env `npm run keys:generate` wrote), set SX_PUBLIC_KEYS, or SX_DEV_KEYS=1 for a local system');
const check = verifyAuditExport(audit, keys);

console.log(`case ${audit.caseId} (${audit.ruleSet}), exported by ${audit.exportedBy} at ${audit.exportedAt}: ${audit.records.length} steps, ${audit.receipts.length} receipts; keys from ${from}`);
for (const r of audit.records) {
  const broken = !check.ok && check.seq === r.seq;
  const who = r.by.kind === 'person' ? `${r.by.name}${r.by.position ? `, ${r.by.position}` : ''} (${r.by.issuer ?? '?'} ${r.by.subject})` : `system ${r.by.name} (${r.by.subject})`;
  const received = audit.receipts.filter((x) => x.seq === r.seq).map((x) => `${x.agencyId}@${x.receivedAt}`).join(', ');
  const mark = broken ? '✗' : check.ok || (check.seq !== undefined && r.seq < check.seq) ? '✓' : '?';
  console.log(`${mark} ${String(r.seq).padStart(3)} ${r.event.on} ${r.event.type.padEnd(28)} ${r.agencyId}@${r.service} by ${who}${received ? ` — received by ${received}` : ''}`);
}
if (!check.ok) fail(1, `FAILED ${check.code}${check.seq !== undefined ? ` at step ${check.seq}` : ''}: ${check.message}`);
console.log(`verified: ${audit.head.lastSeq} records of case ${audit.caseId} bound to it, linked, hashed and signed by the party that took each; head signed by ${audit.head.exportedBy}; ${audit.receipts.length} receipts signed (last hash ${audit.head.lastHash})`);
