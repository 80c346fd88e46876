import { spawnSync } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { type Parties, type ServiceName, type SignedRecord } from '@sx/contracts';
import type { AuditExport } from '@sx/case-exchange';
import { sealChain, signStatement, type SigningKey } from '@sx/messaging';
import type { CaseEvent } from '@sx/rules';
import { REPO_ROOT } from '@sx/testing';
import { envFileText, generateKeys } from '../../../deploy/keys/generate-env';
import { issueReceipt } from '../../../libs/case-exchange/src/receipts/step-receipt';
import { bound } from '../../../libs/case-exchange/src/testing/sealed-record';

// Issue #17: `npm run audit:verify` reads the public keys exactly as `npm run keys:generate` writes
// them (`--keys <file>`, or `.env` in the working directory), accepts a genuine export, and exits 1
// naming the first failed check for a relabelled, truncated, single-record or mixed one.
describe('npm run audit:verify with the keys keys:generate writes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sx-audit-verify-'));
  const keys = generateKeys(['ministry-of-finance']);
  const envFile = join(dir, '.env');
  writeFileSync(envFile, envFileText(keys, new Date()));
  const vars = parseDotenv(envFileText(keys, new Date()));
  const keyOf = (service: ServiceName): SigningKey => {
    const suffix = service.toUpperCase().replace(/-/g, '_');
    return { service, keyId: vars[`SX_SIGNING_KEY_ID_${suffix}`] as string, privateKey: createPrivateKey((vars[`SX_SIGNING_PRIVATE_KEY_${suffix}`] as string).replace(/\\n/g, '\n')) };
  };
  const parties: Parties = { sender: { agencyId: 'ministry-of-finance', service: 'sending-body' }, receiver: { agencyId: 'ministry-of-justice', service: 'receiving-body' } };

  function exportOf(caseId: string, records?: SignedRecord[]): AuditExport {
    const step = (seq: number, type: string, actor: string, service: ServiceName, agencyId: string, extra: Record<string, unknown> = {}) =>
      bound({ caseId, seq, event: { type, actor, on: '2026-03-18', ...extra } as unknown as CaseEvent, agencyId, service, at: `2026-03-18T0${seq}:00:00.000Z` });
    const chain = records ?? sealChain([
      step(1, 'ProposalSubmitted', 'sender', 'sending-body', 'ministry-of-finance', { receiverKind: 'central-executive-body' }),
      step(2, 'ProposalAgreed', 'receiver', 'receiving-body', 'ministry-of-justice'),
      step(3, 'ApprovalRequested', 'sender', 'sending-body', 'ministry-of-finance'),
    ], keyOf);
    const head = { caseId, lastSeq: chain.length, lastHash: chain.at(-1)?.hash ?? '', exportedBy: 'sending-body', exportedAt: '2026-03-19T00:00:00.000Z' };
    return {
      format: 'sx-audit-chain/2', caseId, ruleSet: 'R3', parties, exportedBy: 'sending-body', exportedAt: head.exportedAt,
      head: { ...head, signature: signStatement(head, keyOf('sending-body')) }, records: chain,
      receipts: [issueReceipt(caseId, chain[0] as SignedRecord, 'ministry-of-justice', new Date('2026-03-18T02:00:00Z'), keyOf('receiving-body'))], verification: { ok: true },
    };
  }

  const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SX_PUBLIC_KEY') && k !== 'SX_DEV_KEYS'));
  const verify = (audit: AuditExport, how: 'keys-file' | 'dotenv-in-cwd' = 'keys-file') => {
    const file = join(dir, `export-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify(audit));
    const script = join(REPO_ROOT, 'deploy/scripts/audit-verify.ts');
    // From another directory tsx needs the repository's tsconfig for the @sx/* paths.
    const args = how === 'keys-file' ? [script, file, '--keys', envFile] : ['--tsconfig', join(REPO_ROOT, 'tsconfig.base.json'), script, file];
    return spawnSync(join(REPO_ROOT, 'node_modules/.bin/tsx'), args, { cwd: how === 'keys-file' ? REPO_ROOT : dir, env: cleanEnv, encoding: 'utf8' });
  };
  const genuine = exportOf('case-a');

  it('a genuine export verifies with --keys <the .env keys:generate wrote> (exit 0) and prints who decided', () => {
    const run = verify(genuine);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^verified: 3 records of case case-a/m);
    expect(run.stdout).toMatch(/by system test/);
    expect(run.stdout).toMatch(/received by ministry-of-justice@2026-03-18T02:00:00.000Z/);
  });

  it('a genuine export verifies with the .env of the working directory (exit 0)', () => {
    expect(verify(genuine, 'dotenv-in-cwd').status).toBe(0);
  });

  it.each([
    ['relabelled', { ...genuine, caseId: 'case-b' }, /FAILED AUDIT.RELABELLED/],
    ['truncated', { ...genuine, records: genuine.records.slice(0, 2), receipts: [] }, /FAILED AUDIT.TRUNCATED at step 2/],
    ['single-record', { ...genuine, records: genuine.records.slice(0, 1), receipts: [] }, /FAILED AUDIT.TRUNCATED at step 1/],
    ['mixed with another case’s records', { ...exportOf('case-a', [...exportOf('case-b').records]) }, /FAILED CASE.RECORD_NOT_BOUND at step 1/],
  ])('a %s export exits 1 naming the failed check', (_name, audit, message) => {
    const run = verify(audit as AuditExport);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
  });
});
