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
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import { SERVICE_NAMES } from '@sx/contracts';
import { AuditExportSchema, verifyAuditExport } from '@sx/case-exchange';
import { devKeyRing, publicKeysFromEnv, type PublicKeyEntry } from '@sx/messaging';

const fail = (code: number, message: string): never => {
  console.error(message);
  process.exit(code);
};

/** The keys of a file: dotenv with SX_PUBLIC_KEYS, or the SX_PUBLIC_KEYS JSON itself. */
function keysOfFile(path: string): PublicKeyEntry[] {
  if (!existsSync(path)) return fail(2, `no such key file: ${path}`);
  const text = readFileSync(path, 'utf8');
  const trimmed = text.trim();
  return publicKeysFromEnv(trimmed.startsWith('{') ? { SX_PUBLIC_KEYS: trimmed } : parseDotenv(text));
}

function publicKeys(args: readonly string[], env: NodeJS.ProcessEnv): { keys: PublicKeyEntry[]; from: string } {
  const at = args.indexOf('--keys');
  if (at >= 0) {
    const path = args[at + 1] ?? fail(2, '--keys needs a file');
    return { keys: keysOfFile(path), from: path };
  }
  const fromEnv = publicKeysFromEnv(env);
  if (fromEnv.length > 0) return { keys: fromEnv, from: 'the environment' };
  if (existsSync('.env')) {
    const fromDotenv = keysOfFile('.env');
    if (fromDotenv.length > 0) return { keys: fromDotenv, from: '.env' };
  }
  if (env['SX_DEV_KEYS'] === '1') return { keys: SERVICE_NAMES.flatMap((s) => devKeyRing(s).publicKeys.filter((k) => k.service === s)), from: 'the local dev keys' };
  return { keys: [], from: 'nowhere' };
}

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
const { keys, from } = publicKeys(args, process.env);
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
