/**
 * `npm run audit:verify -- <export.json>`: checks a case's audit chain (GET /cases/{id}/audit) offline.
 * Public keys come from the environment as the services have them (SX_PUBLIC_KEY_<SERVICE>, with
 * SX_PUBLIC_KEY_ID_<SERVICE>), or the local dev keys with SX_DEV_KEYS=1. Exits 1 on any break.
 */
import { readFileSync } from 'node:fs';
import { AuditExportSchema, verifyCaseLog } from '@sx/case-exchange';
import { publicKeysFromEnv } from './support/public-keys-from-env';


const file = process.argv[2];
if (!file) {
  console.error('usage: npm run audit:verify -- <audit-export.json>');
  process.exit(2);
}
const parsed = AuditExportSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
if (!parsed.success) {
  console.error(`not an audit export: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  process.exit(1);
}
const audit = parsed.data;
const keys = publicKeysFromEnv(process.env);
if (keys.length === 0) {
  console.error('no public keys: set SX_PUBLIC_KEY_<SERVICE> (PEM) for the services, or SX_DEV_KEYS=1 for a local system');
  process.exit(2);
}
const check = verifyCaseLog(audit.records, audit.parties, keys);
console.log(`case ${audit.caseId} (${audit.ruleSet}), exported by ${audit.exportedBy} at ${audit.exportedAt}: ${audit.records.length} steps`);
for (const r of audit.records) {
  const broken = !check.ok && check.seq === r.seq;
  console.log(`${broken ? '✗' : check.ok || r.seq < check.seq ? '✓' : '?'} ${String(r.seq).padStart(3)} ${r.event.on} ${r.event.type.padEnd(28)} ${r.agencyId}@${r.service} key ${r.signature.keyId} ${r.hash.slice(0, 16)}…`);
}
if (!check.ok) {
  console.error(`BROKEN at step ${check.seq}: ${check.code} — ${check.message}`);
  process.exit(1);
}
console.log(`chain intact: every step linked, hashed and signed by the service of the party that took it (last hash ${audit.records.at(-1)?.hash ?? '—'})`);
